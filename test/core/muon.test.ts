/**
 * Muon (src/core/optimizers/muon.ts, newton-schulz.ts) against a float64 transcription of Keller
 * Jordan's reference (github.com/KellerJordan/Muon, muon.py: `zeropower_via_newtonschulz5`,
 * `muon_update`, `adam_update`, `SingleDeviceMuonWithAuxAdam.step`) written here from the
 * reference's description with plain arrays of rows, independent of the app's code; and the
 * properties of the Newton–Schulz iteration the docs state.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../src/cli/data-files';
import { createOptimizer } from '../../src/core/optimizers';
import { newtonSchulz, nsWorkspace } from '../../src/core/optimizers/newton-schulz';
import { buildProblem, type Problem } from '../../src/core/problems';
import { createSoftmaxClassifier } from '../../src/core/problems/softmax-classifier';
import { createRng } from '../../src/core/rng';
import { symmetricEigen } from '../../src/core/linalg';
import type { OptimizerSpec } from '../../src/scenario/types';

type Matrix = number[][];

const matmul = (x: Matrix, y: Matrix): Matrix =>
  x.map((row) =>
    y[0]!.map((_, j) => {
      let s = 0;
      for (let k = 0; k < row.length; k++) s += row[k]! * y[k]![j]!;
      return s;
    }),
  );
const transpose = (x: Matrix): Matrix => x[0]!.map((_, j) => x.map((row) => row[j]!));
/** torch.lerp(a, b, w) in float64 (aten's two branches). */
const torchLerp = (a: number, b: number, w: number) =>
  w < 0.5 ? a + w * (b - a) : b - (b - a) * (1 - w);

/** zeropower_via_newtonschulz5(G, steps), in float64 instead of bfloat16. */
function referenceNs(g: Matrix, steps: number): Matrix {
  const [a, b, c] = [3.4445, -4.775, 2.0315];
  const tall = g.length > g[0]!.length;
  let x = tall ? transpose(g) : g.map((row) => [...row]);
  let norm = 0;
  for (const row of x) for (const v of row) norm += v * v;
  const scale = Math.sqrt(norm) + 1e-7;
  x = x.map((row) => row.map((v) => v / scale));
  for (let s = 0; s < steps; s++) {
    const A = matmul(x, transpose(x));
    const cA = A.map((row) => row.map((v) => c * v));
    const AA = matmul(cA, A); // c * A @ A is (c * A) @ A
    const B = A.map((row, i) => row.map((v, j) => b * v + AA[i]![j]!));
    const BX = matmul(B, x);
    x = x.map((row, i) => row.map((v, j) => a * v + BX[i]![j]!));
  }
  return tall ? transpose(x) : x;
}

interface ReferenceHp {
  lr: number;
  momentum: number;
  nesterov: boolean;
  nsSteps: number;
  weightDecay: number;
  adamLr: number;
}

/**
 * SingleDeviceMuonWithAuxAdam over the problem's parameter tensors: the weight matrices in the
 * Muon group, the biases in an Adam group with betas (0.9, 0.95), eps 1e-10, weight decay 0;
 * each step's lr given (the Adam group's scaled as a torch scheduler scales every group).
 */
function referenceTrajectory(problem: Problem, hp: ReferenceHp, lrs: number[]): number[][] {
  const layout = problem.layout!;
  const theta = [...problem.info.start];
  const grad = new Float64Array(problem.dim);
  const momentum = new Map<number, Matrix>();
  const adam = new Map<number, { m: number[]; v: number[]; step: number }>();
  const points = [theta.slice()];
  for (const lr of lrs) {
    problem.valueAndGrad(Float64Array.from(theta), grad);
    const adamLr = hp.adamLr * (lr / hp.lr);
    for (const group of layout) {
      const { offset, rows, cols } = group;
      if (group.kind === 'weight') {
        const G: Matrix = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => grad[offset + r * cols + c]!),
        );
        const buf = momentum.get(offset) ?? G.map((row) => row.map(() => 0));
        momentum.set(offset, buf);
        const U = G.map((row, r) =>
          row.map((g, c) => {
            buf[r]![c] = torchLerp(buf[r]![c]!, g, 1 - hp.momentum);
            return hp.nesterov ? torchLerp(g, buf[r]![c]!, hp.momentum) : buf[r]![c]!;
          }),
        );
        const O = referenceNs(U, hp.nsSteps);
        const scale = Math.max(1, rows / cols) ** 0.5;
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) {
            const k = offset + r * cols + c;
            theta[k] = theta[k]! * (1 - lr * hp.weightDecay);
            theta[k] = theta[k]! + -lr * (O[r]![c]! * scale);
          }
      } else {
        const state = adam.get(offset) ?? {
          m: new Array(rows).fill(0),
          v: new Array(rows).fill(0),
          step: 0,
        };
        adam.set(offset, state);
        state.step += 1;
        for (let i = 0; i < rows; i++) {
          const g = grad[offset + i]!;
          state.m[i] = torchLerp(state.m[i]!, g, 1 - 0.9);
          state.v[i] = torchLerp(state.v[i]!, g * g, 1 - 0.95);
          const mc = state.m[i]! / (1 - 0.9 ** state.step);
          const vc = state.v[i]! / (1 - 0.95 ** state.step);
          theta[offset + i] = theta[offset + i]! + -adamLr * (mc / (Math.sqrt(vc) + 1e-10));
        }
      }
    }
    points.push(theta.slice());
  }
  return points;
}

