/**
 * The 3D view's camera as geometry (issue 19; docs/3d.md): where the eye is for a camera of the
 * link (src/state/landscape-3d.ts), how a drag, a wheel, a pinch or a key moves it, and the ray
 * under a pointer for the hover read-out. A perspective camera orbits a target point: azimuth
 * turns about the vertical axis, elevation raises the eye, zoom brings it closer; a pan moves the
 * target over the floor. z is up; at azimuth 0 the eye is on the window's −y side looking
 * towards +y, at 90 on its −x side looking towards +x. Pure.
 */
import { DEFAULT_CAMERA, normalizeCamera, type Camera3d } from '../state/landscape-3d';
import type { Box } from './surface-mesh';

export type Vec3 = [number, number, number];

/** The vertical field of view. */
export const FOV_DEGREES = 35;

const RADIANS = Math.PI / 180;

/** Degrees of azimuth and elevation per pixel of drag. */
const ORBIT_PER_PIXEL = 0.35;
/** Degrees per arrow key press. */
export const ORBIT_PER_KEY = 7.5;
/** Zoom factor per + or − press, and per 100 px of wheel. */
export const ZOOM_PER_KEY = 1.25;

/** The eye, the point it looks at, and which way is up. */
export interface Eye {
  eye: Vec3;
  target: Vec3;
  up: Vec3;
  /** Distance from the eye to the target. */
  distance: number;
}

type BoxSize = Pick<Box, 'halfX' | 'halfY' | 'height'>;

/**
 * The first camera's distance: the box's bounding sphere just inside the field of view, the
 * narrower of the vertical one and, in a view `aspect` wide for 1 high, the horizontal one.
 */
export function baseDistance(box: BoxSize, aspect = 1): number {
  // The sphere about the target (a third of the way up) through the box's farthest corners.
  const radius = Math.hypot(box.halfX, box.halfY, (box.height * 2) / 3);
  const vertical = (FOV_DEGREES / 2) * RADIANS;
  const half = Math.min(vertical, Math.atan(Math.tan(vertical) * Math.max(0.1, aspect)));
  return radius / Math.sin(half);
}

/**
 * The eye of `camera` over `box` in a view `aspect` wide for 1 high. The target sits at a third
 * of the box's height.
 */
export function cameraEye(camera: Camera3d, box: BoxSize, aspect = 1): Eye {
  const azimuth = camera.azimuth * RADIANS;
  const elevation = camera.elevation * RADIANS;
  const distance = baseDistance(box, aspect) / camera.zoom;
  const target: Vec3 = [camera.target[0], camera.target[1], box.height / 3];
  const eye: Vec3 = [
    target[0] - distance * Math.sin(azimuth) * Math.cos(elevation),
    target[1] - distance * Math.cos(azimuth) * Math.cos(elevation),
    target[2] + distance * Math.sin(elevation),
  ];
  return { eye, target, up: [0, 0, 1], distance };
}

/** A drag of (dx, dy) pixels: right turns the surface to the right, down raises the eye. */
export function orbit(camera: Camera3d, dx: number, dy: number): Camera3d {
  return normalizeCamera({
    ...camera,
    azimuth: camera.azimuth - dx * ORBIT_PER_PIXEL,
    elevation: camera.elevation + dy * ORBIT_PER_PIXEL,
  });
}

/** Closer by `factor` (above 1) or farther (below 1). */
export function zoom(camera: Camera3d, factor: number): Camera3d {
  return normalizeCamera({ ...camera, zoom: camera.zoom * factor });
}

/**
 * A pan by (dx, dy) pixels of a view `height` pixels high: the floor under the pointer follows
 * it, as near the target as perspective allows.
 */
export function pan(
  camera: Camera3d,
  dx: number,
  dy: number,
  height: number,
  box: BoxSize,
  aspect = 1,
): Camera3d {
  const { distance } = cameraEye(camera, box, aspect);
  const perPixel = (2 * distance * Math.tan((FOV_DEGREES / 2) * RADIANS)) / Math.max(1, height);
  const azimuth = camera.azimuth * RADIANS;
  const right = [Math.cos(azimuth), -Math.sin(azimuth)];
  const ahead = [Math.sin(azimuth), Math.cos(azimuth)];
  // Seen from above, a pixel down the screen covers 1/sin(elevation) of a pixel on the floor.
  const along = perPixel / Math.max(0.2, Math.sin(camera.elevation * RADIANS));
  return normalizeCamera({
    ...camera,
    target: [
      camera.target[0] - right[0]! * dx * perPixel + ahead[0]! * dy * along,
      camera.target[1] - right[1]! * dx * perPixel + ahead[1]! * dy * along,
    ],
  });
}

/**
 * A key pressed on the focused view: ← → turn, ↑ ↓ raise and lower the eye, with Shift they
 * pan; + and − zoom; 0 is the first camera. Null for a key the view does not take.
 */
export function cameraForKey(
  camera: Camera3d,
  key: string,
  shift: boolean,
  box: BoxSize,
): Camera3d | null {
  const step = ORBIT_PER_KEY / ORBIT_PER_PIXEL;
  const arrows: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
  };
  const arrow = arrows[key];
  if (arrow) {
    if (shift) return pan(camera, arrow[0] * 40, arrow[1] * 40, 400, box);
    // ↑ raises the eye (a drag down does), → turns the surface to the right.
    return orbit(camera, arrow[0] * step, -arrow[1] * step);
  }
  if (key === '+' || key === '=') return zoom(camera, ZOOM_PER_KEY);
  if (key === '-' || key === '_') return zoom(camera, 1 / ZOOM_PER_KEY);
  if (key === '0') return DEFAULT_CAMERA;
  return null;
}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const normalize = (a: Vec3): Vec3 => {
  const length = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / length, a[1] / length, a[2] / length];
};

/** The camera's axes: forward (to the target), right and up on the screen. */
function axes(eye: Eye): { forward: Vec3; right: Vec3; up: Vec3 } {
  const forward = normalize(sub(eye.target, eye.eye));
  const right = normalize(cross(forward, eye.up));
  return { forward, right, up: cross(right, forward) };
}

/**
 * Where a point appears, in normalised device coordinates (−1 … 1, y up) of a view `aspect`
 * wide for 1 high; null behind the eye.
 */
export function project(eye: Eye, aspect: number, point: Vec3): [number, number] | null {
  const { forward, right, up } = axes(eye);
  const d = sub(point, eye.eye);
  const depth = dot(d, forward);
  if (depth <= 1e-9) return null;
  const scale = Math.tan((FOV_DEGREES / 2) * RADIANS) * depth;
  return [dot(d, right) / (scale * aspect), dot(d, up) / scale];
}

/** The ray from the eye through a point of the view in normalised device coordinates. */
export function screenRay(
  eye: Eye,
  aspect: number,
  ndcX: number,
  ndcY: number,
): { origin: Vec3; direction: Vec3 } {
  const { forward, right, up } = axes(eye);
  const half = Math.tan((FOV_DEGREES / 2) * RADIANS);
  const direction = normalize([
    forward[0] + (right[0] * ndcX * aspect + up[0] * ndcY) * half,
    forward[1] + (right[1] * ndcX * aspect + up[1] * ndcY) * half,
    forward[2] + (right[2] * ndcX * aspect + up[2] * ndcY) * half,
  ]);
  return { origin: eye.eye, direction };
}
