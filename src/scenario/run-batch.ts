/**
 * A run's own mini-batch size (`OptimizerSpec.batchSize`, docs/scenario.md): which problems take
 * one and up to what size. Pure; validation, the store and the run card read it.
 */
import { kindOf, takesBatches, type ProblemSpec } from '../kinds/registry';
import { dataPoints } from '../kinds/shared';
import type { OptimizerSpec } from './types';

/**
 * The largest batch size a run may have on `problem`: its number of points (the full batch; a
 * table classifier's training rows), or
 * null for a problem without data, whose gradient is exact and has no batches to choose.
 */
export function runBatchLimit(problem: ProblemSpec): number | null {
  if (!takesBatches(problem)) return null;
  const kind = kindOf(problem);
  // A table classifier's batches come from its training rows (docs/models.md).
  return kind.batchRows?.(problem) ?? dataPoints(problem, kind.defaultPoints);
}

/**
 * The runs with every batch size the problem cannot take removed (a function has none, a smaller
 * dataset fewer points): after a problem change the runs stay valid. The same list when none
 * changes, so that no run is computed again for nothing.
 */
export function fitRunBatches(optimizers: OptimizerSpec[], problem: ProblemSpec): OptimizerSpec[] {
  const limit = runBatchLimit(problem);
  const fits = (spec: OptimizerSpec) =>
    spec.batchSize === undefined || (limit !== null && spec.batchSize <= limit);
  if (optimizers.every(fits)) return optimizers;
  return optimizers.map((spec) => {
    if (fits(spec)) return spec;
    const { batchSize: _dropped, ...rest } = spec;
    return rest;
  });
}

/**
 * Whether a run draws mini-batches (or single rows) on `problem`: its own batch size or the
 * problem's, below the rows it draws from. Such a run records its batch's loss, which jumps by
 * decades from step to step (docs/models.md), so the loss chart keeps its axis linear near 0.
 */
export function drawsBatches(spec: OptimizerSpec, problem: ProblemSpec): boolean {
  const limit = runBatchLimit(problem);
  const size = spec.batchSize ?? (takesBatches(problem) ? problem.batchSize : undefined);
  return limit !== null && size !== undefined && size < limit;
}
