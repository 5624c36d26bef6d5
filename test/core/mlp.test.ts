import { describe, expect, it } from 'vitest';
import { classificationData } from '../../src/core/problems/datasets';
import {
  createMlp,
  fastTanh,
  initialMlpParams,
  mlpLayout,
  mlpParamCount,
  type MlpSpec,
} from '../../src/core/problems/mlp';
import { MODEL_BOUNDS, softplus } from '../../src/core/problems/models';
import type { Problem } from '../../src/core/problems/types';
import { createRng } from '../../src/core/rng';
import { runOptimizer } from '../../src/core/run';
import { centralDifferences } from './central-differences';

/**
 * An independent forward pass, one point at a time, written from PyTorch's definitions:
 * nn.Linear computes y = x·Wᵀ + b with W of shape (out, in), i.e. yᵣ = bᵣ + Σ_c W[r][c]·x_c.
 * Returns the mean BCE and the smallest |pre-activation| of a hidden unit (distance to a kink).
 */
function reference(spec: MlpSpec, params: Float64Array): { loss: number; nearestKink: number } {
  const hidden = spec.hidden ?? [16, 16];
  const sizes = [2, ...hidden, 1];
  const data = classificationData(spec.data, 'moons');
  let loss = 0;
  let nearestKink = Infinity;
  for (let i = 0; i < data.labels.length; i++) {
    let x = [data.x1[i]!, data.x2[i]!];
    let offset = 0;
    for (let l = 0; l + 1 < sizes.length; l++) {
      const [fanIn, out] = [sizes[l]!, sizes[l + 1]!];
      const biasAt = offset + fanIn * out;
      const y: number[] = [];
      for (let r = 0; r < out; r++) {
        let s = params[biasAt + r]!;
        for (let c = 0; c < fanIn; c++) s += params[offset + r * fanIn + c]! * x[c]!;
        const last = l + 2 === sizes.length;
        if (!last) nearestKink = Math.min(nearestKink, Math.abs(s));
        y.push(last ? s : spec.activation === 'relu' ? Math.max(s, 0) : Math.tanh(s));
      }
      offset = biasAt + out;
      x = y;
    }
    const z = x[0]!;
    loss += softplus(z) - data.labels[i]! * z;
  }
  return { loss: loss / data.labels.length, nearestKink };
}

const ARCHITECTURES = [[3], [16, 16], [5, 4, 3]];

/** Adam at lr 0.01 for 1000 steps from the problem's own start, seed 1, no noise. */
const adamFor1000Steps = (problem: Problem) =>
  runOptimizer(
    problem,
    { type: 'adam', lr: 0.01 },
    {
      start: problem.info.start,
      steps: 1000,
      seed: 1,
      noise: 0,
      bounds: MODEL_BOUNDS,
    },
  );

describe('the MLP parameter vector (PyTorch nn.Sequential state_dict order)', () => {
  it('counts Σ(in·out + out) parameters', () => {
    expect(mlpParamCount([])).toBe(3);
    expect(mlpParamCount([4])).toBe(2 * 4 + 4 + 4 + 1);
    expect(mlpParamCount([16, 16])).toBe(337);
    expect(mlpParamCount([32, 32, 32])).toBe(96 + 1056 + 1056 + 33);
  });

  it('lays θ out per Linear as weight (out × in) then bias, named as the state_dict', () => {
    const layout = mlpLayout([16, 8]);
    expect(layout.map((g) => [g.name, g.offset, g.rows, g.cols])).toEqual([
      ['0.weight', 0, 16, 2],
      ['0.bias', 32, 16, 1],
      ['2.weight', 48, 8, 16],
      ['2.bias', 176, 8, 1],
      ['4.weight', 184, 1, 8],
      ['4.bias', 192, 1, 1],
    ]);
    const last = layout[layout.length - 1]!;
    expect(last.offset + last.rows * last.cols).toBe(mlpParamCount([16, 8]));
  });

  it('starts from nn.Linear’s default init: U(−1/√fan_in, 1/√fan_in), seeded', () => {
    const params = initialMlpParams([16, 16], 1);
    expect(params).toHaveLength(337);
    expect(initialMlpParams([16, 16], 1)).toEqual(params);
    expect(initialMlpParams([16, 16], 2)).not.toEqual(params);
    for (const group of mlpLayout([16, 16])) {
      const fanIn = group.kind === 'weight' ? group.cols : group.name === '0.bias' ? 2 : 16;
      const bound = 1 / Math.sqrt(fanIn);
      const block = params.slice(group.offset, group.offset + group.rows * group.cols);
      for (const v of block) expect(Math.abs(v)).toBeLessThan(bound);
      // Uniform over the whole interval, not a narrower one: the block's spread nears the bound.
      if (block.length >= 16) expect(Math.max(...block.map(Math.abs))).toBeGreaterThan(0.7 * bound);
    }
  });
});

