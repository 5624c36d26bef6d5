/**
 * The classifiers on tables (src/core/problems/softmax-classifier.ts): the cross-entropy against
 * an independent forward pass, exact gradients against central differences, the Hessian-vector
 * product against differences of the gradient, batches, held-out scores.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../src/cli/data-files';
import { createRng } from '../../src/core/rng';
import {
  createSoftmaxClassifier,
  softmaxClassifierInfo,
  type SoftmaxClassifierOptions,
} from '../../src/core/problems/softmax-classifier';
import { splitTable } from '../../src/core/data/split';
import { tableOfRows } from '../../src/core/data/table';
import type { Problem } from '../../src/core/problems/types';
import { centralDifferences } from './central-differences';

beforeAll(() => loadDataSets(['iris', 'wine']));

/** 30 rows of 5 features in 4 classes, features on different scales (standardisation matters). */
function rows(count = 30, d = 5, classes = 4, seed = 3): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => [
    ...Array.from({ length: d }, (_, j) => (j + 1) * 10 * rng.normal() + j),
    i % classes,
  ]);
}

const options = (extra: Partial<SoftmaxClassifierOptions> = {}): SoftmaxClassifierOptions => ({
  name: 'test',
  data: { points: rows() },
  fallbackSet: 'iris',
  split: { validation: 0.2, test: 0.2, seed: 5 },
  hidden: [6, 5],
  activation: 'tanh',
  initSeed: 2,
  batchSize: undefined,
  ...extra,
});

/** The mean cross-entropy written from PyTorch's definitions, one row at a time. */
function reference(opts: SoftmaxClassifierOptions, params: Float64Array): number {
  const table = tableOfRows(opts.data!.points!);
  const { training } = splitTable(table, opts.split);
  const sizes = [table.d, ...opts.hidden, table.classes];
  let loss = 0;
  for (let p = 0; p < training.m; p++) {
    let x = Array.from(training.x.subarray(p * table.d, (p + 1) * table.d));
    let offset = 0;
    for (let l = 0; l + 1 < sizes.length; l++) {
      const [fanIn, out] = [sizes[l]!, sizes[l + 1]!];
      const biasAt = offset + fanIn * out;
      x = Array.from({ length: out }, (_, r) => {
        let s = params[biasAt + r]!;
        for (let c = 0; c < fanIn; c++) s += params[offset + r * fanIn + c]! * x[c]!;
        if (l + 2 === sizes.length) return s;
        return opts.activation === 'relu' ? Math.max(s, 0) : Math.tanh(s);
      });
      offset = biasAt + out;
    }
    const max = Math.max(...x);
    const lse = max + Math.log(x.reduce((sum, z) => sum + Math.exp(z - max), 0));
    loss += lse - x[training.labels[p]!]!;
  }
  return loss / training.m;
}

const away = (problem: Problem, seed: number) => {
  const rng = createRng(seed);
  return Float64Array.from(problem.info.start, (v) => v + 0.3 * rng.normal());
};

