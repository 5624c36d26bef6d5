/** The Data tab's edits of a table classifier's spec (src/ui/problems/table-settings.ts). */
import { describe, expect, it } from 'vitest';
import {
  readWidths,
  tableBatchSizes,
  tableShape,
  tableSplitSizes,
  withBatchSize,
  withHidden,
  withSet,
  withSplit,
} from '../../src/ui/problems/table-settings';
import { previewText, withPoints, withoutPoints } from '../../src/ui/problems/csv-import';
import { runBatchLimit } from '../../src/scenario/run-batch';
import { validateScenario } from '../../src/scenario/validate';

describe('a table classifier’s settings', () => {
  it('sets a data set, leaving the kind’s default out and a batch that no longer fits', () => {
    expect(withSet({ type: 'softmax-mlp', data: { set: 'iris' } }, 'digits')).toEqual({
      type: 'softmax-mlp',
    });
    const wine = withSet({ type: 'softmax-mlp', batchSize: 256 }, 'wine');
    expect(wine).toEqual({ type: 'softmax-mlp', data: { set: 'wine' } });
    expect(tableSplitSizes(wine)).toEqual({ training: 142, validation: 18, test: 18 });
    expect(tableShape(wine)).toEqual({ features: 13, classes: 3 });
  });

  it('edits the split within its limits, refusing one that leaves no training rows', () => {
    const spec = { type: 'softmax-regression' as const };
    expect(withSplit(spec, { test: 0.2 })).toEqual({ ...spec, split: { test: 0.2 } });
    expect(withSplit(spec, { validation: 0.9 })).toEqual({ ...spec, split: { validation: 0.5 } });
    expect(withSplit({ ...spec, split: { test: 0.2 } }, { test: 0.1 })).toEqual(spec);
    const rows = {
      type: 'softmax-regression' as const,
      data: {
        points: [
          [1, 0],
          [2, 1],
          [3, 0],
        ],
      },
    };
    expect(withSplit(rows, { validation: 0.5, test: 0.5 })).toBeNull();
  });

  it('reads hidden widths and keeps the default out of the spec', () => {
    expect(readWidths('64-32')).toEqual([64, 32]);
    expect(readWidths(' 16 ')).toEqual([16]);
    expect(readWidths('65')).toBeNull();
    expect(readWidths('8-8-8-8')).toBeNull();
    expect(readWidths('x')).toBeNull();
    expect(withHidden({ type: 'softmax-mlp', hidden: [8] }, [32])).toEqual({ type: 'softmax-mlp' });
    expect(withHidden({ type: 'softmax-regression' }, [8])).toEqual({ type: 'softmax-regression' });
  });

  it('offers batch sizes below the training rows, which also bound a run’s own', () => {
    expect(tableBatchSizes(120)).toEqual([64, 32, 16, 8, 1]);
    expect(withBatchSize({ type: 'softmax-regression' }, 120)).toEqual({
      type: 'softmax-regression',
    });
    expect(withBatchSize({ type: 'softmax-regression' }, 64)).toEqual({
      type: 'softmax-regression',
      batchSize: 64,
    });
    expect(runBatchLimit({ type: 'softmax-regression' })).toBe(120);
    const checked = validateScenario({
      problem: { type: 'softmax-regression' },
      optimizers: [{ type: 'gd', lr: 0.1, batchSize: 121 }],
    });
    expect(checked.ok).toBe(false);
  });

  it('puts the user’s rows in and takes them out again', () => {
    const rows = [
      [1, 2, 0],
      [3, 4, 1],
      [5, 6, 2],
    ];
    const own = withPoints({ type: 'softmax-mlp', data: { set: 'wine' }, batchSize: 8 }, rows);
    expect(own).toEqual({ type: 'softmax-mlp', data: { points: rows } });
    expect(withoutPoints(own)).toEqual({ type: 'softmax-mlp' });
    expect(previewText(rows, 'table')).toBe('3 rows, 2 features, 3 classes (1, 1, 1)');
  });
});
