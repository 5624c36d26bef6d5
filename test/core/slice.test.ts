import { describe, expect, it } from 'vitest';
import type { ParamGroup, Problem, ProblemInfo } from '../../src/core/problems';
import { createRng, type Rng } from '../../src/core/rng';
import {
  computeSlice,
  filterNormalizedDirections,
  pcaDirections,
  PCA_MIN_HALF_WIDTH,
  projectTrajectory,
  RANDOM_MIN_HALF_WIDTH,
  sliceProblem,
  sliceView,
  type SliceRun,
} from '../../src/core/slice';
import { sampleSurface } from '../../src/core/surface';

// ---- small helpers, independent of the code under test

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const norm = (a: Float64Array) => Math.sqrt(dot(a, a));
const cos = (a: Float64Array, b: Float64Array) => dot(a, b) / (norm(a) * norm(b));
const gaussian = (n: number, rng: Rng) => Float64Array.from({ length: n }, () => rng.normal());
const rowNorm = (v: Float64Array, start: number, length: number) =>
  norm(v.subarray(start, start + length));

/** Two orthonormal vectors of R^dim by Gram–Schmidt of Gaussian draws. */
function orthonormalPair(dim: number, rng: Rng): [Float64Array, Float64Array] {
  const u = gaussian(dim, rng);
  const un = norm(u);
  u.forEach((x, i) => (u[i] = x / un));
  const v = gaussian(dim, rng);
  const uv = dot(u, v);
  v.forEach((x, i) => (v[i] = x - uv * u[i]!));
  const vn = norm(v);
  v.forEach((x, i) => (v[i] = x / vn));
  return [u, v];
}

/** Flattened points base + α_k u + β_k v. */
function onPlane(base: Float64Array, u: Float64Array, v: Float64Array, ab: [number, number][]) {
  const dim = base.length;
  const out = new Float64Array(ab.length * dim);
  ab.forEach(([a, b], k) => {
    for (let j = 0; j < dim; j++) out[k * dim + j] = base[j]! + a * u[j]! + b * v[j]!;
  });
  return out;
}

function expectOrthonormal(d1: Float64Array, d2: Float64Array) {
  // Gram–Schmidt twice and Jacobi leave rounding of a few ulps times the dimension.
  expect(norm(d1)).toBeCloseTo(1, 10);
  expect(norm(d2)).toBeCloseTo(1, 10);
  expect(Math.abs(dot(d1, d2))).toBeLessThan(1e-10);
}

/** f(θ) = ½ θᵀMθ + gᵀθ with M = LLᵀ + I, a convex quadratic in 5 parameters. */
function quadratic5(): Problem {
  const dim = 5;
  const rng = createRng(11);
  const l = gaussian(dim * dim, rng);
  const m = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i++) {
    for (let j = 0; j < dim; j++) {
      let s = i === j ? 1 : 0;
      for (let k = 0; k < dim; k++) s += l[i * dim + k]! * l[j * dim + k]!;
      m[i * dim + j] = s;
    }
  }
  const g = gaussian(dim, rng);
  const info: ProblemInfo = {
    name: 'quad5',
    title: 'Quadratic',
    formula: '½θᵀMθ + gᵀθ',
    view: { x: [-1, 1], y: [-1, 1] },
    start: [1, -1, 0.5, 2, -0.5],
    minima: [],
    fMin: null,
    note: '',
    axes: ['θ1', 'θ2'],
  };
  const valueAndGrad = (p: Float64Array, grad: Float64Array) => {
    let f = 0;
    for (let i = 0; i < dim; i++) {
      let mi = 0;
      for (let j = 0; j < dim; j++) mi += m[i * dim + j]! * p[j]!;
      grad[i] = mi + g[i]!;
      f += 0.5 * p[i]! * mi + g[i]! * p[i]!;
    }
    return f;
  };
  return {
    dim,
    info,
    value: (p) => valueAndGrad(p, new Float64Array(dim)),
    valueAndGrad,
  };
}

