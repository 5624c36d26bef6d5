/**
 * Learning-rate sweeps: one run of a scenario again at many learning rates α, summarised per α
 * (final loss, best loss, steps to a tolerance, where it diverged). Each α is a plain
 * `runOptimizer` call with the spec's lr replaced, so every point equals what `run()` gives for
 * that α: the sweep is the app's own computation repeated, never an approximation of it.
 */
import type { OptimizerSpec, Scenario } from '../scenario/types';
import { buildProblem, type Problem } from './problems';
import { divergenceBounds, runOptimizer, type RunSettings } from './run';

/** Smallest α of the default grid. */
export const SWEEP_LR_MIN = 1e-5;
/** Largest α of the default grid. */
export const SWEEP_LR_MAX = 10;
/** Points of the default grid: about 8.5 per decade over six decades. */
export const SWEEP_POINTS = 60;

/**
 * "Steps to tolerance" counts the steps until the gap to the minimum f − f* has shrunk to this
 * fraction of the start's gap f(θ₀) − f*. Relative, so that it means the same on every problem
 * whatever the scale of f (Rosenbrock starts at 12.5 above f*, Booth at hundreds).
 */
export const SWEEP_TOLERANCE = 1e-3;

/**
 * `points` learning rates from `min` to `max`, evenly spaced in log α, each rounded to three
 * significant digits so that an α taken from the grid reads cleanly in a field and a link and
 * sets exactly the α that was swept.
 *
 * @example lrGrid(1e-3, 1, 4) // → [0.001, 0.01, 0.1, 1]
 */
export function lrGrid(min = SWEEP_LR_MIN, max = SWEEP_LR_MAX, points = SWEEP_POINTS): number[] {
  if (!(min > 0) || !(max > min) || !Number.isInteger(points) || points < 2) {
    throw new Error(`invalid grid: min ${min}, max ${max}, points ${points}`);
  }
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  return Array.from({ length: points }, (_, i) =>
    Number((10 ** (lo + ((hi - lo) * i) / (points - 1))).toPrecision(3)),
  );
}

/** One α of a sweep. */
export interface SweepPoint {
  lr: number;
  /** f at the last step; Infinity when the run diverged (it never got there). */
  finalLoss: number;
  /** The smallest f over the points the run reached (before diverging, if it did). */
  bestLoss: number;
  /**
   * The first step k with f(θₖ) − f* ≤ SWEEP_TOLERANCE · (f(θ₀) − f*); null when it is never
   * reached, when the run diverged, or when f* is not known.
   */
  stepsToTolerance: number | null;
  /** The step where the run diverged (see run.ts), null if it did not. */
  divergedAt: number | null;
}

/** A chunk of a sweep: its points in the order of the α asked for, and the core's time. */
export interface SweepChunk {
  points: SweepPoint[];
  /** Milliseconds the core spent (the caller sizes its next chunk from this). */
  elapsedMs: number;
}

/** The first step of `loss` within the relative tolerance of `fStar`, or null. */
export function stepsToTolerance(
  loss: ArrayLike<number>,
  fStar: number | null,
  tolerance = SWEEP_TOLERANCE,
): number | null {
  if (fStar === null || !Number.isFinite(fStar) || loss.length === 0) return null;
  // A start at (or below) the minimum has nothing to reduce: reached at step 0.
  const target = tolerance * Math.max(0, loss[0]! - fStar);
  for (let k = 0; k < loss.length; k++) if (loss[k]! - fStar <= target) return k;
  return null;
}

/**
 * Runs `spec` at every α of `lrs` on one problem with shared settings (the divergence bounds
 * are computed once by the caller and shared by every α) and summarises each run.
 */
export function sweepRuns(
  problem: Problem,
  spec: OptimizerSpec,
  settings: RunSettings,
  lrs: readonly number[],
): SweepChunk {
  let elapsedMs = 0;
  const fStar = problem.info.fMin;
  const points = lrs.map((lr): SweepPoint => {
    const result = runOptimizer(problem, { ...spec, lr }, settings);
    elapsedMs += result.elapsedMs;
    const { loss, divergedAt } = result;
    let bestLoss = Infinity;
    for (let k = 0; k < loss.length; k++) if (loss[k]! < bestLoss) bestLoss = loss[k]!;
    return {
      lr,
      finalLoss: divergedAt === null ? loss[loss.length - 1]! : Infinity,
      bestLoss,
      stepsToTolerance: divergedAt === null ? stepsToTolerance(loss, fStar) : null,
      divergedAt,
    };
  });
  return { points, elapsedMs };
}

/**
 * The sweep of a validated scenario's run `runIndex` at the learning rates `lrs`: the same
 * problem, start, steps, seed, noise and other hyperparameters, only α changed.
 */
export function sweepScenario(
  scenario: Scenario,
  runIndex: number,
  lrs: readonly number[],
): SweepChunk {
  const spec = scenario.optimizers[runIndex];
  if (!spec) throw new Error(`no run ${runIndex} in a scenario of ${scenario.optimizers.length}`);
  const problem = buildProblem(scenario.problem);
  const settings: RunSettings = {
    start: scenario.start,
    steps: scenario.steps,
    seed: scenario.seed,
    noise: scenario.problem.noise ?? 0,
    bounds: divergenceBounds(problem),
  };
  return sweepRuns(problem, spec, settings, lrs);
}

/**
 * The index of the best α of a sweep: the smallest final loss among the runs that did not
 * diverge (the first, i.e. smallest α, on a tie); null when every α diverged or is missing.
 */
export function bestLrIndex(points: readonly (SweepPoint | undefined)[]): number | null {
  let best: number | null = null;
  points.forEach((p, i) => {
    if (!p || p.divergedAt !== null || !Number.isFinite(p.finalLoss)) return;
    if (best === null || p.finalLoss < points[best]!.finalLoss) best = i;
  });
  return best;
}
