/**
 * The epochs and batches the timeline and the loss chart's hover tell (src/ui/timeline/run-epochs.ts):
 * a run's own batch size wins over the problem's, a table classifier's batches come from its
 * training rows, a function has none; the words of each mode.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { batchModeText, epochText, runBatchesOf } from '../../src/ui/timeline/run-epochs';
import type { ProblemSpec } from '../../src/kinds/registry';

const table: ProblemSpec = {
  type: 'softmax-mlp',
  data: { set: 'breast-cancer' },
  split: { validation: 0.3, test: 0.3 },
  hidden: [64],
};

describe('runBatchesOf', () => {
  it('draws a table classifier’s batches from its training rows, the run’s size first', () => {
    expect(runBatchesOf(table, { type: 'adam', lr: 0.01, batchSize: 32 })).toEqual({
      mode: 'mini-batch',
      size: 32,
      rows: 227,
      perEpoch: 8,
    });
    expect(runBatchesOf(table, { type: 'gd', lr: 0.3 })?.mode).toBe('full');
    expect(runBatchesOf({ ...table, batchSize: 1 }, { type: 'gd', lr: 0.3 })?.mode).toBe('sample');
    expect(
      runBatchesOf({ ...table, batchSize: 1 }, { type: 'gd', lr: 0.3, batchSize: 227 })?.mode,
    ).toBe('full');
  });

  it('has none for a function or without a run', () => {
    expect(runBatchesOf({ type: 'function', name: 'booth' }, { type: 'gd', lr: 0.1 })).toBeNull();
    expect(runBatchesOf(table, undefined)).toBeNull();
  });
});

describe('epochText', () => {
  it('says the epoch and batch, the sample, or the full batch', () => {
    const mini = runBatchesOf(table, { type: 'adam', lr: 0.01, batchSize: 32 })!;
    expect(epochText(t, mini, 17)).toBe('epoch 3, batch 2 of 8');
    expect(epochText(t, mini, 600)).toBe('epoch 76, batch 1 of 8');
    const sample = runBatchesOf({ ...table, batchSize: 1 }, { type: 'gd', lr: 0.3 })!;
    expect(epochText(t, sample, 230)).toBe('epoch 2, sample 4 of 227');
    const full = runBatchesOf(table, { type: 'gd', lr: 0.3 })!;
    expect(epochText(t, full, 5)).toBe('full batch (227)');
    expect(batchModeText(t, mini)).toBe('mini-batches of 32, 8 to an epoch');
    expect(batchModeText(t, sample)).toBe('one sample per step, 227 to an epoch');
  });
});
