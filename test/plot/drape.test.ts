import { describe, expect, it } from 'vitest';
import { sampleHeightGrid } from '../../src/core/height-grid';
import { functionProblem, getFunction } from '../../src/core/problems';
import { run } from '../../src/core/run';
import { clipSegment, drapePath } from '../../src/plot/drape';
import { heightScale } from '../../src/plot/height-scale';
import { BOX_HEIGHT, fromBox, meshHeightAt, surfaceMesh } from '../../src/plot/surface-mesh';
import { rosenbrockFromFirstStart } from '../helpers';

const rosenbrock = functionProblem(getFunction('rosenbrock')!);
const VIEW = { x: [-2, 2] as const, y: [-1, 3] as const };
const grid = sampleHeightGrid(rosenbrock, VIEW, 41);
const scale = heightScale(grid.min, grid.max, 0);
const mesh = surfaceMesh(grid, scale, scale);
const f = (x: number, y: number) => rosenbrock.value(Float64Array.from([x, y]));

/** The first view's runs: gradient descent and Adam on Rosenbrock, 500 steps. */
const [gd, adam] = run(
  rosenbrockFromFirstStart(500, [
    { type: 'gd', lr: 0.001 },
    { type: 'adam', lr: 0.1 },
  ]),
);

const drape = (result: typeof gd) =>
  drapePath(result!.trajectory, 2, result!.loss.length, mesh, {
    heightAt: (k) => scale.unit(result!.loss[k]!) * BOX_HEIGHT,
  });

describe('a run’s path on the 3D surface (src/plot/drape.ts)', () => {
  it('each point of the run lies on the surface: its height is f there, on the height scale', () => {
    const path = drape(adam);
    let checked = 0;
    for (let p = 0; p < path.steps.length; p++) {
      if (!path.own[p]) continue;
      expect(Number.isInteger(path.steps[p])).toBe(true);
      const [x, y] = fromBox(mesh.box, path.points[p * 3]!, path.points[p * 3 + 1]!);
      // f evaluated here, by the problem itself, not read from the run.
      expect(path.points[p * 3 + 2]).toBeCloseTo(scale.unit(f(x, y)) * BOX_HEIGHT, 4);
      checked++;
    }
    expect(checked).toBe(adam!.loss.length);
  });

  it('between the run’s points it follows the drawn surface, never cutting through it', () => {
    const path = drape(adam);
    const midpointsOnMesh = (p: number) => {
      const at = (q: number) => [
        path.points[q * 3]!,
        path.points[q * 3 + 1]!,
        path.points[q * 3 + 2]!,
      ];
      const [ax, ay, az] = at(p);
      const [bx, by, bz] = at(p + 1);
      return { z: (az! + bz!) / 2, mesh: meshHeightAt(mesh, (ax! + bx!) / 2, (ay! + by!) / 2) };
    };
    let cuts = 0;
    for (let p = 0; p < path.steps.length; p++) {
      if (path.own[p]) continue;
      cuts++;
      // A cut point lies on the mesh …
      const z = meshHeightAt(mesh, path.points[p * 3]!, path.points[p * 3 + 1]!);
      expect(path.points[p * 3 + 2]).toBeCloseTo(z, 5);
      // … and the piece to the next cut lies in one triangle: straight on the drawn surface.
      if (p + 1 < path.steps.length && !path.own[p + 1]) {
        const mid = midpointsOnMesh(p);
        expect(mid.z).toBeCloseTo(mid.mesh, 5);
      }
    }
    // Adam's first steps jump across many cells of a 41 × 41 grid.
    expect(cuts).toBeGreaterThan(50);
  });

  it('steps rise along the path, from 0 to the run’s last', () => {
    const path = drape(gd);
    for (let p = 1; p < path.steps.length; p++)
      expect(path.steps[p]).toBeGreaterThanOrEqual(path.steps[p - 1]!);
    expect(path.steps[0]).toBe(0);
    expect(path.steps[path.steps.length - 1]).toBe(gd!.loss.length - 1);
    expect([...path.strips]).toEqual([0, path.steps.length]);
  });

  it('drops points closer than the least distance, keeping the last', () => {
    const all = drape(gd);
    const few = drapePath(gd!.trajectory, 2, gd!.loss.length, mesh, { minDistance: 0.05 });
    expect(few.steps.length).toBeLessThan(all.steps.length / 4);
    expect(few.steps[few.steps.length - 1]).toBe(gd!.loss.length - 1);
  });

  it('clips what leaves the window, breaking the path into strips', () => {
    // From inside to far outside and back: two strips, each ending on the window's edge.
    const trajectory = Float64Array.from([0, 0, 0.5, 0.5, 10, 0.5, 1, 1, 1.2, 1.4]);
    const path = drapePath(trajectory, 2, 5, mesh, {});
    expect(path.strips.length).toBe(4);
    for (let p = 0; p < path.steps.length; p++) {
      expect(Math.abs(path.points[p * 3]!)).toBeLessThanOrEqual(mesh.box.halfX + 1e-6);
      expect(path.points[p * 3 + 2]).toBeCloseTo(
        meshHeightAt(mesh, path.points[p * 3]!, path.points[p * 3 + 1]!),
        5,
      );
    }
    const firstEnd = path.steps[path.strips[1]! - 1]!;
    expect(firstEnd).toBeGreaterThan(1);
    expect(firstEnd).toBeLessThan(2);
    expect(path.steps[path.strips[2]!]).toBeGreaterThan(2);
  });

  it('clipSegment is Liang–Barsky: the part inside the rectangle, null when it misses', () => {
    expect(clipSegment(-2, 0, 4, 0, 1, 1)).toEqual([0.25, 0.75]);
    expect(clipSegment(0, 0, 0.5, 0.5, 1, 1)).toEqual([0, 1]);
    expect(clipSegment(-2, 2, 4, 0, 1, 1)).toBeNull();
  });
});