describe('softmax classifiers on a table', () => {
  const CASES: [string, Partial<SoftmaxClassifierOptions>][] = [
    ['softmax regression', { hidden: [], initSeed: null }],
    ['an MLP with tanh', {}],
    ['an MLP with ReLU', { activation: 'relu', hidden: [7] }],
    ['three hidden layers', { hidden: [4, 5, 3] }],
  ];

  for (const [name, extra] of CASES) {
    const opts = options(extra);

    it(`${name}: the loss is the reference cross-entropy over the training rows`, () => {
      const problem = createSoftmaxClassifier(opts);
      const params = away(problem, 1);
      expect(problem.value(params)).toBeCloseTo(reference(opts, params), 12);
    });

    it(`${name}: the gradient agrees with central differences`, () => {
      const problem = createSoftmaxClassifier(opts);
      const params = away(problem, 2);
      const grad = new Float64Array(problem.dim);
      const loss = problem.valueAndGrad(params, grad);
      expect(loss).toBe(problem.value(params));
      const fd = centralDifferences(problem, params);
      const scale = Math.max(...fd.map(Math.abs));
      for (let j = 0; j < problem.dim; j++)
        expect(Math.abs(grad[j]! - fd[j]!)).toBeLessThan(1e-7 * scale);
    });

    it(`${name}: H·v agrees with central differences of the gradient`, () => {
      const problem = createSoftmaxClassifier(opts);
      const params = away(problem, 3);
      const rng = createRng(4);
      const v = Float64Array.from({ length: problem.dim }, () => rng.normal());
      const hvp = problem.createHessianVectorProduct!();
      hvp.at(params);
      const hv = new Float64Array(problem.dim);
      hvp.times(v, hv);
      const h = 1e-5;
      const [up, down] = [new Float64Array(problem.dim), new Float64Array(problem.dim)];
      problem.valueAndGrad(
        params.map((p, i) => p + h * v[i]!),
        up,
      );
      problem.valueAndGrad(
        params.map((p, i) => p - h * v[i]!),
        down,
      );
      const fd = up.map((u, i) => (u - down[i]!) / (2 * h));
      const scale = Math.max(...fd.map(Math.abs));
      expect(scale).toBeGreaterThan(1e-3);
      for (let j = 0; j < problem.dim; j++)
        expect(Math.abs(hv[j]! - fd[j]!)).toBeLessThan(1e-6 * scale);
    });
  }

  it('a mini-batch gradient is the gradient of the loss over its rows, drawn as the epochs go', () => {
    const problem = createSoftmaxClassifier(options({ batchSize: 5 }));
    const training = problem.heldOut!.sizes.training;
    expect(training).toBe(18); // 30 rows: 6 test, 6 validation
    const sample = problem.createBatchGradient!(createRng(9));
    const params = away(problem, 5);
    const grad = new Float64Array(problem.dim);
    const sizes: number[] = [];
    let sum = 0;
    const full = new Float64Array(problem.dim);
    const fullLoss = problem.valueAndGrad(params, full);
    for (let b = 0; b < 4; b++) {
      sample(params, grad);
      // An epoch of 18 rows in batches of 5: 5, 5, 5, 3; the batch means weigh back to the full.
      const m = b < 3 ? 5 : 3;
      sizes.push(m);
      sum += problem.heldOut!.last.loss * m;
    }
    expect(sum / training).toBeCloseTo(fullLoss, 12);
    expect(sizes).toEqual([5, 5, 5, 3]);
    expect(problem.batchGradientOf!(training, createRng(1))).toBeUndefined();
  });

  it('held-out parts are scored and never trained on', () => {
    const opts = options();
    const problem = createSoftmaxClassifier(opts);
    const params = away(problem, 6);
    const out = new Float64Array(2);
    problem.heldOut!.score('validation', params, out);
    expect(out[0]).toBeGreaterThan(0);
    expect(out[1]).toBeGreaterThanOrEqual(0);
    expect(out[1]).toBeLessThanOrEqual(1);
    // Change every held-out row's label: the training loss stays, the validation loss moves.
    const table = tableOfRows(opts.data!.points!);
    const { validation, test } = splitTable(table, opts.split);
    const held = new Set([...validation.rows, ...test.rows]);
    const relabelled = opts.data!.points!.map((row, i) =>
      held.has(i) ? [...row.slice(0, -1), (row.at(-1)! + 1) % 4] : row,
    );
    const other = createSoftmaxClassifier({ ...opts, data: { points: relabelled } });
    expect(other.value(params)).toBe(problem.value(params));
    const otherOut = new Float64Array(2);
    other.heldOut!.score('validation', params, otherOut);
    expect(otherOut[0]).not.toBe(out[0]);
  });

  it('an empty held-out part scores NaN', () => {
    const problem = createSoftmaxClassifier(options({ split: { validation: 0, test: 0 } }));
    const out = new Float64Array(2);
    problem.heldOut!.score('test', Float64Array.from(problem.info.start), out);
    expect([...out]).toEqual([NaN, NaN]);
    expect(problem.heldOut!.sizes).toEqual({ training: 30, validation: 0, test: 0 });
  });

  it('softmax regression starts at θ = 0, where the loss is log K', () => {
    const problem = createSoftmaxClassifier(options({ hidden: [], initSeed: null }));
    expect(problem.info.start.every((v) => v === 0)).toBe(true);
    expect(problem.value(Float64Array.from(problem.info.start))).toBeCloseTo(Math.log(4), 14);
    expect(problem.dim).toBe(5 * 4 + 4);
    expect(problem.layout!.map((g) => g.name)).toEqual(['weight', 'bias']);
  });

  it('a shipped set: iris and wine train from their own sizes; the info needs no data', () => {
    const iris = createSoftmaxClassifier(options({ data: { set: 'iris' }, split: undefined }));
    expect(iris.heldOut!.sizes).toEqual({ training: 120, validation: 15, test: 15 });
    expect(iris.dim).toBe(4 * 6 + 6 + 6 * 5 + 5 + 5 * 3 + 3);
    const wine = options({ data: { set: 'wine' }, hidden: [8] });
    expect(softmaxClassifierInfo(wine).start).toEqual(createSoftmaxClassifier(wine).info.start);
    expect(softmaxClassifierInfo(wine).title).toBe('MLP 13-8-3 (tanh) on wine');
    expect(iris.layout!.map((g) => g.name)).toEqual([
      '0.weight',
      '0.bias',
      '2.weight',
      '2.bias',
      '4.weight',
      '4.bias',
    ]);
  });
});
