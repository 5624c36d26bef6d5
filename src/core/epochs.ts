/**
 * Epochs and batches of a run on data (issue 22; docs/models.md, "Epochs on the timeline"). A
 * run with mini-batches of `batchSize` over `rows` training rows takes B = ⌈rows / batchSize⌉
 * batches per epoch, the last one possibly smaller (PyTorch's DataLoader with drop_last=False,
 * src/core/problems/models.ts `createBatchOrder`). The loss a mini-batch run records at step k is
 * that of the batch drawn for step k + 1, at θₖ (docs/models.md, "A mini-batch run records its
 * batch's loss"), so step k shows batch k (0-based) of the run: epoch ⌊k / B⌋ + 1, batch
 * (k mod B) + 1. At step e·B the run has seen every training row e times: the boundary of epoch e.
 */

/** How a run draws its gradient: one row, a mini-batch, or every training row. */
export type BatchMode = 'sample' | 'mini-batch' | 'full';

/** A run's batches: its mode, its batch size and rows, and B = batches per epoch. */
export interface RunBatches {
  mode: BatchMode;
  /** The rows of one batch (the training rows for the full batch). */
  size: number;
  /** The training rows the batches are drawn from. */
  rows: number;
  /** Batches per epoch: ⌈rows / size⌉ (1 for the full batch). */
  perEpoch: number;
}

/**
 * The batches of a run whose own or the problem's batch size is `batchSize` (undefined: the full
 * batch) over `rows` training rows; a size ≥ rows is the full batch, as the core runs it.
 */
export function runBatches(batchSize: number | undefined, rows: number): RunBatches {
  const rowCount = Math.max(1, Math.floor(rows));
  if (batchSize === undefined || batchSize >= rowCount)
    return { mode: 'full', size: rowCount, rows: rowCount, perEpoch: 1 };
  const size = Math.max(1, Math.floor(batchSize));
  return {
    mode: size === 1 ? 'sample' : 'mini-batch',
    size,
    rows: rowCount,
    perEpoch: Math.ceil(rowCount / size),
  };
}

/** Where step k falls: its epoch and batch (both from 1) and the batches per epoch. */
export interface EpochPosition {
  epoch: number;
  batch: number;
  perEpoch: number;
}

/** The epoch and batch whose loss step `step` records (see the file's comment). */
export function epochAt(step: number, perEpoch: number): EpochPosition {
  const k = Math.max(0, Math.floor(step));
  const per = Math.max(1, Math.floor(perEpoch));
  return { epoch: Math.floor(k / per) + 1, batch: (k % per) + 1, perEpoch: per };
}

/** One epoch boundary: at `step` the run has completed `epoch` epochs. */
export interface EpochTick {
  step: number;
  epoch: number;
}

/**
 * The epoch boundaries within 0 … steps, thinned to at most `maxTicks`: every e-th epoch with e
 * the smallest of 1, 2, 5, 10, 20, 50, … that fits, so the labels stay round numbers (75 epochs
 * in room for one: epoch 50).
 * None when an epoch is a single step (the full batch: every step is an epoch) or longer than
 * the run.
 */
export function epochTicks(steps: number, perEpoch: number, maxTicks: number): EpochTick[] {
  const per = Math.floor(perEpoch);
  if (per <= 1 || steps < per || maxTicks < 1) return [];
  const epochs = Math.floor(steps / per);
  // The first round step that leaves at most maxTicks boundaries (⌊epochs / every⌋ of them).
  let every = 1;
  for (let unit = 1; Math.floor(epochs / every) > maxTicks; unit *= 10) {
    for (const factor of [1, 2, 5]) {
      every = unit * factor;
      if (Math.floor(epochs / every) <= maxTicks) break;
    }
  }
  const ticks: EpochTick[] = [];
  for (let epoch = every; epoch <= epochs; epoch += every) ticks.push({ step: epoch * per, epoch });
  return ticks;
}
