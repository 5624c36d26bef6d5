import { describe, expect, it } from 'vitest';
import {
  createLinearRegression,
  generateLinearData,
  LINEAR_DATA_DEFAULTS,
} from '../../src/core/problems/linear-regression';
import { createLogisticRegression } from '../../src/core/problems/logistic-regression';
import {
  bceWithLogits,
  createBatchOrder,
  MODEL_BOUNDS,
  sigmoid,
  softplus,
} from '../../src/core/problems/models';
import { createRng } from '../../src/core/rng';
import { runOptimizer } from '../../src/core/run';
import { centralDifferences } from './central-differences';

describe('the binary cross-entropy helpers', () => {
  it('softplus and sigmoid stay finite and exact far out, where the naive forms overflow', () => {
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(softplus(-40)).toBeCloseTo(Math.exp(-40), 30); // log1p keeps the tiny value
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(0)).toBe(0.5);
    expect(bceWithLogits(3, 1)).toBeCloseTo(-Math.log(sigmoid(3)), 14);
    expect(bceWithLogits(3, 0)).toBeCloseTo(-Math.log(1 - sigmoid(3)), 14);
  });
});

describe('createLogisticRegression(spec)', () => {
  const problem = createLogisticRegression({ type: 'logistic-regression' });

  it('is nn.Linear(2, 1) on 200 blobs: dim 3, start 0 with loss log 2, bounds and layout', () => {
    expect(problem.dim).toBe(3);
    expect(problem.info.start).toEqual([0, 0, 0]);
    expect(problem.value(new Float64Array(3))).toBeCloseTo(Math.LN2, 14);
    expect(problem.info.title).toBe('Logistic regression on blobs');
    expect(problem.info.axes).toEqual(['direction 1', 'direction 2']);
    expect(problem.info.minima).toEqual([]);
    expect(problem.info.fMin).toBeNull();
    expect(problem.bounds).toEqual(MODEL_BOUNDS);
    expect(problem.layout).toEqual([
      { name: 'weight', kind: 'weight', offset: 0, rows: 1, cols: 2 },
      { name: 'bias', kind: 'bias', offset: 2, rows: 1, cols: 1 },
    ]);
    expect(problem.classifier!.data.labels).toHaveLength(200);
    expect(problem.createBatchGradient).toBeUndefined();
  });

  it('has the exact gradient: equal to central differences at random θ', () => {
    const rng = createRng(7);
    const grad = new Float64Array(3);
    for (let trial = 0; trial < 25; trial++) {
      const params = Float64Array.from({ length: 3 }, () => 4 * rng.normal());
      const f = problem.valueAndGrad(params, grad);
      expect(f).toBeCloseTo(problem.value(params), 12);
      const fd = centralDifferences(problem, params);
      // Central differences at h = 1e-6 are good to ~1e-8 here (truncation h², rounding ε/h).
      for (let j = 0; j < 3; j++) expect(Math.abs(grad[j]! - fd[j]!)).toBeLessThan(1e-7);
    }
  });

  it('stays finite at huge logits, where the loss grows like |z|', () => {
    const grad = new Float64Array(3);
    const params = Float64Array.of(1e4, -1e4, 0);
    const f = problem.valueAndGrad(params, grad);
    expect(Number.isFinite(f)).toBe(true);
    expect(f).toBeGreaterThan(100);
    for (const g of grad) expect(Number.isFinite(g)).toBe(true);
  });

  it('reaches more than 90% accuracy on blobs with Adam in 300 steps (it starts at chance)', () => {
    const settings = {
      start: problem.info.start,
      steps: 300,
      seed: 1,
      noise: 0,
      bounds: MODEL_BOUNDS,
    };
    const result = runOptimizer(problem, { type: 'adam', lr: 0.05 }, settings);
    expect(result.divergedAt).toBeNull();
    expect(result.loss[300]).toBeLessThan(0.2);
    const final = result.trajectory.slice(300 * 3);
    expect(problem.classifier!.accuracy(new Float64Array(3))).toBe(0.5); // σ(0) = ½ predicts 1
    expect(problem.classifier!.accuracy(final)).toBeGreaterThan(0.9);
  });

  it('mini-batch gradients, weighted by batch size, average to the full gradient over an epoch', () => {
    const batched = createLogisticRegression({ type: 'logistic-regression', batchSize: 64 });
    const sample = batched.createBatchGradient!(createRng(3));
    const params = Float64Array.of(0.3, -0.7, 0.2);
    const full = new Float64Array(3);
    batched.valueAndGrad(params, full);
    const sum = new Float64Array(3);
    const grad = new Float64Array(3);
    for (const size of [64, 64, 64, 8]) {
      sample(params, grad);
      for (let j = 0; j < 3; j++) sum[j]! += (grad[j]! * size) / 200;
    }
    for (let j = 0; j < 3; j++) expect(sum[j]).toBeCloseTo(full[j]!, 12);
    // and a batch is not the full gradient
    sample(params, grad);
    expect(Math.abs(grad[0]! - full[0]!)).toBeGreaterThan(1e-6);
  });

  it('names inline points "your data" and trains on them', () => {
    const own = createLogisticRegression({
      type: 'logistic-regression',
      data: {
        points: [
          [0, 0, 0],
          [1, 0, 1],
          [0, 1, 0],
          [1, 1, 1],
        ],
      },
    });
    expect(own.info.title).toBe('Logistic regression on your data');
    expect(own.classifier!.accuracy(Float64Array.of(10, 0, -5))).toBe(1);
    expect(own.classifier!.accuracy(Float64Array.of(-10, 0, 5))).toBe(0);
  });

  it('lays out its probability grid as a Surface: row 0 at the top, cell centres', () => {
    const view = { x: [-1, 1], y: [-1, 1] } as const;
    const grid = problem.classifier!.probabilityGrid(Float64Array.of(0, 2, 0), view, 4, 2);
    expect(grid).toHaveLength(8);
    expect(grid[0]).toBeCloseTo(sigmoid(1), 14); // top row: x₂ = 0.5
    expect(grid[4]).toBeCloseTo(sigmoid(-1), 14); // bottom row: x₂ = −0.5
    const byX = problem.classifier!.probabilityGrid(Float64Array.of(1, 0, 0), view, 4, 1);
    expect(Array.from(byX)).toEqual([-0.75, -0.25, 0.25, 0.75].map(sigmoid));
  });
});