describe('createMlp(spec)', () => {
  it('defaults to 2-16-16-1 tanh on 200 moons, from initialMlpParams([16, 16], 1)', () => {
    const problem = createMlp({ type: 'mlp' });
    expect(problem.dim).toBe(337);
    expect(problem.info.start).toEqual(initialMlpParams([16, 16], 1));
    expect(problem.info.title).toBe('MLP 2-16-16-1 (tanh) on moons');
    expect(problem.info.axes).toEqual(['direction 1', 'direction 2']);
    expect(problem.bounds).toEqual(MODEL_BOUNDS);
    expect(problem.layout).toEqual(mlpLayout([16, 16]));
    expect(problem.classifier!.data.labels).toHaveLength(200);
  });

  it('computes the loss of an independent per-point forward pass', () => {
    for (const hidden of ARCHITECTURES) {
      for (const activation of ['tanh', 'relu'] as const) {
        const spec: MlpSpec = { type: 'mlp', hidden, activation, data: { generator: 'circles' } };
        const problem = createMlp(spec);
        const params = Float64Array.from(initialMlpParams(hidden, 4));
        const expected = reference(spec, params).loss;
        expect(problem.value(params)).toBeCloseTo(expected, 12);
        expect(problem.valueAndGrad(params, new Float64Array(problem.dim))).toBeCloseTo(
          expected,
          12,
        );
      }
    }
  });

  it('has the exact gradient: equal to central differences (tanh and ReLU away from kinks)', () => {
    const rng = createRng(11);
    const h = 1e-6;
    for (const hidden of ARCHITECTURES) {
      for (const activation of ['tanh', 'relu'] as const) {
        const spec: MlpSpec = { type: 'mlp', hidden, activation, data: { n: 40 } };
        const problem = createMlp(spec);
        const grad = new Float64Array(problem.dim);
        let checked = 0;
        for (let trial = 0; checked < 3 && trial < 50; trial++) {
          const params = Float64Array.from({ length: problem.dim }, () => 0.8 * rng.normal());
          // A ReLU unit within h·(‖x‖+1)·‖θ‖-ish of 0 could cross its kink between the two
          // probes; 1e-3 is far beyond that, so these θ see a smooth function.
          if (activation === 'relu' && reference(spec, params).nearestKink < 1e-3) continue;
          checked++;
          problem.valueAndGrad(params, grad);
          const fd = centralDifferences(problem, params, h);
          for (let j = 0; j < problem.dim; j++) {
            // Truncation h²·f‴ and rounding ε·f/h are both near 1e-10 here; 1e-7 leaves room
            // and still catches any wrong term (they are of the size of the gradient, ≳ 1e-4).
            expect(Math.abs(grad[j]! - fd[j]!)).toBeLessThan(1e-7 * (1 + Math.abs(fd[j]!)));
          }
        }
        expect(checked).toBe(3);
      }
    }
  });

  it('allocates nothing in valueAndGrad, overwrites all of grad and gives the same values twice', () => {
    const problem = createMlp({ type: 'mlp', hidden: [8, 8], batchSize: 50 });
    const params = Float64Array.from(problem.info.start);
    const first = new Float64Array(problem.dim).fill(NaN);
    const second = new Float64Array(problem.dim).fill(NaN);
    const sample = problem.createBatchGradient!(createRng(1));
    const batch = new Float64Array(problem.dim);
    const real = globalThis.Float64Array;
    let constructed = 0;
    globalThis.Float64Array = new Proxy(real, {
      construct(target, args) {
        constructed++;
        return Reflect.construct(target, args) as object;
      },
    });
    let f1: number;
    let f2: number;
    try {
      f1 = problem.valueAndGrad(params, first);
      problem.value(Float64Array.prototype.map.call(params, (v: number) => v * 2) as Float64Array);
      sample(params, batch);
      f2 = problem.valueAndGrad(params, second);
    } finally {
      globalThis.Float64Array = real;
    }
    // The one construction is the test's own `map` above, which makes a new array.
    expect(constructed).toBeLessThanOrEqual(1);
    expect(f2).toBe(f1);
    expect(Array.from(second)).toEqual(Array.from(first));
    for (const g of first) expect(Number.isFinite(g)).toBe(true);
  });

  it('mini-batch gradients, weighted by batch size, average to the full gradient over an epoch', () => {
    const problem = createMlp({ type: 'mlp', hidden: [6], activation: 'tanh', batchSize: 64 });
    const sample = problem.createBatchGradient!(createRng(2));
    const params = Float64Array.from(problem.info.start);
    const full = new Float64Array(problem.dim);
    problem.valueAndGrad(params, full);
    const sum = new Float64Array(problem.dim);
    const grad = new Float64Array(problem.dim);
    for (const size of [64, 64, 64, 8]) {
      sample(params, grad);
      for (let j = 0; j < problem.dim; j++) sum[j] = sum[j]! + (grad[j]! * size) / 200;
    }
    for (let j = 0; j < problem.dim; j++) expect(sum[j]).toBeCloseTo(full[j]!, 12);
  });

  it('reaches more than 95% accuracy on moons, 2-16-16-1 tanh, Adam lr 0.01, 1000 steps', () => {
    const problem = createMlp({ type: 'mlp' });
    const result = adamFor1000Steps(problem);
    expect(result.divergedAt).toBeNull();
    const start = Float64Array.from(problem.info.start);
    const final = result.trajectory.slice(1000 * problem.dim);
    expect(problem.classifier!.accuracy(start)).toBeLessThan(0.9);
    expect(problem.classifier!.accuracy(final)).toBeGreaterThan(0.95);
    expect(result.loss[1000]).toBeLessThan(0.1 * result.loss[0]!);
  });

  it('also trains with ReLU and with mini-batches (moons, Adam, 1000 steps)', () => {
    for (const spec of [
      { type: 'mlp', activation: 'relu' },
      { type: 'mlp', batchSize: 32 },
    ] satisfies MlpSpec[]) {
      const problem = createMlp(spec);
      const result = adamFor1000Steps(problem);
      const final = result.trajectory.slice(1000 * problem.dim);
      expect(problem.classifier!.accuracy(final)).toBeGreaterThan(0.95);
    }
  });

  it('gives p = σ(logit) on its probability grid, between 0 and 1, matching accuracy', () => {
    const problem = createMlp({ type: 'mlp', hidden: [4] });
    const params = Float64Array.from(problem.info.start);
    const grid = problem.classifier!.probabilityGrid(params, problem.classifier!.dataView, 30, 20);
    expect(grid).toHaveLength(600);
    for (const p of grid) expect(p > 0 && p < 1).toBe(true);
  });
});

describe('fastTanh(x)', () => {
  it('agrees with Math.tanh to a few ulps, and is ±1 far out', () => {
    const rng = createRng(3);
    for (let k = 0; k < 10000; k++) {
      const x = 6 * rng.normal() * rng.uniform() ** 3;
      const t = Math.tanh(x);
      expect(Math.abs(fastTanh(x) - t)).toBeLessThanOrEqual(1e-15 * Math.abs(t) + 1e-300);
    }
    expect(fastTanh(0)).toBe(0);
    expect(fastTanh(1e-300)).toBe(1e-300);
    expect(fastTanh(800)).toBe(1);
    expect(fastTanh(-800)).toBe(-1);
  });
});
