/**
 * How the landscape is looked at in 3D (issue 19; docs/3d.md): which views are shown (the 2D
 * contours, the 3D surface, or both side by side) and the 3D camera, with their form in a link
 * (`view=3d|split`, `cam=azimuth,elevation,zoom,x,y`). Pure: the store, the link's table of view
 * fields (src/url/view-fields.ts) and the 3D view share it, and it loads with the first view, so
 * it holds no geometry (that is src/plot/camera3d.ts, in the 3D view's own chunk).
 */

/** The landscape's views: the 2D contours, the 3D surface, or both side by side. */
export type LandscapeView = '2d' | '3d' | 'split';

export const LANDSCAPE_VIEWS: readonly LandscapeView[] = ['2d', '3d', 'split'];

export const isLandscapeView = (value: unknown): value is LandscapeView =>
  (LANDSCAPE_VIEWS as readonly unknown[]).includes(value);

/**
 * The 3D surface's height: `scale`, f on the colours' own scale (logarithmic in f − f* where f
 * spans decades, symmetric-log for surfaces unbounded below: Rosenbrock's valley shows), or
 * `linear`, f itself (`z=f` in a link).
 */
export type Height3d = 'scale' | 'linear';

/**
 * The camera of the 3D view: it orbits a target point on the floor of the box the surface stands
 * in. Angles are in degrees; the target is in the box's units, where the 2D window spans −1 … 1
 * along its longer side, so that a camera keeps its meaning when the window is zoomed or panned.
 */
export interface Camera3d {
  /** Rotation about the vertical axis: 0 looks along +y (the eye on the window's −y side), 90 along +x. */
  azimuth: number;
  /** Height of the eye above the floor's plane: 0 level, 90 straight down. */
  elevation: number;
  /** Closer than the default view by this factor (2: twice as close). */
  zoom: number;
  /** The point orbited, on the floor, in box units (0, 0: the window's centre). */
  target: readonly [number, number];
}

/** The first camera: from the front left and above (x runs left to right, as in 2D), the whole window in sight. */
export const DEFAULT_CAMERA: Camera3d = { azimuth: 25, elevation: 50, zoom: 1, target: [0, 0] };

export const CAMERA_LIMITS = {
  elevation: [4, 89] as const,
  zoom: [0.3, 12] as const,
  /** The target stays within twice the window's half-size of its centre. */
  target: 2,
};

const clamp = (value: number, [low, high]: readonly [number, number]) =>
  Math.min(high, Math.max(low, value));

/** An azimuth in [−180, 180). */
export function wrapAzimuth(degrees: number): number {
  return ((((degrees + 180) % 360) + 360) % 360) - 180;
}

/**
 * The camera with each number in its range (azimuth wrapped, elevation, zoom and target
 * clamped) and rounded as the link writes it, so that the store holds what a link reopens.
 */
export function normalizeCamera(camera: Camera3d): Camera3d {
  // To a few decimals, as the link writes them (−0 as 0).
  const round = (value: number, decimals: number) => Number(value.toFixed(decimals)) || 0;
  const target = (value: number) =>
    round(clamp(value, [-CAMERA_LIMITS.target, CAMERA_LIMITS.target]), 3);
  return {
    azimuth: round(wrapAzimuth(camera.azimuth), 1),
    elevation: round(clamp(camera.elevation, CAMERA_LIMITS.elevation), 1),
    zoom: Number(clamp(camera.zoom, CAMERA_LIMITS.zoom).toPrecision(3)),
    target: [target(camera.target[0]), target(camera.target[1])],
  };
}

/** Whether two cameras are the same view. */
export const sameCamera = (a: Camera3d, b: Camera3d): boolean =>
  a.azimuth === b.azimuth &&
  a.elevation === b.elevation &&
  a.zoom === b.zoom &&
  a.target[0] === b.target[0] &&
  a.target[1] === b.target[1];

/** The link's value: `azimuth,elevation,zoom,x,y`. */
export function formatCamera(camera: Camera3d): string {
  const { azimuth, elevation, zoom, target } = normalizeCamera(camera);
  return [azimuth, elevation, zoom, target[0], target[1]].map(String).join(',');
}

/** Reads the link's value: five finite numbers, each brought into its range; else a message. */
export function parseCamera(raw: string): Camera3d | string {
  const parts = raw.split(',');
  const numbers = parts.map((part) =>
    /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(part) ? Number(part) : NaN,
  );
  if (numbers.length !== 5 || !numbers.every(Number.isFinite))
    return 'expected 5 numbers: azimuth, elevation, zoom, x, y';
  const [azimuth, elevation, zoom, x, y] = numbers as [number, number, number, number, number];
  if (zoom <= 0) return 'the zoom must be above 0';
  return normalizeCamera({ azimuth, elevation, zoom, target: [x, y] });
}