describe('createBatchOrder(n, batchSize, rng)', () => {
  it('visits every point once per epoch in consecutive batches, the last one smaller', () => {
    const batches = createBatchOrder(10, 4, createRng(5));
    for (let epoch = 0; epoch < 3; epoch++) {
      const seen: number[] = [];
      const sizes: number[] = [];
      for (let b = 0; b < 3; b++) {
        batches.next();
        sizes.push(batches.end - batches.begin);
        seen.push(...batches.order.slice(batches.begin, batches.end));
      }
      expect(sizes).toEqual([4, 4, 2]);
      expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('draws the same batches as linear regression’s sampler for the same generator', () => {
    const recipe = LINEAR_DATA_DEFAULTS;
    const { xs, ys } = generateLinearData(recipe);
    const sample = createLinearRegression(recipe, 16).createBatchGradient!(createRng(9));
    const batches = createBatchOrder(xs.length, 16, createRng(9));
    const [w, b] = [0.5, -0.25];
    const grad = new Float64Array(2);
    for (let step = 0; step < 20; step++) {
      sample(Float64Array.of(w, b), grad);
      batches.next();
      let gw = 0;
      let gb = 0;
      for (let k = batches.begin; k < batches.end; k++) {
        const i = batches.order[k]!;
        const r = w * xs[i]! + b - ys[i]!;
        gw += r * xs[i]!;
        gb += r;
      }
      const size = batches.end - batches.begin;
      expect(grad[0]).toBe((2 * gw) / size);
      expect(grad[1]).toBe((2 * gb) / size);
    }
  });
});