/** The app's trajectory: createOptimizer with the problem as its context, stepped by hand. */
function appTrajectory(problem: Problem, spec: OptimizerSpec, lrs: number[]): number[][] {
  const optimizer = createOptimizer(spec, problem.dim, problem);
  const theta = Float64Array.from(problem.info.start);
  const grad = new Float64Array(problem.dim);
  const points = [[...theta]];
  for (const lr of lrs) {
    problem.valueAndGrad(theta, grad);
    optimizer.step(theta, grad, lr);
    points.push([...theta]);
  }
  return points;
}

/** The largest |app − reference| over every point, relative to the reference point's largest entry. */
function worstRelative(app: number[][], reference: number[][]): number {
  let worst = 0;
  reference.forEach((point, k) => {
    const size = Math.max(...point.map(Math.abs)) || 1; // a start at 0 (logistic regression)
    point.forEach((v, i) => (worst = Math.max(worst, Math.abs(app[k]![i]! - v) / size)));
  });
  return worst;
}

const DEFAULTS: ReferenceHp = {
  lr: 0.02,
  momentum: 0.95,
  nesterov: true,
  nsSteps: 5,
  weightDecay: 0,
  adamLr: 3e-4,
};

beforeAll(() => loadDataSets(['digits']));

describe('muon against a float64 transcription of the reference', () => {
  const mlp = buildProblem({ type: 'mlp', data: { generator: 'moons' } });
  const cases: [string, ReferenceHp, (k: number) => number][] = [
    ['defaults, constant lr', DEFAULTS, () => 0.02],
    [
      'no Nesterov, 3 steps, weight decay, adamLr 1e-2, a decaying lr',
      { ...DEFAULTS, nesterov: false, nsSteps: 3, weightDecay: 0.1, adamLr: 1e-2, lr: 0.05 },
      (k) => 0.05 * 0.98 ** k,
    ],
  ];
  for (const [name, hp, lrAt] of cases) {
    it(`the 2 → 16 → 16 → 1 MLP on moons, ${name}: 150 steps within 1e-12`, () => {
      const lrs = Array.from({ length: 150 }, (_, k) => lrAt(k));
      const reference = referenceTrajectory(mlp, hp, lrs);
      const app = appTrajectory(mlp, { type: 'muon', ...hp }, lrs);
      const worst = worstRelative(app, reference);
      expect(worst).toBeLessThanOrEqual(1e-12);
      // It trains: the loss falls.
      expect(mlp.value(Float64Array.from(app[150]!))).toBeLessThan(
        mlp.value(Float64Array.from(app[0]!)) * 0.9,
      );
    });
  }

  it('the digits network (64 → 32 → 10, softmax-mlp): 40 steps within 1e-12', () => {
    const digits = createSoftmaxClassifier({
      name: 'softmax-mlp',
      data: { set: 'digits' },
      fallbackSet: 'digits',
      split: undefined,
      hidden: [32],
      activation: 'relu',
      initSeed: 1,
      batchSize: undefined,
    });
    const lrs = Array.from({ length: 40 }, () => 0.02);
    const reference = referenceTrajectory(digits, DEFAULTS, lrs);
    const app = appTrajectory(digits, { type: 'muon', lr: 0.02 }, lrs);
    expect(worstRelative(app, reference)).toBeLessThanOrEqual(1e-12);
  });

  it('logistic regression: its 1 × 2 weight is a matrix too (scale 1), the bias takes Adam', () => {
    const logistic = buildProblem({ type: 'logistic-regression', data: { generator: 'moons' } });
    const lrs = Array.from({ length: 60 }, () => 0.02);
    const reference = referenceTrajectory(logistic, DEFAULTS, lrs);
    expect(
      worstRelative(appTrajectory(logistic, { type: 'muon', lr: 0.02 }, lrs), reference),
    ).toBeLessThanOrEqual(1e-12);
  });

  it('run() passes the problem’s layout: its trajectory is the hand-stepped one', async () => {
    const { run } = await import('../../src/core/run');
    const [result] = run({
      version: 1,
      problem: { type: 'mlp', data: { generator: 'moons' } },
      start: [...mlp.info.start],
      steps: 30,
      seed: 1,
      optimizers: [{ type: 'muon', lr: 0.02 }],
    });
    const reference = referenceTrajectory(mlp, DEFAULTS, new Array(30).fill(0.02));
    const last = Array.from(result!.trajectory.subarray(30 * mlp.dim));
    expect(worstRelative([last], [reference[30]!])).toBeLessThanOrEqual(1e-12);
  });
});

