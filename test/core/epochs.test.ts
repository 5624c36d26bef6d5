/**
 * Epochs and batches of a run on data (src/core/epochs.ts): the mode and batches per epoch of a
 * batch size, the epoch and batch of a step as the run draws them (checked against the core's
 * own batch order, createBatchOrder), and the epoch boundaries thinned to round numbers.
 */
import { describe, expect, it } from 'vitest';
import { epochAt, epochTicks, runBatches } from '../../src/core/epochs';
import { createBatchOrder } from '../../src/core/problems/models';
import { createRng } from '../../src/core/rng';

describe('runBatches', () => {
  it('tells one sample, mini-batches and the full batch apart', () => {
    expect(runBatches(undefined, 227)).toEqual({ mode: 'full', size: 227, rows: 227, perEpoch: 1 });
    expect(runBatches(227, 227).mode).toBe('full');
    expect(runBatches(500, 227).mode).toBe('full');
    expect(runBatches(1, 227)).toEqual({ mode: 'sample', size: 1, rows: 227, perEpoch: 227 });
    // 227 rows in batches of 32: seven of 32 and a last of 3 (drop_last=False).
    expect(runBatches(32, 227)).toEqual({ mode: 'mini-batch', size: 32, rows: 227, perEpoch: 8 });
    expect(runBatches(32, 224).perEpoch).toBe(7);
  });
});

describe('epochAt', () => {
  it('numbers epochs and batches from 1, step k showing batch k', () => {
    expect(epochAt(0, 8)).toEqual({ epoch: 1, batch: 1, perEpoch: 8 });
    expect(epochAt(7, 8)).toEqual({ epoch: 1, batch: 8, perEpoch: 8 });
    expect(epochAt(8, 8)).toEqual({ epoch: 2, batch: 1, perEpoch: 8 });
    expect(epochAt(599, 8)).toEqual({ epoch: 75, batch: 8, perEpoch: 8 });
    expect(epochAt(5, 1)).toEqual({ epoch: 6, batch: 1, perEpoch: 1 });
  });

  it('starts a new epoch exactly where the core reshuffles its batch order', () => {
    const rows = 227;
    const { perEpoch } = runBatches(32, rows);
    const order = createBatchOrder(rows, 32, createRng(1));
    for (let k = 0; k < 40; k++) {
      order.next();
      const { batch } = epochAt(k, perEpoch);
      // The batch's first row is batch − 1 batches into the epoch's permutation.
      expect(order.begin).toBe((batch - 1) * 32);
    }
  });
});

describe('epochTicks', () => {
  it('marks every epoch boundary when they fit', () => {
    expect(epochTicks(40, 8, 10)).toEqual([
      { step: 8, epoch: 1 },
      { step: 16, epoch: 2 },
      { step: 24, epoch: 3 },
      { step: 32, epoch: 4 },
      { step: 40, epoch: 5 },
    ]);
  });

  it('thins dense boundaries to round epochs: 1, 2, 5, 10, 20, 50, …', () => {
    // 600 steps of 8 batches: 75 epochs; at most 12 labels → every 10th.
    const ticks = epochTicks(600, 8, 12);
    expect(ticks.map((t) => t.epoch)).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(ticks[0]!.step).toBe(80);
    expect(
      epochTicks(600, 8, 40)
        .map((t) => t.epoch)
        .slice(0, 3),
    ).toEqual([2, 4, 6]);
    expect(
      epochTicks(600, 8, 16)
        .map((t) => t.epoch)
        .slice(0, 3),
    ).toEqual([5, 10, 15]);
    expect(epochTicks(100_000, 2, 10).map((t) => t.epoch)).toEqual([
      5000, 10000, 15000, 20000, 25000, 30000, 35000, 40000, 45000, 50000,
    ]);
    for (const max of [1, 3, 7, 25]) {
      const ticks = epochTicks(2000, 3, max);
      expect(ticks.length).toBeLessThanOrEqual(max);
      expect(ticks.length).toBeGreaterThan(0);
    }
    // Room for one label: the largest round epoch that is reached.
    expect(epochTicks(600, 8, 1)).toEqual([{ step: 400, epoch: 50 }]);
  });

  it('has none for the full batch, an epoch longer than the run, or no room', () => {
    expect(epochTicks(600, 1, 10)).toEqual([]);
    expect(epochTicks(5, 8, 10)).toEqual([]);
    expect(epochTicks(600, 8, 0)).toEqual([]);
  });
});
