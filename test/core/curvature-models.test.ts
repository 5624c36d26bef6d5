/**
 * Curvature of models (issue 20; src/core/curvature, src/core/problems/mlp-hvp.ts): the exact
 * Hessian-vector products against central differences of the exact gradients on random small
 * networks, the dense Hessian they give (symmetric, against differences), and the Lanczos
 * method's top eigenvalues against the dense Hessian's (cyclic Jacobi) for networks of at most
 * 100 parameters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLanczos } from '../../src/core/curvature/lanczos';
import {
  denseEigenvalues,
  jacobiEigenvalues,
  tridiagonalEigen,
} from '../../src/core/curvature/symmetric-eigen';
import { hessian2Of } from '../../src/core/curvature/hessian2';
import { buildProblem, type Problem } from '../../src/core/problems';
import { createRng } from '../../src/core/rng';
import type { ProblemSpec } from '../../src/kinds/registry';
import { denseHessian } from './dense-hessian';

/** A random MLP spec of at most ~100 parameters with its data. */
const mlpSpec = fc.record({
  hidden: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 2 }),
  activation: fc.constantFrom('tanh' as const, 'relu' as const),
  n: fc.integer({ min: 4, max: 40 }),
  generator: fc.constantFrom('moons' as const, 'blobs' as const, 'xor' as const),
  seed: fc.integer({ min: 0, max: 1000 }),
});

type MlpArbitrary = typeof mlpSpec extends fc.Arbitrary<infer T> ? T : never;

function mlpOf({ hidden, activation, n, generator, seed }: MlpArbitrary): Problem {
  return buildProblem({ type: 'mlp', hidden, activation, data: { generator, n, seed } });
}

/** A random point near the problem's start (its scale) and a random unit-scale vector. */
function randomPoint(problem: Problem, seed: number, spread = 1): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from(problem.info.start, (v) => v + spread * rng.normal());
}

/** A random unit vector. */
function randomVector(dim: number, seed: number): Float64Array {
  const rng = createRng(seed + 7919);
  const v = Float64Array.from({ length: dim }, () => rng.normal());
  const length = Math.hypot(...v);
  return v.map((x) => x / length);
}

/** (∇f(θ + hv) − ∇f(θ − hv))/(2h). */
function differencedProduct(problem: Problem, theta: Float64Array, v: Float64Array, h: number) {
  const plus = new Float64Array(problem.dim);
  const minus = new Float64Array(problem.dim);
  problem.valueAndGrad(
    theta.map((t, i) => t + h * v[i]!),
    plus,
  );
  problem.valueAndGrad(
    theta.map((t, i) => t - h * v[i]!),
    minus,
  );
  return plus.map((p, i) => (p - minus[i]!) / (2 * h));
}

const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));

/**
 * The central difference along a unit v errs by h²/6·‖∇³f‖ (truncation) plus about ε‖∇f‖/h
 * (rounding); at h = 1e-5 both are below 1e-7 of ‖Hv‖ + ‖∇f‖ on these networks (the error
 * falls as h² from 1e-3 to 1e-6, the mark of truncation, not of a wrong product), so 1e-6 is a
 * margin of ten.
 */
function productError(problem: Problem, theta: Float64Array, v: Float64Array, h = 1e-5): number {
  const hvp = problem.createHessianVectorProduct!();
  hvp.at(theta);
  const exact = new Float64Array(problem.dim);
  hvp.times(v, exact);
  const differenced = differencedProduct(problem, theta, v, h);
  const grad = new Float64Array(problem.dim);
  problem.valueAndGrad(theta, grad);
  const scale = norm(exact) + norm(grad) + 1e-12;
  return norm(exact.map((x, i) => x - differenced[i]!)) / scale;
}

function expectProductMatches(problem: Problem, theta: Float64Array, v: Float64Array) {
  expect(productError(problem, theta, v)).toBeLessThanOrEqual(1e-6);
}

