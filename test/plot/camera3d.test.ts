import { describe, expect, it } from 'vitest';
import {
  baseDistance,
  cameraEye,
  cameraForKey,
  orbit,
  pan,
  project,
  screenRay,
  zoom,
} from '../../src/plot/camera3d';
import { pickSurface } from '../../src/plot/pick-surface';
import { sampleHeightGrid } from '../../src/core/height-grid';
import { functionProblem, getFunction } from '../../src/core/problems';
import { heightScale } from '../../src/plot/height-scale';
import { boxOf, meshHeightAt, surfaceMesh, toBox } from '../../src/plot/surface-mesh';
import { DEFAULT_CAMERA } from '../../src/state/landscape-3d';

const box = boxOf({ x: [-2, 2], y: [-1, 3] });

describe('the 3D camera (src/plot/camera3d.ts)', () => {
  it('looks at its target from its distance, at its azimuth and elevation', () => {
    const eye = cameraEye({ azimuth: 0, elevation: 30, zoom: 2, target: [0.5, 0] }, box);
    expect(eye.distance).toBeCloseTo(baseDistance(box) / 2, 12);
    expect(eye.target).toEqual([0.5, 0, box.height / 3]);
    // Azimuth 0: in front, on the −y side; 30° above the target.
    expect(eye.eye[0]).toBeCloseTo(0.5, 12);
    expect(eye.eye[1]).toBeLessThan(0);
    expect(Math.asin((eye.eye[2] - eye.target[2]) / eye.distance)).toBeCloseTo(Math.PI / 6, 12);
    const side = cameraEye({ ...DEFAULT_CAMERA, azimuth: 90 }, box);
    expect(side.eye[0]).toBeLessThan(-1);
  });

  it('keeps the first view’s whole box in sight, in a wide view or a narrow one', () => {
    for (const aspect of [0.7, 1, 1.4, 2.5]) {
      const eye = cameraEye(DEFAULT_CAMERA, box, aspect);
      for (const x of [-box.halfX, box.halfX])
        for (const y of [-box.halfY, box.halfY])
          for (const z of [0, box.height]) {
            const [u, v] = project(eye, aspect, [x, y, z])!;
            expect(Math.abs(u)).toBeLessThan(1);
            expect(Math.abs(v)).toBeLessThan(1);
          }
    }
  });

  it('drags, wheels and keys move it within its limits', () => {
    const turned = orbit(DEFAULT_CAMERA, 100, -1000);
    expect(turned.azimuth).toBe(DEFAULT_CAMERA.azimuth - 35);
    expect(turned.elevation).toBe(4);
    expect(zoom(DEFAULT_CAMERA, 1e9).zoom).toBe(12);
    expect(cameraForKey(DEFAULT_CAMERA, 'ArrowUp', false, box)!.elevation).toBeGreaterThan(
      DEFAULT_CAMERA.elevation,
    );
    expect(cameraForKey(DEFAULT_CAMERA, 'ArrowLeft', false, box)!.azimuth).toBeGreaterThan(
      DEFAULT_CAMERA.azimuth,
    );
    expect(cameraForKey(DEFAULT_CAMERA, '+', false, box)!.zoom).toBeGreaterThan(1);
    expect(cameraForKey({ ...DEFAULT_CAMERA, zoom: 3 }, '0', false, box)).toEqual(DEFAULT_CAMERA);
    expect(cameraForKey(DEFAULT_CAMERA, 'Shift', false, box)).toBeNull();
    const panned = cameraForKey(DEFAULT_CAMERA, 'ArrowRight', true, box)!;
    expect(panned.azimuth).toBe(DEFAULT_CAMERA.azimuth);
    expect(panned.target).not.toEqual(DEFAULT_CAMERA.target);
  });

  it('a pan moves the target the way the floor is dragged', () => {
    const camera = { ...DEFAULT_CAMERA, azimuth: 0 };
    // Dragging right at azimuth 0 (looking along +y) moves the target towards −x.
    expect(pan(camera, 50, 0, 500, box).target[0]).toBeLessThan(0);
    // Dragging down brings the far side nearer: the target moves towards +y.
    expect(pan(camera, 0, 50, 500, box).target[1]).toBeGreaterThan(0);
  });

  it('the ray through a point’s projection passes through the point', () => {
    const eye = cameraEye({ azimuth: 20, elevation: 50, zoom: 1.3, target: [0.2, -0.1] }, box);
    const point: [number, number, number] = [0.3, -0.4, 0.2];
    const [u, v] = project(eye, 1.6, point)!;
    const { origin, direction } = screenRay(eye, 1.6, u, v);
    const t = Math.hypot(point[0] - origin[0], point[1] - origin[1], point[2] - origin[2]);
    for (let i = 0; i < 3; i++) expect(origin[i]! + direction[i]! * t).toBeCloseTo(point[i]!, 9);
  });
});

describe('picking the surface under the pointer (src/plot/pick-surface.ts)', () => {
  const rosenbrock = functionProblem(getFunction('rosenbrock')!);
  const grid = sampleHeightGrid(rosenbrock, box.view, 60);
  const scale = heightScale(grid.min, grid.max, 0);
  const mesh = surfaceMesh(grid, scale, scale);

  it('finds the surface point whose projection is under the pointer', () => {
    // From above nothing hides a point; from the first camera, points on the slopes facing it.
    const above = cameraEye({ ...DEFAULT_CAMERA, elevation: 89 }, box);
    const first = cameraEye(DEFAULT_CAMERA, box);
    for (const [eye, x, y] of [
      [above, 0, 1],
      [above, 1, 1],
      [above, -1.5, 2],
      [first, 0, -0.5],
      [first, -1.8, 0.5],
    ] as const) {
      const [bx, by] = toBox(mesh.box, x, y);
      const point: [number, number, number] = [bx, by, meshHeightAt(mesh, bx, by)];
      const [u, v] = project(eye, 1.5, point)!;
      const { origin, direction } = screenRay(eye, 1.5, u, v);
      const hit = pickSurface(mesh, origin, direction)!;
      expect(hit.point[0]).toBeCloseTo(x, 3);
      expect(hit.point[1]).toBeCloseTo(y, 3);
    }
  });

  it('finds nothing beside the surface', () => {
    const eye = cameraEye(DEFAULT_CAMERA, box);
    const { origin, direction } = screenRay(eye, 1.5, 0.99, 0.99);
    expect(pickSurface(mesh, origin, direction)).toBeNull();
  });
});
