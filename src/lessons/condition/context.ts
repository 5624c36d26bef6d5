/**
 * What a condition is checked against (docs/lesson-conditions.md, "What a condition reads"):
 * per run, its hyperparameters, loss per point, where it diverged, and for classifiers its
 * accuracy; and `conditionContextOf`, the pure adapter from the store's results (the fields
 * `results` and `accuracy` of src/state/app-state.ts) to it.
 */
import type { RunResult } from '../../core/run';
import { HYPERPARAMS } from '../../core/optimizers/hyperparams';

/** One run as a condition sees it. */
export interface ConditionRun {
  /** The spec's hyperparameters with its type's defaults filled in (`{ lr: 0.1, momentum: 0.9 }`). */
  hyperparams: Readonly<Record<string, number | boolean>>;
  /** loss[k] = f(θk), k = 0 … points − 1 (a diverged run's valid points only). */
  loss: ArrayLike<number>;
  /** The first step whose point left the bounds or was not finite; null if none. */
  divergedAt: number | null;
  /** Final accuracy, a fraction in [0, 1] (classifiers); null or absent otherwise. */
  accuracy?: number | null;
  /** θ at the last point. */
  finalPoint?: readonly number[];
}

/** The runs in the order the screen numbers them: `run 1` is `runs[0]`. */
export interface ConditionContext {
  runs: readonly ConditionRun[];
}

/** The parts of a run result the adapter reads. */
export type ConditionSourceRun = Pick<
  RunResult,
  'optimizer' | 'dim' | 'trajectory' | 'loss' | 'divergedAt'
>;

/**
 * The store's results as the adapter takes them: the same names and shapes as the state's
 * `results` and `accuracy`, so the player passes the state (or a selection of it) as it is.
 */
export interface ConditionSource {
  /** One per run, in screen order; null before the first results. */
  results: readonly ConditionSourceRun[] | null;
  /** For classifiers: accuracy per run per point, aligned with `results`; null otherwise. */
  accuracy?: readonly ArrayLike<number>[] | null;
}

/**
 * The context of the store's results. Hyperparameters are read from each result's
 * `optimizer` (its spec with defaults filled, as the run ran), not from the scenario being
 * edited: while the engine catches up with a drag, a condition never pairs the new α with the
 * old α's losses. The results may be partial while the engine computes (`progress` not null):
 * a condition such as `run 1 divergedAt == null` can hold on a prefix and not on the whole run,
 * so the player should judge a task done on complete results only. Pure; copies no loss array.
 *
 * @example conditionContextOf(useApp.getState()) // { runs: [{ hyperparams: { lr: 0.1 }, … }] }
 */
export function conditionContextOf({ results, accuracy }: ConditionSource): ConditionContext {
  if (!results) return { runs: [] };
  return {
    runs: results.map((result, r) => {
      const { optimizer, dim, trajectory, loss, divergedAt } = result;
      const points = loss.length;
      const hyperparams: Record<string, number | boolean> = {};
      for (const name of Object.keys(HYPERPARAMS) as (keyof typeof HYPERPARAMS)[]) {
        const value = optimizer[name];
        if (typeof value === 'number' || typeof value === 'boolean') hyperparams[name] = value;
      }
      // The accuracy at the run's last point (the arrays are aligned with the points).
      const perPoint = accuracy?.[r];
      const last = perPoint ? Math.min(points, perPoint.length) - 1 : -1;
      const run: ConditionRun = {
        hyperparams,
        loss,
        divergedAt,
        accuracy: last >= 0 ? perPoint![last]! : null,
      };
      if (points > 0 && dim > 0 && trajectory.length >= points * dim)
        run.finalPoint = Array.from(trajectory.subarray((points - 1) * dim, points * dim));
      return run;
    }),
  };
}