/**
 * A ReLU unit whose input crosses 0 within the step along v makes the central difference a
 * jump, not a derivative: a seed found one (the error 28, 280, 2,800 × ‖Hv‖ at h = 1e-3, 1e-4,
 * 1e-5, and 1e-10 at h = 1e-6). A ReLU network's product is checked at a second, smaller step.
 */
const RELU_CROSSED: { spec: MlpArbitrary; seed: number } = {
  spec: { hidden: [3], activation: 'relu', n: 38, generator: 'xor', seed: 871 },
  seed: 906158,
};

describe('the exact Hessian-vector product', () => {
  it('of random small MLPs (tanh and ReLU) matches central differences of the gradient', () => {
    fc.assert(
      fc.property(mlpSpec, fc.integer({ min: 0, max: 1e6 }), (spec, seed) => {
        const problem = mlpOf(spec);
        const theta = randomPoint(problem, seed);
        const v = randomVector(problem.dim, seed);
        const error = productError(problem, theta, v);
        const kinked = spec.activation === 'relu' && error > 1e-6;
        expect(kinked ? productError(problem, theta, v, 1e-6) : error).toBeLessThanOrEqual(1e-6);
      }),
      { numRuns: 60 },
    );
  });

  it('of a ReLU network where a unit’s input crosses 0 within the step: right, at a smaller step', () => {
    const problem = mlpOf(RELU_CROSSED.spec);
    const theta = randomPoint(problem, RELU_CROSSED.seed);
    const v = randomVector(problem.dim, RELU_CROSSED.seed);
    expect(productError(problem, theta, v, 1e-5)).toBeGreaterThan(1);
    expect(productError(problem, theta, v, 1e-6)).toBeLessThanOrEqual(1e-6);
  });

  it('of a 3-hidden-layer tanh network far from its start (saturated units)', () => {
    const problem = buildProblem({
      type: 'mlp',
      hidden: [5, 4, 3],
      activation: 'tanh',
      data: { generator: 'spiral', n: 30 },
    });
    for (const seed of [1, 2, 3]) {
      const theta = randomPoint(problem, seed, 3);
      expectProductMatches(problem, theta, randomVector(problem.dim, seed));
    }
  });

  it('of logistic regression matches central differences', () => {
    const problem = buildProblem({ type: 'logistic-regression', data: { generator: 'moons' } });
    for (const seed of [1, 2, 3, 4]) {
      expectProductMatches(problem, randomPoint(problem, seed, 2), randomVector(3, seed));
    }
  });

  it('of the 2-parameter problems is their exact 2 × 2 Hessian (hessian2.ts)', () => {
    const specs: ProblemSpec[] = [
      { type: 'function', name: 'rosenbrock' },
      { type: 'function', name: 'ackley' },
      { type: 'expression', expr: 'sin(x*y) + x^4' },
      { type: 'linear-regression' },
    ];
    for (const spec of specs) {
      const problem = buildProblem(spec);
      const hvp = problem.createHessianVectorProduct!();
      const want = new Float64Array(3);
      const out = new Float64Array(2);
      for (const [x, y] of [
        [0.3, -1.2],
        [-1.5, 2],
      ] as const) {
        hessian2Of(spec)!(x, y, want);
        hvp.at(Float64Array.of(x, y));
        hvp.times(Float64Array.of(1, 0), out);
        expect([out[0], out[1]]).toEqual([want[0], want[1]]);
        hvp.times(Float64Array.of(0, 1), out);
        expect([out[0], out[1]]).toEqual([want[1], want[2]]);
      }
    }
  });

  it('gives a dense Hessian that is symmetric and matches differences of gradients', () => {
    fc.assert(
      fc.property(mlpSpec, fc.integer({ min: 0, max: 1e6 }), (spec, seed) => {
        const problem = mlpOf(spec);
        const n = problem.dim;
        const theta = randomPoint(problem, seed);
        const h = denseHessian(problem, theta);
        let size = 0;
        for (const value of h) size = Math.max(size, Math.abs(value));
        for (let i = 0; i < n; i++)
          for (let j = 0; j < i; j++)
            expect(Math.abs(h[i * n + j]! - h[j * n + i]!)).toBeLessThanOrEqual(1e-12 * size);
        const e = new Float64Array(n);
        const columnError = (j: number, step: number) => {
          const column = differencedProduct(problem, theta, e, step);
          let error = 0;
          for (let i = 0; i < n; i++) error = Math.max(error, Math.abs(column[i]! - h[i * n + j]!));
          return error;
        };
        for (let j = 0; j < n; j++) {
          e.fill(0);
          e[j] = 1;
          // A ReLU kink within the step makes the difference a jump (RELU_CROSSED): a smaller one.
          const error = columnError(j, 1e-5);
          const kinked = spec.activation === 'relu' && error > 1e-6 * (size + 1e-3);
          expect(kinked ? columnError(j, 1e-6) : error).toBeLessThanOrEqual(1e-6 * (size + 1e-3));
        }
      }),
      { numRuns: 15 },
    );
  });
});