/** An MLP-like layout: 3×4 weights, 3 biases, 2×3 weights, 2 biases (23 parameters). */
const mlpLayout: ParamGroup[] = [
  { name: 'W1', kind: 'weight', offset: 0, rows: 3, cols: 4 },
  { name: 'b1', kind: 'bias', offset: 12, rows: 3, cols: 1 },
  { name: 'W2', kind: 'weight', offset: 15, rows: 2, cols: 3 },
  { name: 'b2', kind: 'bias', offset: 21, rows: 2, cols: 1 },
];

describe('filterNormalizedDirections()', () => {
  it('gives each weight row the norm of the same row of θ and zero biases, in d1 and d2', () => {
    const theta = gaussian(23, createRng(3));
    theta.fill(0, 4, 8); // a dead unit: row 1 of W1 is zero in θ, so it stays zero in d
    const [d1, d2] = filterNormalizedDirections(theta, mlpLayout, createRng(5));
    for (const d of [d1, d2]) {
      for (const g of mlpLayout) {
        for (let r = 0; r < g.rows; r++) {
          const start = g.offset + r * g.cols;
          const expected = g.kind === 'bias' ? 0 : rowNorm(theta, start, g.cols);
          // Li et al. divide by ‖d‖ + 1e-10: a relative error near 1e-10 / ‖d_row‖.
          expect(rowNorm(d, start, g.cols)).toBeCloseTo(expected, 8);
        }
      }
    }
    expect(rowNorm(d1, 4, 4)).toBe(0);
    expect(Math.abs(cos(d1, d2))).toBeLessThan(0.95);
    expect(Array.from(d1)).not.toEqual(Array.from(d2)); // independent draws
  });

  it('treats θ without a layout as one filter: ‖d‖ = ‖θ‖', () => {
    const theta = gaussian(40, createRng(8));
    const [d1, d2] = filterNormalizedDirections(theta, undefined, createRng(9));
    expect(norm(d1)).toBeCloseTo(norm(theta), 8);
    expect(norm(d2)).toBeCloseTo(norm(theta), 8);
    expect(Math.abs(cos(d1, d2))).toBeLessThan(0.5); // 40 dims: |cos| ~ 0.16
  });

  it('falls back to unit Gaussian directions when θ is zero wherever it is normalised', () => {
    for (const layout of [undefined, mlpLayout]) {
      const [d1, d2] = filterNormalizedDirections(new Float64Array(23), layout, createRng(1));
      expect(norm(d1)).toBeCloseTo(1, 12);
      expect(norm(d2)).toBeCloseTo(1, 12);
      expect(Math.abs(cos(d1, d2))).toBeLessThan(0.95);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const theta = gaussian(23, createRng(3));
    const a = filterNormalizedDirections(theta, mlpLayout, createRng(42));
    const b = filterNormalizedDirections(theta, mlpLayout, createRng(42));
    const c = filterNormalizedDirections(theta, mlpLayout, createRng(43));
    expect(a.map((d) => Array.from(d))).toEqual(b.map((d) => Array.from(d)));
    expect(Array.from(c[0])).not.toEqual(Array.from(a[0]));
  });

  it('never returns a near-line for a tiny model (one filter of two weights, one of one)', () => {
    const twoWeights: ParamGroup[] = [
      { name: 'w', kind: 'weight', offset: 0, rows: 1, cols: 2 },
      { name: 'b', kind: 'bias', offset: 2, rows: 1, cols: 1 },
    ];
    const oneWeight: ParamGroup[] = [
      { name: 'w', kind: 'weight', offset: 0, rows: 1, cols: 1 },
      { name: 'b', kind: 'bias', offset: 1, rows: 1, cols: 1 },
    ];
    let redrawn = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const theta = Float64Array.from([0.8, -1.3, 0.4]);
      const [d1, d2] = filterNormalizedDirections(theta, twoWeights, createRng(seed));
      expect(Math.abs(cos(d1, d2))).toBeLessThanOrEqual(0.95);
      // Still filter-normalised with the bias ignored: made orthogonal within the filter.
      expect(d2[2]).toBe(0);
      // The re-normalised remainder can be short: Li et al.'s + 1e-10 then costs ~1e-8.
      expect(rowNorm(d2, 0, 2) / rowNorm(theta, 0, 2)).toBeCloseTo(1, 6);
      if (Math.abs(cos(d1, d2)) < 1e-9) redrawn++;

      const [e1, e2] = filterNormalizedDirections(theta.subarray(0, 2), oneWeight, createRng(seed));
      expect(Math.abs(cos(e1, e2))).toBeLessThan(1e-9); // the Gaussian over all θ, ⟂ e1
      expect(norm(e2)).toBeCloseTo(norm(e1), 10);
    }
    expect(redrawn).toBeGreaterThan(0); // about one seed in five draws a near-parallel pair
  });

  it('rejects a layout that does not fit θ', () => {
    const bad: ParamGroup[] = [{ name: 'W', kind: 'weight', offset: 2, rows: 2, cols: 2 }];
    expect(() => filterNormalizedDirections(new Float64Array(5), bad, createRng(1))).toThrow(
      'invalid layout',
    );
  });
});