/** A rows × cols matrix with entries N(0, 1) from a seeded generator. */
function gaussian(rows: number, cols: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: rows * cols }, () => rng.normal());
}

/** The singular values of a rows × cols matrix: √ of the eigenvalues of its small Gram matrix. */
function singularValues(x: Float64Array, rows: number, cols: number): number[] {
  const n = Math.min(rows, cols);
  const gram = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      if (rows <= cols) for (let k = 0; k < cols; k++) s += x[i * cols + k]! * x[j * cols + k]!;
      else for (let k = 0; k < rows; k++) s += x[k * cols + i]! * x[k * cols + j]!;
      gram[i * n + j] = s;
    }
  return symmetricEigen(gram, n).values.map((v) => Math.sqrt(Math.max(v, 0)));
}

const ns = (g: Float64Array, rows: number, cols: number, steps = 5) => {
  const out = new Float64Array(rows * cols);
  newtonSchulz(g, 0, rows, cols, steps, nsWorkspace(rows, cols), out);
  return out;
};

describe('Newton–Schulz (NS5)', () => {
  /**
   * The quintic p(σ) = aσ + bσ³ + cσ⁵ maps every σ in [0.02, 1] into [0.6818, 1.2024] within 5
   * steps (and no further: 0.6818 is where the band settles); the singular values of G/‖G‖_F lie
   * in (0, 1], so each one from 0.02 up ends there.
   */
  it('pushes the singular values of Gaussian (rectangular, so well-conditioned) matrices into [0.68, 1.21] after 5 steps', () => {
    for (const [rows, cols, seed] of [
      [12, 40, 1],
      [8, 32, 2],
      [32, 8, 3],
      [10, 64, 4],
    ] as const) {
      const g = gaussian(rows, cols, seed);
      const before = singularValues(g, rows, cols);
      const after = singularValues(ns(g, rows, cols), rows, cols);
      const frobenius = Math.hypot(...g);
      // Before: spread over a wide range (the Gaussian's condition number), each ≥ 0.02·‖G‖_F;
      // after: all near 1.
      expect(before[0]! / before[before.length - 1]!).toBeGreaterThan(2);
      expect(before[before.length - 1]! / frobenius).toBeGreaterThan(0.02);
      for (const s of after) {
        expect(s).toBeGreaterThan(0.68);
        expect(s).toBeLessThan(1.21);
      }
    }
  });

  it('keeps the singular vectors: NS(G) = U·S′·Vᵀ, so NS(G)ᵀ·G is symmetric positive definite', () => {
    const g = gaussian(6, 9, 5);
    const o = ns(g, 6, 9);
    const m = new Float64Array(81);
    for (let i = 0; i < 9; i++)
      for (let j = 0; j < 9; j++) {
        let s = 0;
        for (let k = 0; k < 6; k++) s += o[k * 9 + i]! * g[k * 9 + j]!;
        m[i * 9 + j] = s;
      }
    for (let i = 0; i < 9; i++)
      for (let j = 0; j < 9; j++) expect(m[i * 9 + j]).toBeCloseTo(m[j * 9 + i]!, 12);
    expect(Math.min(...symmetricEigen(m, 9).values)).toBeGreaterThan(-1e-12);
  });

  it('transposes a matrix with more rows than columns: NS(G) is NS(Gᵀ)ᵀ exactly', () => {
    const [rows, cols] = [12, 5];
    const g = gaussian(rows, cols, 6);
    const gt = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) gt[c * rows + r] = g[r * cols + c]!;
    const o = ns(g, rows, cols);
    const ot = ns(gt, cols, rows);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) expect(o[r * cols + c]).toBe(ot[c * rows + r]);
    // The work matrices are 5 × 5 and 5 × 12: the small Gram matrix.
    const work = nsWorkspace(rows, cols);
    expect([work.p, work.q, work.a.length]).toEqual([5, 12, 25]);
  });

  it('leaves a zero matrix zero (the 1e-7 in the norm), and matches the transcription', () => {
    expect([...ns(new Float64Array(6), 2, 3)]).toEqual([0, 0, 0, 0, 0, 0]);
    const g = gaussian(7, 3, 8);
    const reference = referenceNs(
      Array.from({ length: 7 }, (_, r) => Array.from(g.subarray(r * 3, r * 3 + 3))),
      5,
    ).flat();
    const o = ns(g, 7, 3);
    reference.forEach((v, k) => expect(Math.abs(o[k]! - v)).toBeLessThanOrEqual(1e-15));
  });

  it('keeps PyTorch-named state; without a layout every coordinate takes the auxiliary Adam', () => {
    const mlp = buildProblem({ type: 'mlp', data: { generator: 'moons' } });
    const optimizer = createOptimizer({ type: 'muon', lr: 0.02 }, mlp.dim, mlp);
    const theta = Float64Array.from(mlp.info.start);
    const grad = new Float64Array(mlp.dim);
    mlp.valueAndGrad(theta, grad);
    optimizer.step(theta, grad, 0.02);
    const buffers = optimizer.snapshot().buffers;
    expect(Object.keys(buffers).sort()).toEqual([
      'exp_avg',
      'exp_avg_sq',
      'momentum_buffer',
      'update',
    ]);
    // Without a layout (θ one vector) every coordinate takes the auxiliary Adam.
    const plain = createOptimizer({ type: 'muon', lr: 0.02, adamLr: 0.1 }, 2, {});
    const p = Float64Array.of(1, 2);
    plain.step(p, Float64Array.of(2, 4), 0.02);
    expect(p[0]).toBeCloseTo(1 - 0.1, 8);
    expect(p[1]).toBeCloseTo(2 - 0.1, 8);
  });
});

