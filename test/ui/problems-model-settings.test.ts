import { describe, expect, it } from 'vitest';
import {
  addLayer,
  architectureText,
  datasetSize,
  maxStepsFor,
  modelBatchOptions,
  removeLayer,
  withBatchSize,
  withData,
  withHidden,
  withMlpFields,
} from '../../src/ui/problems/model-settings';
import { MAX_TRAJECTORY_VALUES } from '../../src/scenario/validate-data';

describe('withData', () => {
  it('sets a field and leaves out the defaults, so links stay short', () => {
    expect(withData({ type: 'mlp' }, { n: 300 })).toEqual({ type: 'mlp', data: { n: 300 } });
    expect(withData({ type: 'mlp', data: { n: 300 } }, { n: 200 })).toEqual({ type: 'mlp' });
    // moons is the MLP's own generator, blobs logistic regression's.
    expect(withData({ type: 'mlp' }, { generator: 'moons' })).toEqual({ type: 'mlp' });
    expect(withData({ type: 'logistic-regression' }, { generator: 'moons' })).toEqual({
      type: 'logistic-regression',
      data: { generator: 'moons' },
    });
  });

  it('drops the noise when the generator changes: each measures noise in its own unit', () => {
    const next = withData({ type: 'mlp', data: { noise: 0.3, seed: 7 } }, { generator: 'spiral' });
    expect(next.data).toEqual({ generator: 'spiral', seed: 7 });
  });

  it('keeps the number of points within what validation accepts', () => {
    expect(withData({ type: 'mlp' }, { n: 1 }).data?.n).toBe(4);
    expect(withData({ type: 'mlp' }, { n: 99999 }).data?.n).toBe(2000);
  });

  it('turns a batch as large as the new dataset into the full batch', () => {
    const next = withData({ type: 'mlp', batchSize: 64 }, { n: 50 });
    expect(next.batchSize).toBeUndefined();
    expect(withData({ type: 'mlp', batchSize: 16 }, { n: 50 }).batchSize).toBe(16);
  });

  it('removes a field given as undefined (the user points)', () => {
    const own = {
      type: 'mlp' as const,
      data: { points: [[0, 0, 0]] as [number, number, number][] },
    };
    expect(withData(own, { points: undefined })).toEqual({ type: 'mlp' });
    expect(datasetSize(own)).toBe(1);
  });
});

describe('batch size', () => {
  it('withBatchSize keeps sizes below n and drops the full batch', () => {
    expect(withBatchSize({ type: 'logistic-regression' }, 32)).toEqual({
      type: 'logistic-regression',
      batchSize: 32,
    });
    expect(withBatchSize({ type: 'logistic-regression', batchSize: 32 }, 200)).toEqual({
      type: 'logistic-regression',
    });
  });

  it('modelBatchOptions offers the full batch, then the sizes below n, and the current one', () => {
    expect(modelBatchOptions(40, undefined).map((o) => o.value)).toEqual([undefined, 1, 8, 16, 32]);
    expect(modelBatchOptions(200, 50).map((o) => o.value)).toContain(50);
    expect(modelBatchOptions(200, undefined)[0]!.label).toBe('full batch (200)');
  });
});

describe('the MLP architecture', () => {
  it('withHidden clamps widths to 1–32 and layers to 3, and drops the default [16, 16]', () => {
    expect(withHidden({ type: 'mlp' }, [64, 0, 8, 8])).toEqual({ type: 'mlp', hidden: [32, 1, 8] });
    expect(withHidden({ type: 'mlp', hidden: [8] }, [16, 16])).toEqual({ type: 'mlp' });
    expect(withHidden({ type: 'mlp' }, []).hidden).toEqual([16]);
  });

  it('adds a layer as wide as the last, up to 3; removes down to 1', () => {
    expect(addLayer([16, 8])).toEqual([16, 8, 8]);
    expect(addLayer([4, 4, 4])).toEqual([4, 4, 4]);
    expect(removeLayer([16, 8])).toEqual([16]);
    expect(removeLayer([16])).toEqual([16]);
  });

  it('withMlpFields sets activation and init seed, leaving out defaults', () => {
    expect(withMlpFields({ type: 'mlp' }, { activation: 'relu', initSeed: 3 })).toEqual({
      type: 'mlp',
      activation: 'relu',
      initSeed: 3,
    });
    expect(withMlpFields({ type: 'mlp', activation: 'relu' }, { activation: 'tanh' })).toEqual({
      type: 'mlp',
    });
  });

  it('architectureText reads the layers and counts the parameters', () => {
    expect(architectureText([16, 16])).toBe('2-16-16-1 · 337 parameters');
    expect(architectureText([1])).toBe('2-1-1 · 5 parameters');
  });

  it('maxStepsFor keeps steps + 1 points of every parameter within the trajectory limit', () => {
    const steps = maxStepsFor(337);
    expect((steps + 1) * 337).toBeLessThanOrEqual(MAX_TRAJECTORY_VALUES);
    expect((steps + 2) * 337).toBeGreaterThan(MAX_TRAJECTORY_VALUES);
  });
});