describe('pcaDirections()', () => {
  it('recovers the 2D subspace a path in R^50 moves in, and the variance split of (α, β)', () => {
    const rng = createRng(21);
    const dim = 50;
    const [u, v] = orthonormalPair(dim, rng);
    const base = gaussian(dim, rng);
    // A spiral in (α, β), wider along u: its 2 × 2 covariance gives the exact split.
    const ab: [number, number][] = Array.from({ length: 300 }, (_, k) => {
      const t = k / 30;
      return [3 * Math.exp(-t / 5) * Math.cos(t), Math.exp(-t / 5) * Math.sin(t)];
    });
    const trajectory = onPlane(base, u, v, ab);
    const center = trajectory.slice(299 * dim);
    const { d1, d2, explained } = pcaDirections([{ trajectory, points: 300 }], dim, center);
    expectOrthonormal(d1, d2);
    // Both directions lie in span(u, v): their projection onto it has norm 1.
    for (const d of [d1, d2]) expect(Math.hypot(dot(d, u), dot(d, v))).toBeCloseTo(1, 9);
    expect(Math.abs(cos(d1, u))).toBeGreaterThan(0.95); // the wide axis comes first
    expect(explained[0] + explained[1]).toBeCloseTo(1, 9);
    // Expected: the eigenvalues of the covariance of (α, β) over their trace.
    const mean = [0, 1].map((c) => ab.reduce((s, p) => s + p[c]!, 0) / ab.length);
    let saa = 0;
    let sbb = 0;
    let sab = 0;
    for (const [a, b] of ab) {
      saa += (a - mean[0]!) ** 2;
      sbb += (b - mean[1]!) ** 2;
      sab += (a - mean[0]!) * (b - mean[1]!);
    }
    const half = Math.hypot((saa - sbb) / 2, sab);
    expect(explained[0]).toBeCloseTo(((saa + sbb) / 2 + half) / (saa + sbb), 9);
  });

  it('gives the top two eigenvectors of the scatter of a random walk (checked on the full matrix)', () => {
    const rng = createRng(4);
    const dim = 30;
    const runs = [0, 1, 2].map(() => {
      const points = 200;
      const t = new Float64Array(points * dim);
      const drift = gaussian(dim, rng);
      for (let k = 1; k < points; k++) {
        for (let j = 0; j < dim; j++)
          t[k * dim + j] = t[(k - 1) * dim + j]! + 0.05 * drift[j]! + 0.1 * rng.normal();
      }
      return { trajectory: t, points };
    });
    const { d1, d2, explained } = pcaDirections(runs, dim, new Float64Array(dim));
    expectOrthonormal(d1, d2);
    // The explicit centred scatter A (30 × 30 is fine in a test) and its top eigenpairs by
    // power iteration with deflation, an independent method.
    const n = 600;
    const mean = new Float64Array(dim);
    for (const r of runs)
      for (let i = 0; i < n / 3; i++)
        for (let j = 0; j < dim; j++) mean[j]! += r.trajectory[i * dim + j]! / n;
    const a = new Float64Array(dim * dim);
    for (const r of runs) {
      for (let i = 0; i < n / 3; i++) {
        for (let p = 0; p < dim; p++) {
          for (let q = 0; q < dim; q++) {
            a[p * dim + q]! +=
              (r.trajectory[i * dim + p]! - mean[p]!) * (r.trajectory[i * dim + q]! - mean[q]!);
          }
        }
      }
    }
    const apply = (x: Float64Array) =>
      Float64Array.from({ length: dim }, (_, p) => {
        let s = 0;
        for (let q = 0; q < dim; q++) s += a[p * dim + q]! * x[q]!;
        return s;
      });
    const trace = Array.from({ length: dim }, (_, p) => a[p * dim + p]!).reduce((s, x) => s + x);
    const top: Float64Array[] = [];
    const lambdas: number[] = [];
    for (let k = 0; k < 2; k++) {
      let x = gaussian(dim, createRng(100 + k));
      for (let it = 0; it < 5000; it++) {
        for (const e of top) {
          const c = dot(x, e);
          x = x.map((xi, i) => xi - c * e[i]!);
        }
        x = apply(x);
        const xn = norm(x);
        x = x.map((xi) => xi / xn);
      }
      top.push(x);
      lambdas.push(dot(x, apply(x)));
    }
    expect(Math.abs(cos(d1, top[0]!))).toBeGreaterThan(1 - 1e-6);
    expect(Math.abs(cos(d2, top[1]!))).toBeGreaterThan(1 - 1e-6);
    expect(explained[0]).toBeCloseTo(lambdas[0]! / trace, 8);
    expect(explained[1]).toBeCloseTo(lambdas[1]! / trace, 8);
  });

  it('centres on the mean of the points as sklearn PCA does: a line off the center is rank one', () => {
    // θ_k = c + o + t_k·e with o ⟂ e. Uncentred displacements θ_k − c would have a second
    // direction (o); centred ones have only e.
    const dim = 6;
    const c = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const e = Float64Array.from([0, 0.6, 0.8, 0, 0, 0]);
    const o = Float64Array.from([0, 0, 0, 2, 0, 0]);
    const points = 20;
    const trajectory = new Float64Array(points * dim);
    for (let k = 0; k < points; k++) {
      for (let j = 0; j < dim; j++) trajectory[k * dim + j] = c[j]! + o[j]! + (k / 4) * e[j]!;
    }
    const { d1, d2, explained } = pcaDirections([{ trajectory, points }], dim, c);
    expectOrthonormal(d1, d2);
    expect(Math.abs(cos(d1, e))).toBeCloseTo(1, 12);
    expect(explained).toEqual([expect.closeTo(1, 12), 0]);
    // The completion is deterministic: the basis vector farthest from e, made orthogonal (e₀).
    [1, 0, 0, 0, 0, 0].forEach((x, j) => expect(d2[j]).toBeCloseTo(x, 12));
  });

  it('returns two orthonormal directions and no explained variance when all points are the center', () => {
    const dim = 8;
    const c = gaussian(dim, createRng(2));
    const trajectory = new Float64Array(10 * dim);
    for (let k = 0; k < 10; k++) trajectory.set(c, k * dim);
    const { d1, d2, explained } = pcaDirections([{ trajectory, points: 10 }], dim, c);
    expectOrthonormal(d1, d2);
    expect(explained).toEqual([0, 0]);
    const none = pcaDirections([], dim, c);
    expectOrthonormal(none.d1, none.d2);
    expect(none.explained).toEqual([0, 0]);
  });

  it('works in dimension 2 and 3, where the block is smaller than four', () => {
    for (const dim of [2, 3]) {
      const rng = createRng(dim);
      const trajectory = gaussian(40 * dim, rng);
      const { d1, d2, explained } = pcaDirections(
        [{ trajectory, points: 40 }],
        dim,
        new Float64Array(dim),
      );
      expectOrthonormal(d1, d2);
      if (dim === 2) expect(explained[0] + explained[1]).toBeCloseTo(1, 10);
      else expect(explained[0] + explained[1]).toBeLessThan(1);
    }
  });

  it('is deterministic: the same points give the same bits', () => {
    const trajectory = gaussian(100 * 20, createRng(6));
    const a = pcaDirections([{ trajectory, points: 100 }], 20, new Float64Array(20));
    const b = pcaDirections([{ trajectory, points: 100 }], 20, new Float64Array(20));
    expect(Array.from(a.d1)).toEqual(Array.from(b.d1));
    expect(Array.from(a.d2)).toEqual(Array.from(b.d2));
  });

  it('handles dim 2,300 × 8 runs × 500 points without a dim × dim matrix (timing printed)', () => {
    const dim = 2300;
    const points = 500; // 2,000 took 1.4–4.7 s: too slow for every CI run; docs/slices.md has the timing
    const rng = createRng(77);
    // Random walks that drift along a shared direction plus one of their own, with noise:
    // roughly what minibatch training paths look like.
    const shared = gaussian(dim, rng);
    const runs = Array.from({ length: 8 }, () => {
      const own = gaussian(dim, rng);
      const t = new Float64Array(points * dim);
      for (let k = 1; k < points; k++) {
        const decay = Math.exp(-k / 500) * 0.01;
        for (let j = 0, i = k * dim; j < dim; j++, i++) {
          t[i] = t[i - dim]! + decay * (shared[j]! + 0.5 * own[j]!) + 0.002 * rng.normal();
        }
      }
      return { trajectory: t, points };
    });
    const started = performance.now();
    const { d1, d2, explained } = pcaDirections(runs, dim, new Float64Array(dim));
    const elapsed = performance.now() - started;
    console.log(
      `pcaDirections, dim ${dim} × 8 runs × ${points} points: ${elapsed.toFixed(0)} ms; ` +
        `explained ${explained.map((x) => x.toFixed(4)).join(', ')}`,
    );
    expectOrthonormal(d1, d2);
    expect(explained[0]).toBeGreaterThan(explained[1]);
    expect(explained[0] + explained[1]).toBeLessThanOrEqual(1 + 1e-12);
    // Consistency with an independent pass: ‖X̃ d1‖² / ‖X̃‖²_F is d1's explained fraction.
    const mean = new Float64Array(dim);
    const n = 8 * points;
    for (const r of runs)
      for (let i = 0; i < points * dim; i++) mean[i % dim]! += r.trajectory[i]! / n;
    let total = 0;
    let along = 0;
    for (const r of runs) {
      for (let k = 0; k < points; k++) {
        let s = 0;
        for (let j = 0; j < dim; j++) {
          const x = r.trajectory[k * dim + j]! - mean[j]!;
          total += x * x;
          s += x * d1[j]!;
        }
        along += s * s;
      }
    }
    expect(explained[0]).toBeCloseTo(along / total, 6);
  });
});

