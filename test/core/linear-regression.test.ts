import { describe, expect, it } from 'vitest';
import {
  createLinearRegression,
  generateLinearData,
  leastSquares,
  LINEAR_DATA_DEFAULTS,
} from '../../src/core/problems/linear-regression';
import { createRng } from '../../src/core/rng';
import { run } from '../../src/core/run';
import type { Scenario } from '../../src/scenario/types';

const recipe = LINEAR_DATA_DEFAULTS;

describe('the linear-regression worked example', () => {
  it('generates a seeded dataset around y = 2x + 1 with x in [0, 2]', () => {
    const { xs, ys } = generateLinearData(recipe);
    expect(xs).toHaveLength(100);
    expect(Array.from(generateLinearData(recipe).ys)).toEqual(Array.from(ys));
    expect(Array.from(generateLinearData({ ...recipe, seed: 2 }).ys)).not.toEqual(Array.from(ys));
    for (const x of xs) expect(x >= 0 && x < 2).toBe(true);
    const residuals = Array.from(xs, (x, i) => ys[i]! - (2 * x + 1));
    const sd = Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / residuals.length);
    expect(sd).toBeGreaterThan(0.35);
    expect(sd).toBeLessThan(0.65);
  });

  it('has the MSE gradient: equal to central differences', () => {
    const problem = createLinearRegression(recipe);
    const grad = new Float64Array(2);
    for (const [w, b] of [
      [0, 0],
      [-1, 3],
      [2.5, 0.7],
    ] as const) {
      problem.valueAndGrad(Float64Array.of(w, b), grad);
      const h = 1e-6;
      const dw =
        (problem.value(Float64Array.of(w + h, b)) - problem.value(Float64Array.of(w - h, b))) /
        (2 * h);
      const db =
        (problem.value(Float64Array.of(w, b + h)) - problem.value(Float64Array.of(w, b - h))) /
        (2 * h);
      expect(grad[0]).toBeCloseTo(dw, 6);
      expect(grad[1]).toBeCloseTo(db, 6);
    }
  });

  it('marks the least-squares solution as its minimum, with zero gradient there', () => {
    const problem = createLinearRegression(recipe);
    const [min] = problem.info.minima;
    const grad = new Float64Array(2);
    problem.valueAndGrad(Float64Array.from(min!.point), grad);
    expect(Math.hypot(grad[0]!, grad[1]!)).toBeLessThan(1e-12);
    expect(min!.point[0]).toBeCloseTo(2, 0);
    expect(min!.point[1]).toBeCloseTo(1, 0);
  });

  it('recovers w ≈ 2 and b ≈ 1 with gradient descent and with Adam', () => {
    const scenario: Scenario = {
      version: 1,
      problem: { type: 'linear-regression' },
      start: [-1, -2],
      steps: 3000,
      seed: 1,
      optimizers: [
        { type: 'gd', lr: 0.1 },
        { type: 'adam', lr: 0.05 },
      ],
    };
    const best = leastSquares(generateLinearData(recipe));
    for (const result of run(scenario)) {
      const w = result.trajectory[2 * 3000]!;
      const b = result.trajectory[2 * 3000 + 1]!;
      expect(w).toBeCloseTo(best.w, 3);
      expect(b).toBeCloseTo(best.b, 3);
      expect(Math.abs(w - 2)).toBeLessThan(0.25);
      expect(Math.abs(b - 1)).toBeLessThan(0.25);
    }
  });

  it('draws mini-batches in a seeded shuffled order that covers each point once per epoch', () => {
    const problem = createLinearRegression({ ...recipe, n: 10 }, 4);
    const sampler = problem.createBatchGradient!(createRng(1));
    const full = new Float64Array(2);
    const params = Float64Array.of(0.3, -0.2);
    problem.valueAndGrad(params, full);
    // An epoch of batches 4, 4, 2: their size-weighted mean gradient is the full gradient.
    const sum: [number, number] = [0, 0];
    for (const size of [4, 4, 2]) {
      const g = new Float64Array(2);
      sampler(params, g);
      sum[0] += (g[0]! * size) / 10;
      sum[1] += (g[1]! * size) / 10;
    }
    expect(sum[0]).toBeCloseTo(full[0]!, 12);
    expect(sum[1]).toBeCloseTo(full[1]!, 12);
  });

  it('makes mini-batch runs noisy but reproducible, and reports the full-data loss', () => {
    const scenario: Scenario = {
      version: 1,
      problem: { type: 'linear-regression', batchSize: 10 },
      start: [-1, -2],
      steps: 300,
      seed: 4,
      optimizers: [{ type: 'gd', lr: 0.1 }],
    };
    const [a] = run(scenario);
    const [b] = run(scenario);
    const [fullBatch] = run({ ...scenario, problem: { type: 'linear-regression' } });
    expect(Array.from(a!.trajectory)).toEqual(Array.from(b!.trajectory));
    expect(Array.from(a!.trajectory)).not.toEqual(Array.from(fullBatch!.trajectory));
    const problem = createLinearRegression(recipe);
    expect(a!.loss[300]).toBe(problem.value(a!.trajectory.subarray(600, 602)));
    expect(a!.loss[300]).toBeLessThan(0.5);
  });
});
