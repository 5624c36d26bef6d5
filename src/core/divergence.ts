/**
 * Where a run is stopped as diverged: bounds on ‖θ‖ and |f| from the problem's view
 * (docs/scenario.md, "Results"). run.ts re-exports them for its callers.
 */
import type { Problem, View } from './problems';

/**
 * A run is stopped as diverged at the first point θ (or its loss f) that is not finite, or with
 * ‖θ‖ > THETA_BOUND_FACTOR × R, or |f| > LOSS_BOUND_FACTOR × F, where R is the largest distance
 * from the origin to a corner of the problem's view and F the largest |f| on a grid over the
 * view (at least 1). A point a thousand view-radii away is far off every drawing; a quadratic is
 * a million times larger there, hence the second factor. No run that stays in sight is cut short.
 */
export const THETA_BOUND_FACTOR = 1e3;
export const LOSS_BOUND_FACTOR = 1e6;

/** The divergence bounds of a problem (see THETA_BOUND_FACTOR). */
export interface DivergenceBounds {
  /** Largest allowed ‖θ‖. */
  theta: number;
  /** Largest allowed |f|. */
  loss: number;
}

/** The largest distance from the origin to a corner of the view. */
export function viewRadius({ x, y }: View): number {
  return Math.max(
    Math.hypot(x[0], y[0]),
    Math.hypot(x[0], y[1]),
    Math.hypot(x[1], y[0]),
    Math.hypot(x[1], y[1]),
  );
}

/**
 * Bounds from the problem's view: R from the view's corners, F from f on a 41 × 41 grid; or the
 * problem's own, for models whose θ has no view.
 */
export function divergenceBounds(problem: Problem): DivergenceBounds {
  if (problem.bounds) return { theta: problem.bounds.theta, loss: problem.bounds.loss };
  const { x, y } = problem.info.view;
  const radius = viewRadius(problem.info.view);
  const params = new Float64Array(problem.dim);
  const cells = 40;
  let fScale = 1;
  for (let i = 0; i <= cells; i++) {
    for (let j = 0; j <= cells; j++) {
      params[0] = x[0] + ((x[1] - x[0]) * i) / cells;
      params[1] = y[0] + ((y[1] - y[0]) * j) / cells;
      const f = Math.abs(problem.value(params));
      if (f > fScale) fScale = f; // NaN compares false and is skipped
    }
  }
  return { theta: THETA_BOUND_FACTOR * radius, loss: LOSS_BOUND_FACTOR * fScale };
}