describe('projectTrajectory()', () => {
  it('recovers (a, b) exactly for points on the plane, for orthonormal and for skew directions', () => {
    const rng = createRng(12);
    const dim = 23;
    const c = gaussian(dim, rng);
    const skew = filterNormalizedDirections(c, mlpLayout, createRng(2));
    for (const [d1, d2] of [orthonormalPair(dim, rng), skew]) {
      const ab: [number, number][] = [
        [0, 0],
        [1, -2],
        [-0.25, 0.5],
        [3.5, 7],
      ];
      const trajectory = onPlane(c, d1, d2, ab);
      const p = projectTrajectory(trajectory, ab.length, dim, c, d1, d2);
      // Rounding in θ = c + a d1 + b d2 and in the 2 × 2 solve: a few ulps of |θ|.
      ab.forEach(([a, b], k) => {
        expect(p[2 * k]).toBeCloseTo(a, 10);
        expect(p[2 * k + 1]).toBeCloseTo(b, 10);
      });
    }
  });

  it('gives the least-squares coordinates for a point off the plane', () => {
    const c = new Float64Array(3);
    const d1 = Float64Array.from([1, 0, 0]);
    const d2 = Float64Array.from([1, 1, 0]);
    const p = projectTrajectory(Float64Array.from([2, 3, 5]), 1, 3, c, d1, d2);
    // (2, 3, 5) ≈ a(1,0,0) + b(1,1,0): b = 3, a = −1; the 5 is off the plane.
    expect(p[0]).toBeCloseTo(-1, 12);
    expect(p[1]).toBeCloseTo(3, 12);
  });

  it('uses d1 alone when the directions are parallel', () => {
    const d1 = Float64Array.from([0, 2]);
    const p = projectTrajectory(Float64Array.from([5, 4]), 1, 2, new Float64Array(2), d1, d1);
    expect(Array.from(p)).toEqual([2, 0]);
  });
});

