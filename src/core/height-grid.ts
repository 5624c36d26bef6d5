/**
 * f on the nodes of a square grid over a window, for the 3D view's mesh (issue 19; docs/3d.md).
 * Unlike the contour surface (surface.ts), whose samples sit at cell centres for painting pixels,
 * a mesh needs f at its vertices, and those include the window's edges and corners. Pure; the
 * 3D view's worker calls it, so the main thread never evaluates f over a grid.
 */
import type { Problem, View } from './problems';

/** f on n × n nodes: `values[j·n + i]` is f at (x_i, y_j), row 0 at the window's bottom. */
export interface HeightGrid {
  view: View;
  n: number;
  /** NaN where f is not finite. */
  values: Float64Array;
  /** The smallest and largest finite values (NaN, NaN if none is finite). */
  min: number;
  max: number;
}

/** The largest side of a grid (1,048,576 nodes; the view asks for far fewer). */
export const MAX_GRID_SIDE = 1024;

/** x_i (or y_j) of node i of n along [low, high]: exact at both ends. */
export function nodeCoordinate(low: number, high: number, i: number, n: number): number {
  return i === n - 1 ? high : low + ((high - low) * i) / (n - 1);
}

/** Samples f on an n × n grid of nodes over `view` (n clamped to 2 … MAX_GRID_SIDE). */
export function sampleHeightGrid(problem: Problem, view: View, n: number): HeightGrid {
  const side = Math.max(2, Math.min(MAX_GRID_SIDE, Math.round(Number.isFinite(n) ? n : 2)));
  const values = new Float64Array(side * side);
  const params = new Float64Array(problem.dim);
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < side; j++) {
    params[1] = nodeCoordinate(view.y[0], view.y[1], j, side);
    for (let i = 0; i < side; i++) {
      params[0] = nodeCoordinate(view.x[0], view.x[1], i, side);
      const f = problem.value(params);
      if (Number.isFinite(f)) {
        values[j * side + i] = f;
        if (f < min) min = f;
        if (f > max) max = f;
      } else {
        values[j * side + i] = NaN;
      }
    }
  }
  const some = min <= max;
  return { view, n: side, values, min: some ? min : NaN, max: some ? max : NaN };
}
