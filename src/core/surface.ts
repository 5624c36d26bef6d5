/**
 * Loss surfaces: f sampled on a regular grid over a window, for contour plots and thumbnails.
 * Pure; the engine worker calls it so the main thread never evaluates f over a grid.
 */
import type { Problem, View } from './problems';

/**
 * f on an nx × ny grid laid out as an image: `values[j·nx + i]` is f at the centre of cell (i, j),
 * x = x₀ + (i + ½)·(x₁ − x₀)/nx and y = y₁ − (j + ½)·(y₁ − y₀)/ny (row 0 at the top), which is
 * the layout d3-contour and a canvas expect.
 */
export interface Surface {
  view: View;
  nx: number;
  ny: number;
  /** NaN where f is not finite. */
  values: Float64Array;
  /** The smallest and largest finite values (NaN, NaN if none is finite). */
  min: number;
  max: number;
}

/** The largest grid side accepted (a 4K screen at one sample per two pixels). */
export const MAX_SURFACE_SIDE = 2048;

/** Samples f over `view` on an nx × ny grid (each side clamped to 2 … MAX_SURFACE_SIDE). */
export function sampleSurface(problem: Problem, view: View, nx: number, ny: number): Surface {
  const width = clampSide(nx);
  const height = clampSide(ny);
  const values = new Float64Array(width * height);
  const params = new Float64Array(problem.dim);
  const [x0, x1] = view.x;
  const [y0, y1] = view.y;
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < height; j++) {
    params[1] = y1 - ((y1 - y0) * (j + 0.5)) / height;
    for (let i = 0; i < width; i++) {
      params[0] = x0 + ((x1 - x0) * (i + 0.5)) / width;
      const f = problem.value(params);
      if (Number.isFinite(f)) {
        values[j * width + i] = f;
        if (f < min) min = f;
        if (f > max) max = f;
      } else {
        values[j * width + i] = NaN;
      }
    }
  }
  return {
    view,
    nx: width,
    ny: height,
    values,
    min: min <= max ? min : NaN,
    max: min <= max ? max : NaN,
  };
}

function clampSide(n: number): number {
  return Math.max(2, Math.min(MAX_SURFACE_SIDE, Math.round(Number.isFinite(n) ? n : 2)));
}