describe('sliceView()', () => {
  it('holds every point with a 15 % margin in a square window centred on (0, 0)', () => {
    const view = sliceView(
      [Float64Array.from([0.5, -2, 1, 1]), Float64Array.from([-3, 0.1])],
      0.01,
    );
    expect(view.x[0]).toBeCloseTo(-3.45, 12);
    expect(view.x[1]).toBeCloseTo(3.45, 12);
    expect(view.y).toEqual(view.x);
  });

  it('keeps at least the minimum half-width and ignores points that are not finite', () => {
    const view = sliceView([Float64Array.from([0.1, 0.2, NaN, Infinity])], 1);
    expect(view).toEqual({ x: [-1, 1], y: [-1, 1] });
    expect(sliceView([], 0.5)).toEqual({ x: [-0.5, 0.5], y: [-0.5, 0.5] });
  });
});

describe('sliceProblem()', () => {
  const problem = quadratic5();
  const rng = createRng(31);
  const center = gaussian(5, rng);
  const [d1, d2] = [gaussian(5, rng), gaussian(5, rng)];
  const view = { x: [-2, 2], y: [-2, 2] } as const;

  it('has value f(c + a·d1 + b·d2) and the chain-rule gradient, equal to central differences', () => {
    const slice = sliceProblem(problem, center, d1, d2, { method: 'random', view });
    const grad = new Float64Array(2);
    for (const [a, b] of [
      [0, 0],
      [0.7, -1.2],
      [-1.5, 0.3],
    ] as const) {
      const theta = center.map((c, j) => c + a * d1[j]! + b * d2[j]!);
      const f = problem.value(theta);
      expect(slice.value(Float64Array.from([a, b]))).toBeCloseTo(f, 10);
      expect(slice.valueAndGrad(Float64Array.from([a, b]), grad)).toBeCloseTo(f, 10);
      // Central differences of a quadratic are exact up to rounding: ~ε|f|/h ≈ 1e-9 here.
      const h = 1e-4;
      const fd = (da: number, db: number) =>
        (slice.value(Float64Array.from([a + da, b + db])) -
          slice.value(Float64Array.from([a - da, b - db]))) /
        (2 * h);
      expect(grad[0]).toBeCloseTo(fd(h, 0), 6);
      expect(grad[1]).toBeCloseTo(fd(0, h), 6);
    }
  });

  it('describes itself as a slice with the method’s axis names', () => {
    const random = sliceProblem(problem, center, d1, d2, { method: 'random', view });
    const pca = sliceProblem(problem, center, d1, d2, { method: 'pca', view });
    expect(random.dim).toBe(2);
    expect(random.info).toMatchObject({
      name: 'quad5-slice',
      title: 'Quadratic (2D slice)',
      axes: ['direction 1', 'direction 2'],
      view,
      start: [0, 0],
      minima: [],
      fMin: null,
    });
    expect(pca.info.axes).toEqual(['PC 1', 'PC 2']);
  });

  it('samples as a surface: the grid cell at (0, 0) reads f(c)', () => {
    const slice = sliceProblem(problem, center, d1, d2, { method: 'random', view });
    const surface = sampleSurface(slice, { x: [-1, 1], y: [-1, 1] }, 3, 3); // centre cell at (0, 0)
    expect(surface.values[4]).toBeCloseTo(problem.value(center), 10);
  });
});

