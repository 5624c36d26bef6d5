/**
 * Whether a drawn path should show each of its steps (issue 14, point 8; docs/app.md,
 * "Divergence legible"). A run that zig-zags with long jumps — gradient descent at too large a
 * learning rate, on its way to diverging — drawn as a 2.5 px line merges into a solid band; drawn
 * thin with a dot per step, every step stays visible. Decided from the path's screen geometry
 * only, so it changes with zoom: the same run seen from afar is a line again.
 */
import type { TrajectoryPath } from './trajectory-path';

/** More kept points than this are too many dots to read; the line stays. */
export const MAX_STEP_DOTS = 400;
/** A jump this long (median, in pixels) leaves room for a dot at each end. */
export const MIN_JUMP_PX = 10;
/** At least this share of turns sharper than 90°: the run goes back and forth. */
export const MIN_REVERSALS = 0.5;

export function showsSteps(path: Pick<TrajectoryPath, 'xs' | 'ys'>): boolean {
  const n = path.xs.length;
  if (n < 4 || n > MAX_STEP_DOTS) return false;
  const lengths: number[] = [];
  let reversals = 0;
  for (let i = 1; i < n; i++) {
    const dx = path.xs[i]! - path.xs[i - 1]!;
    const dy = path.ys[i]! - path.ys[i - 1]!;
    lengths.push(Math.hypot(dx, dy));
    if (i >= 2) {
      const px = path.xs[i - 1]! - path.xs[i - 2]!;
      const py = path.ys[i - 1]! - path.ys[i - 2]!;
      if (dx * px + dy * py < 0) reversals++;
    }
  }
  lengths.sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1]!;
  return median >= MIN_JUMP_PX && reversals / (n - 2) >= MIN_REVERSALS;
}