describe('the step inspector on Muon', () => {
  it('explains a network’s step: θ(1 − αλ) − α·O on the matrices, −αₐ·O on the biases', async () => {
    const { inspectStep } = await import('../../src/core/inspect');
    const mlp = buildProblem({ type: 'mlp', hidden: [8], data: { generator: 'moons' } });
    const scenario = {
      version: 1 as const,
      problem: { type: 'mlp' as const, hidden: [8], data: { generator: 'moons' as const } },
      start: [...mlp.info.start],
      steps: 10,
      seed: 1,
      optimizers: [
        {
          type: 'muon' as const,
          lr: 0.05,
          weightDecay: 0.1,
          adamLr: 0.01,
          schedule: { type: 'exponential' as const, gamma: 0.9 },
        },
      ],
    };
    const ins = inspectStep(scenario, 0, 6)!;
    const matrix = new Set<number>();
    for (const g of mlp.layout!)
      if (g.kind === 'weight') for (let k = 0; k < g.rows * g.cols; k++) matrix.add(g.offset + k);
    const { vectors, scalars } = ins.derived;
    expect(scalars.auxLr).toBeCloseTo(0.01 * 0.9 ** 6, 15);
    ins.theta.forEach((theta, i) => {
      const rebuilt = matrix.has(i)
        ? theta * (1 - ins.lr * 0.1) - ins.lr * vectors.muonUpdate![i]! - theta
        : -scalars.auxLr! * vectors.muonUpdate![i]!;
      expect(Math.abs(rebuilt - ins.delta[i]!)).toBeLessThanOrEqual(
        1e-15 + 1e-12 * Math.abs(ins.delta[i]!),
      );
    });
    // U is (1 − μ)·g + μ·b on the matrices, 0 elsewhere.
    for (const i of [0, 5]) expect(matrix.has(i)).toBe(true);
    expect(vectors.muonDirection![0]).toBeCloseTo(
      0.05 * ins.gradUsed[0]! + 0.95 * vectors.buf![0]!,
      15,
    );
  });
});
