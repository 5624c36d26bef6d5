/**
 * The epochs and batches of a run as the timeline and the loss chart's hover tell them (issue 22;
 * src/core/epochs.ts for the arithmetic): which batches a run on data draws — its own batch size,
 * else the problem's, else the full batch — and the words for a step. Pure, so tested without
 * React.
 */
import { epochAt, runBatches, type RunBatches } from '../../core/epochs';
import type { ProblemSpec } from '../../kinds/registry';
import { runBatchLimit } from '../../scenario/run-batch';
import type { OptimizerSpec } from '../../scenario/types';
import type { TFunction } from '../../i18n';

/** The batches of run `spec` on `problem`; null for a problem without data (nothing to batch). */
export function runBatchesOf(
  problem: ProblemSpec,
  spec: OptimizerSpec | undefined,
): RunBatches | null {
  return spec ? batchesOfSize(problem, spec.batchSize) : null;
}

/** The batches of a run with batch size `batchSize` (its own; else the problem's) on `problem`. */
export function batchesOfSize(
  problem: ProblemSpec,
  batchSize: number | undefined,
): RunBatches | null {
  const rows = runBatchLimit(problem);
  if (rows === null) return null;
  const problemSize = 'batchSize' in problem ? problem.batchSize : undefined;
  return runBatches(batchSize ?? problemSize, rows);
}

/** "epoch 3, batch 5 of 8", "epoch 2, sample 5 of 227", or "full batch (227)". */
export function epochText(t: TFunction, batches: RunBatches, step: number): string {
  if (batches.mode === 'full')
    return t('tables.fullBatch', { n: batches.rows.toLocaleString('en-US') });
  const { epoch, batch, perEpoch } = epochAt(step, batches.perEpoch);
  const words = {
    epoch: epoch.toLocaleString('en-US'),
    batch: batch.toLocaleString('en-US'),
    batches: perEpoch.toLocaleString('en-US'),
  };
  return t(batches.mode === 'sample' ? 'tables.epochSample' : 'tables.epochBatch', words);
}

/** How the run draws its batches, for the ticks' label: "mini-batches of 32, 8 to an epoch". */
export function batchModeText(t: TFunction, batches: RunBatches): string {
  if (batches.mode === 'full') return t('tables.fullBatchStep');
  return t(batches.mode === 'sample' ? 'tables.modeSample' : 'tables.modeMiniBatch', {
    size: batches.size,
    batches: batches.perEpoch.toLocaleString('en-US'),
  });
}
