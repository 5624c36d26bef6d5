/** A trajectory's coordinates on a slice's plane, and the window that holds them. */
import type { View } from '../problems/types';
import { dot } from '../linalg';
import { SLICE_VIEW_MARGIN } from './types';

/**
 * Plane coordinates (a, b) of each point, two numbers per point: the least-squares solution of
 * θ − c ≈ a·d₁ + b·d₂ through the 2 × 2 Gram system (for orthonormal directions, the two dot
 * products; Li et al.'s projection.py offers both, 'cos' and 'lstsq'). Parallel directions
 * leave b = 0 and a from d₁ alone.
 */
export function projectTrajectory(
  trajectory: Float64Array,
  points: number,
  dim: number,
  center: Float64Array,
  d1: Float64Array,
  d2: Float64Array,
): Float64Array {
  const g11 = dot(d1, d1);
  const g12 = dot(d1, d2);
  const g22 = dot(d2, d2);
  const det = g11 * g22 - g12 * g12;
  const regular = det > 1e-12 * g11 * g22;
  const out = new Float64Array(2 * points);
  for (let k = 0; k < points; k++) {
    let r1 = 0;
    let r2 = 0;
    for (let j = 0, i = k * dim; j < dim; j++, i++) {
      const x = trajectory[i]! - center[j]!;
      r1 += x * d1[j]!;
      r2 += x * d2[j]!;
    }
    if (regular) {
      out[2 * k] = (g22 * r1 - g12 * r2) / det;
      out[2 * k + 1] = (g11 * r2 - g12 * r1) / det;
    } else if (g11 > 0) {
      out[2 * k] = r1 / g11;
    } else if (g22 > 0) {
      out[2 * k + 1] = r2 / g22;
    }
  }
  return out;
}

/**
 * A square window centred on (0, 0), the slice's center, that holds every finite projected
 * point with a 15 % margin, each half-width at least `minimumHalfWidth`. Both axes get the same
 * half-width: the plane's two directions have no units of their own, so one unit is drawn as
 * long on both (a stretched axis would invent an anisotropy).
 */
export function sliceView(projections: readonly Float64Array[], minimumHalfWidth: number): View {
  let reach = 0;
  for (const p of projections) {
    for (const v of p) if (Number.isFinite(v)) reach = Math.max(reach, Math.abs(v));
  }
  const half = Math.max(minimumHalfWidth, reach * (1 + SLICE_VIEW_MARGIN));
  return { x: [-half, half], y: [-half, half] };
}
