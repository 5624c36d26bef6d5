/**
 * The point of the 3D surface under the pointer (issue 19: hover shows x, y and f as in 2D): the
 * first crossing of a ray with the drawn mesh. The ray is walked through the box in steps of
 * about a third of a grid cell, and the crossing found between two steps is refined by bisection
 * on the mesh's own heights (meshHeightAt), so it lies on what is drawn. Pure.
 */
import { fromBox, meshHeightAt, type SurfaceMesh } from './surface-mesh';
import type { Vec3 } from './camera3d';

/** The ray's parameters [t0, t1] inside the box |x| ≤ hx, |y| ≤ hy, low ≤ z ≤ high; null if none. */
function boxSpan(origin: Vec3, direction: Vec3, low: Vec3, high: Vec3): [number, number] | null {
  let t0 = 0;
  let t1 = Infinity;
  for (let axis = 0; axis < 3; axis++) {
    const o = origin[axis]!;
    const d = direction[axis]!;
    if (d === 0) {
      if (o < low[axis]! || o > high[axis]!) return null;
      continue;
    }
    const a = (low[axis]! - o) / d;
    const b = (high[axis]! - o) / d;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  return t0 <= t1 ? [t0, t1] : null;
}

/**
 * Where the ray first meets the surface: the floor point in (x, y) of the problem and the box
 * point; null when it meets none (it passes beside the surface, or only through holes).
 */
export function pickSurface(
  mesh: SurfaceMesh,
  origin: Vec3,
  direction: Vec3,
): { point: [number, number]; at: Vec3 } | null {
  const { box, heights, n } = mesh;
  let zLow = Infinity;
  let zHigh = -Infinity;
  for (const h of heights) {
    if (h < zLow) zLow = h;
    if (h > zHigh) zHigh = h;
  }
  if (!(zLow <= zHigh)) return null;
  const margin = 1e-6;
  const span = boxSpan(
    origin,
    direction,
    [-box.halfX, -box.halfY, zLow - margin],
    [box.halfX, box.halfY, zHigh + margin],
  );
  if (!span) return null;
  const at = (t: number): Vec3 => [
    origin[0] + direction[0] * t,
    origin[1] + direction[1] * t,
    origin[2] + direction[2] * t,
  ];
  // Above the surface: positive; NaN over a hole or off the floor.
  const above = (t: number) => {
    const p = at(t);
    return p[2] - meshHeightAt(mesh, p[0], p[1]);
  };
  const cell = (2 * Math.max(box.halfX, box.halfY)) / (n - 1);
  const steps = Math.min(20_000, Math.max(8, Math.ceil(((span[1] - span[0]) / cell) * 3)));
  let previousT = span[0];
  let previous = above(previousT);
  for (let s = 1; s <= steps; s++) {
    const t = span[0] + ((span[1] - span[0]) * s) / steps;
    const value = above(t);
    if (previous > 0 && value <= 0) {
      let low = previousT;
      let high = t;
      for (let i = 0; i < 40; i++) {
        const mid = (low + high) / 2;
        if (above(mid) > 0) low = mid;
        else high = mid;
      }
      const hit = at(high);
      return { point: fromBox(box, hit[0], hit[1]), at: hit };
    }
    // Over a hole (NaN) no crossing is found; the walk goes on beyond it.
    previous = value;
    previousT = t;
  }
  return null;
}