describe('computeSlice()', () => {
  const problem = quadratic5();
  const dim = 5;
  /** A run of two points, from (1, 1, 1, 1, 1) to `end`. */
  const run = (end: number[], finalLoss: number): SliceRun => ({
    trajectory: Float64Array.from([1, 1, 1, 1, 1, ...end]),
    points: 2,
    finalLoss,
  });
  const runs = [
    run([0.5, 0.2, 0, 0.1, 0], 0.3),
    run([0.2, 0.1, 0.3, 0, 0.4], 0.1),
    run([0.9, 0.9, 0.8, 0.7, 0.6], 0.1),
    run([9, 9, 9, 9, 9], NaN),
  ];

  it('centres on the final point of the lowest final loss (lowest index on ties) and maps it to (0, 0)', () => {
    const slice = computeSlice(problem, runs, 'random', 1);
    expect(Array.from(slice.center)).toEqual([0.2, 0.1, 0.3, 0, 0.4]);
    expect(slice.projections).toHaveLength(4);
    expect(slice.projections[1]![2]).toBeCloseTo(0, 12);
    expect(slice.projections[1]![3]).toBeCloseTo(0, 12);
    expect(slice.explained).toBeNull();
    expect(slice.view.x[1]).toBeGreaterThanOrEqual(RANDOM_MIN_HALF_WIDTH);
    for (const p of slice.projections) {
      for (const v of p) expect(Math.abs(v)).toBeLessThan(slice.view.x[1]);
    }
  });

  it('centres on the problem’s start without runs', () => {
    const slice = computeSlice(problem, [], 'pca', 1);
    expect(Array.from(slice.center)).toEqual(problem.info.start);
    expect(slice.view).toEqual({
      x: [-PCA_MIN_HALF_WIDTH, PCA_MIN_HALF_WIDTH],
      y: [-PCA_MIN_HALF_WIDTH, PCA_MIN_HALF_WIDTH],
    });
  });

  it('with pca: orthonormal directions, explained fractions, the same slice for any seed', () => {
    const a = computeSlice(problem, runs.slice(0, 3), 'pca', 1);
    const b = computeSlice(problem, runs.slice(0, 3), 'pca', 2);
    expectOrthonormal(a.d1, a.d2);
    expect(a.explained![0]).toBeGreaterThan(a.explained![1]);
    expect(Array.from(a.d1)).toEqual(Array.from(b.d1));
    expect(a.view.x[1]).toBeLessThan(RANDOM_MIN_HALF_WIDTH * 3);
  });

  it('with random directions: deterministic for a seed, different across seeds', () => {
    const a = computeSlice(problem, runs, 'random', 7);
    const b = computeSlice(problem, runs, 'random', 7);
    const c = computeSlice(problem, runs, 'random', 8);
    expect(Array.from(a.d1)).toEqual(Array.from(b.d1));
    expect(Array.from(a.projections[0]!)).toEqual(Array.from(b.projections[0]!));
    expect(Array.from(c.d1)).not.toEqual(Array.from(a.d1));
    expect(dim).toBe(a.d1.length);
  });
});
