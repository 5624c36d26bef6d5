/**
 * A table classifier's predictions on its held-out parts (src/core/model-insight/
 * table-predictions.ts): on rows whose classes a constructed softmax regression knows exactly,
 * every prediction is right; with a weight flipped, the classes it swaps show in the confusion
 * matrix; on iris the matrix's counts sum to the part's size and its diagonal agrees with the
 * Problem's held-out accuracy at the same θ.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../../src/cli/data-files';
import { confusionMatrix } from '../../../src/core/model-insight/confusion';
import {
  argmaxRows,
  createTablePredictor,
} from '../../../src/core/model-insight/table-predictions';
import {
  createSoftmaxClassifier,
  type SoftmaxClassifierOptions,
} from '../../../src/core/problems/softmax-classifier';
import { initialNetParams } from '../../../src/core/problems/softmax-net';

beforeAll(() => loadDataSets(['iris']));

const base: SoftmaxClassifierOptions = {
  name: 'softmax-regression',
  data: undefined,
  fallbackSet: 'iris',
  split: { validation: 0.25, test: 0.25, seed: 2 },
  hidden: [],
  activation: 'tanh',
  initSeed: null,
  batchSize: undefined,
};

describe('argmaxRows', () => {
  it('takes the first of equal logits, as torch.argmax', () => {
    const logits = Float64Array.from([1, 3, 3, 0, 0, 0, -1, -2, 5]);
    expect(Array.from(argmaxRows(logits, 3, 3))).toEqual([1, 0, 2]);
  });
});

describe('createTablePredictor', () => {
  // Class k's rows have feature k large and the others small: one feature per class. After
  // standardisation feature k is still largest on class k's rows, so W = I, b = 0 is right.
  const points = Array.from({ length: 40 }, (_, i) => {
    const k = i % 3;
    return [...[0, 1, 2].map((j) => (j === k ? 10 + (i % 5) : i % 2)), k];
  });
  const options = { ...base, data: { points } };
  const identity = [1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0];

  it('a model built to be right is right on every held-out row', () => {
    const model = createTablePredictor(options);
    const { labels, predicted, classes } = model.predict('test', Float64Array.from(identity));
    expect(labels.length).toBe(10);
    expect(Array.from(predicted)).toEqual(Array.from(labels));
    const c = confusionMatrix(labels, predicted, classes);
    expect(c.correct).toBe(10);
  });

  it('swapping two classes’ weights swaps them in the matrix', () => {
    const model = createTablePredictor(options);
    // Rows of W swapped for classes 0 and 1: class 0's rows are predicted 1 and the other way.
    const swapped = [0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0];
    const { labels, predicted } = model.predict('validation', Float64Array.from(swapped));
    const c = confusionMatrix(labels, predicted, 3);
    const count = (y: number) => Array.from(labels).filter((l) => l === y).length;
    expect(c.counts[0 * 3 + 1]).toBe(count(0));
    expect(c.counts[1 * 3 + 0]).toBe(count(1));
    expect(c.counts[2 * 3 + 2]).toBe(count(2));
    expect(c.correct).toBe(count(2));
  });

  it('gives the raw features of a table row, not the standardised ones', () => {
    const model = createTablePredictor(options);
    const { rows } = model.predict('test', Float64Array.from(identity));
    expect(Array.from(model.rawFeatures(rows[0]!))).toEqual(points[rows[0]!]!.slice(0, 3));
  });

  it('agrees with the Problem’s held-out accuracy on iris (a trained-like θ)', () => {
    const mlp = { ...base, hidden: [5], initSeed: 4 };
    const params = Float64Array.from(initialNetParams([4, 5, 3], 4));
    const problem = createSoftmaxClassifier(mlp);
    const model = createTablePredictor(mlp);
    for (const part of ['validation', 'test'] as const) {
      const { labels, predicted, classes } = model.predict(part, params);
      const c = confusionMatrix(labels, predicted, classes);
      expect(c.total).toBe(problem.heldOut!.sizes[part]);
      const scores = new Float64Array(2);
      problem.heldOut!.score(part, params, scores);
      expect(c.correct / c.total).toBe(scores[1]);
    }
  });

  it('refuses parameters of another network', () => {
    expect(() => createTablePredictor(options).predict('test', new Float64Array(3))).toThrow(
      /3 parameters/,
    );
  });
});