/** A symmetric n × n matrix Q·diag(values)·Qᵀ with a random orthogonal Q (Householder products). */
function matrixWithEigenvalues(values: number[], seed: number): Float64Array {
  const n = values.length;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) a[i * n + i] = values[i]!;
  const rng = createRng(seed);
  for (let reflection = 0; reflection < 3; reflection++) {
    const u = Float64Array.from({ length: n }, () => rng.normal());
    const uu = u.reduce((s, x) => s + x * x, 0);
    // A ← (I − 2uuᵀ/uᵀu)·A·(I − 2uuᵀ/uᵀu)
    for (let side = 0; side < 2; side++) {
      for (let c = 0; c < n; c++) {
        let s = 0;
        for (let r = 0; r < n; r++) s += u[r]! * a[side ? c * n + r : r * n + c]!;
        for (let r = 0; r < n; r++) {
          const at = side ? c * n + r : r * n + c;
          a[at] = a[at]! - (2 * s * u[r]!) / uu;
        }
      }
    }
  }
  return a;
}

const operatorOf = (a: Float64Array, n: number) => (v: Float64Array, out: Float64Array) => {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[i * n + j]! * v[j]!;
    out[i] = s;
  }
};

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('the eigen-solvers', () => {
  it('tridiagonal QL, cyclic Jacobi and Householder + QL agree with known spectra', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 1e6 }),
        (values, seed) => {
          const n = values.length;
          const want = [...values].sort((x, y) => y - x);
          const size = Math.max(1, ...values.map(Math.abs));
          const matrix = matrixWithEigenvalues(values, seed);
          for (const solve of [jacobiEigenvalues, denseEigenvalues]) {
            const got = solve(matrix.slice(), n);
            got.forEach((g, i) => expect(Math.abs(g - want[i]!)).toBeLessThanOrEqual(1e-12 * size));
          }
          // A tridiagonal matrix: its eigenvalues by QL against Jacobi on it as a dense matrix.
          const rng = createRng(seed);
          const d = Float64Array.from(values);
          const e = Float64Array.from({ length: n }, () => rng.normal() * 10);
          const dense = new Float64Array(n * n);
          for (let i = 0; i < n; i++) {
            dense[i * n + i] = d[i]!;
            if (i + 1 < n) dense[i * n + i + 1] = dense[(i + 1) * n + i] = e[i]!;
          }
          const byJacobi = jacobiEigenvalues(dense, n);
          tridiagonalEigen(d, e, n);
          const byQl = Array.from(d).sort((x, y) => y - x);
          const scale = Math.max(1, ...byJacobi.map(Math.abs));
          byQl.forEach((g, i) =>
            expect(Math.abs(g - byJacobi[i]!)).toBeLessThanOrEqual(1e-12 * scale),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  // A property's counterexample (eigenvalues [0, 0, −5.4e-323]): ε·(|dᵢ| + |dᵢ₊₁|) underflowed
  // to 0, so a subnormal off-diagonal never counted as negligible and QL gave up after 60 turns.
  it('QL converges on subnormal entries instead of throwing', () => {
    const d = Float64Array.of(0, 0, 0);
    const e = Float64Array.of(5e-324, -1e-320, 0);
    tridiagonalEigen(d, e, 3);
    for (const value of d) expect(Math.abs(value)).toBeLessThan(1e-300);
    const eigenvalues = denseEigenvalues(matrixWithEigenvalues([0, 0, -5.4e-323], 10), 3);
    for (const value of eigenvalues) expect(Math.abs(value)).toBeLessThan(1e-300);
  });

  it('Lanczos finds the largest algebraic eigenvalues: negative ones, repeated ones, k > n', () => {
    // [7, 7, 7, 1, 1, 0]: the start vector's Krylov space is invariant after 3 vectors (one per
    // distinct eigenvalue); going on in fresh directions finds the copies, with maxIterations = n.
    const cases: [number[], number][] = [
      [[5, 4, 3, 2, 1, 0.5, -10, -20], 3],
      [[-1, -2, -3, -4, -5], 2], // all negative: λmax is −1, not −5
      [[7, 7, 7, 1, 1, 0], 3], // a repeated top eigenvalue (an invariant subspace at once)
      [[2, 1], 5], // more wanted than there are
      [Array.from({ length: 60 }, (_, i) => Math.cos(i) * 10), 3],
    ];
    for (const [values, k] of cases) {
      const n = values.length;
      const a = matrixWithEigenvalues(values, n);
      const lanczos = createLanczos(n, { maxIterations: n });
      const got = lanczos.run(operatorOf(a, n), k);
      const want = [...values].sort((x, y) => y - x).slice(0, Math.min(k, n));
      expect(got).toHaveLength(want.length);
      got.forEach((g, i) => expect(Math.abs(g - want[i]!)).toBeLessThanOrEqual(1e-8 * 20));
    }
  });

  it('Lanczos λmax and top 3 of random MLPs of ≤ 100 parameters, warm-started, within 1e-6', () => {
    fc.assert(
      fc.property(mlpSpec, fc.integer({ min: 0, max: 1e6 }), (spec, seed) => {
        const problem = mlpOf(spec);
        const n = problem.dim;
        // λmax at the default tolerance; the top 3 at one whose residual bound (√tolerance of
        // λmax) is 1e-6: below the residual, eigenvalues closer than it may show as one.
        const byDefault = createLanczos(n);
        const tight = createLanczos(n, { maxIterations: n, tolerance: 1e-12 });
        const hvp = problem.createHessianVectorProduct!();
        const product = (v: Float64Array, out: Float64Array) => hvp.times(v, out);
        // Two nearby points: the second runs start from the first ones' Ritz vectors.
        for (const spread of [0.5, 0.51]) {
          const theta = randomPoint(problem, seed, spread);
          const want = jacobiEigenvalues(denseHessian(problem, theta), n);
          hvp.at(theta);
          expect(relative(byDefault.run(product, 1)[0]!, want[0]!)).toBeLessThanOrEqual(1e-6);
          const top = tight.run(product, 3);
          expect(top).toHaveLength(Math.min(3, n));
          expect(relative(top[0]!, want[0]!)).toBeLessThanOrEqual(1e-6);
          // Each of the top 3 is within 1e-6 of λmax of an eigenvalue (its residual bound), and
          // of the right one wherever the spectrum down to it is separated by 1e-3 of λmax: a
          // Krylov space of a few vectors cannot tell closer eigenvalues apart, and holds only
          // one vector of an exactly repeated eigenvalue's eigenspace (a 2-1-4-1 ReLU network has
          // one; dead ReLU units give exact zeros, near which such clusters sit).
          const tolerance = 1e-6 * Math.abs(want[0]!);
          top.forEach((g, i) => {
            expect(Math.min(...want.map((w) => Math.abs(g - w)))).toBeLessThanOrEqual(tolerance);
            const separated = want
              .slice(0, i + 2)
              .every((w, j) => j === 0 || want[j - 1]! - w >= 1e-3 * Math.abs(want[0]!));
            if (separated) expect(Math.abs(g - want[i]!)).toBeLessThanOrEqual(tolerance);
          });
        }
      }),
      { numRuns: 25 },
    );
  });
});
