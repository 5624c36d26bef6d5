/**
 * The stability limits of src/core/curvature/stability.ts (issue 20): the real core optimizers on
 * f = λ/2·x² converge at 0.99× the limit and diverge at 1.01× (GD, heavy ball with and without
 * dampening, Nesterov, and the adaptive types with P held constant by a large ε); the EMA
 * families' limits where the spectral radius of their recurrence, written here from the update
 * rules, crosses 1; and stepRegime's three words on cases with known answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stabilityLimit, stepRegime } from '../../src/core/curvature/stability';
import { createOptimizer } from '../../src/core/optimizers';
import type { OptimizerSpec } from '../../src/scenario/types';

/**
 * Runs `spec` at learning rate `lr` on f = λ/2·x² from x₀ for `steps` steps: 'converges' when
 * |x| fell below 1e-3·|x₀|, 'diverges' when it rose past 1e3·|x₀| (or is not finite).
 */
function fate(spec: OptimizerSpec, lr: number, lambda: number, x0 = 1, steps = 4000) {
  // Newton asks for H: λ here.
  const optimizer = createOptimizer({ ...spec, lr }, 1, {
    createHessianVectorProduct: () => ({
      at() {},
      times: (v, out) => void (out[0] = lambda * v[0]!),
    }),
  });
  const x = Float64Array.of(x0);
  const g = new Float64Array(1);
  for (let t = 0; t < steps; t++) {
    g[0] = lambda * x[0]!;
    optimizer.step(x, g, lr);
    if (!(Math.abs(x[0]!) <= 1e3 * Math.abs(x0))) return 'diverges';
    if (Math.abs(x[0]!) < 1e-3 * Math.abs(x0)) return 'converges';
  }
  return 'undecided';
}

/** The learning rate at which λ sits exactly on the limit: limit(α) = λ. */
function criticalLr(spec: OptimizerSpec, lambda: number, scale = 1): number {
  // limit = factor/α − shift, so α = factor/(λ·scale + shift) with the limit's own factor.
  const { factor, limit } = stabilityLimit(spec, 1);
  const shift = factor - limit;
  return factor / (lambda / scale + shift);
}

describe('the stability limit against the real optimizers on λ/2·x²', () => {
  const lambda = 3;
  it.each<[string, OptimizerSpec]>([
    ['gradient descent', { type: 'gd', lr: 1 }],
    ['gradient descent with L2 weight decay', { type: 'gd', lr: 1, weightDecay: 0.5 }],
    ['heavy ball', { type: 'momentum', lr: 1, momentum: 0.9 }],
    ['heavy ball with dampening', { type: 'momentum', lr: 1, momentum: 0.7, dampening: 0.5 }],
    // Without a momentum buffer dampening does nothing: the limit is gradient descent's.
    ['SGD with μ = 0 and dampening', { type: 'momentum', lr: 1, momentum: 0, dampening: 0.5 }],
    ['Nesterov', { type: 'nesterov', lr: 1, momentum: 0.9 }],
    ['Nesterov, small μ', { type: 'nesterov', lr: 1, momentum: 0.3 }],
    // ω = 0 keeps η = α: ASGD is gradient descent with every λ shifted by κ (and by L2 decay).
    ['ASGD, η constant', { type: 'asgd', lr: 1, lambd: 0.2, alpha: 0, weightDecay: 0.1 }],
  ])('%s converges at 0.99× and diverges at 1.01× the limit', (_, spec) => {
    const lr = criticalLr(spec, lambda);
    expect(stabilityLimit(spec, lr).limit).toBeCloseTo(lambda, 12);
    expect(fate(spec, 0.99 * lr, lambda)).toBe('converges');
    expect(fate(spec, 1.01 * lr, lambda)).toBe('diverges');
  });

  // With ε far above √v the preconditioner is constant (P = ε, or 1 for Adadelta, whose ε is
  // inside both roots), so the preconditioned λ is λ/P and the step is the frozen recurrence
  // itself. x stays small against ε: |g| = λ|x| ≤ 0.3 while P ≈ 1e4. (Let x grow to 30 and
  // √v reaches ε: P grows with the gradient and the run settles instead of diverging, the
  // self-stabilisation of adaptive methods that Cohen et al. 2022 describe.)
  const eps = 1e4;
  it.each<[string, OptimizerSpec, number]>([
    ['RMSprop', { type: 'rmsprop', lr: 1, eps }, eps],
    ['RMSprop with momentum (heavy ball)', { type: 'rmsprop', lr: 1, eps, momentum: 0.9 }, eps],
    ['RMSprop centered', { type: 'rmsprop', lr: 1, eps, centered: true }, eps],
    [
      'Adam without bias correction (EMA heavy ball)',
      { type: 'adam', lr: 1, eps, biasCorrection: false },
      eps,
    ],
    ['Adam, β1 = 0.5', { type: 'adam', lr: 1, eps, beta1: 0.5, biasCorrection: false }, eps],
    ['AdaGrad', { type: 'adagrad', lr: 1, eps }, eps],
    ['Adadelta', { type: 'adadelta', lr: 1, eps }, 1],
  ])('%s (P constant) converges at 0.99× and diverges at 1.01× the limit', (_, spec, p) => {
    const lr = criticalLr(spec, lambda, p);
    expect(fate(spec, 0.99 * lr, lambda, 1e-4)).toBe('converges');
    expect(fate(spec, 1.01 * lr, lambda, 1e-4)).toBe('diverges');
  });
});

/** The spectral radius of the 2 × 2 matrix [[a, b], [c, d]]. */
function spectralRadius(a: number, b: number, c: number, d: number): number {
  const half = (a + d) / 2;
  const disc = half * half - (a * d - b * c);
  if (disc < 0) return Math.sqrt(a * d - b * c);
  return Math.max(Math.abs(half + Math.sqrt(disc)), Math.abs(half - Math.sqrt(disc)));
}

/** NAdam's μₜ (PyTorch's `_single_tensor_nadam`), written here again from its source. */
const nadamMu = (beta1: number, t: number, psi: number) => beta1 * (1 - 0.5 * 0.96 ** (t * psi));

/**
 * The transition matrix of (x, m) per step on λ/2·x² with P = 1 and step size η, from the update
 * rules: Adam's m ← β1m + (1 − β1)g, x ← x − ηm; NAdam's x ← x − η(c_g·g + c_m·m) after the same
 * m update, with c_g = (1 − μₜ)/(1 − Πμ), c_m = μₜ₊₁/(1 − Πμ·μₜ₊₁) at its step t.
 */
function emaMatrix(
  kind: 'adam' | 'nadam',
  beta1: number,
  eta: number,
  lambda: number,
  t: number,
  psi: number,
) {
  let cg = 0;
  let cm = 1;
  if (kind === 'nadam') {
    let product = 1;
    for (let s = 1; s <= t; s++) product *= nadamMu(beta1, s, psi);
    const next = nadamMu(beta1, t + 1, psi);
    cg = (1 - nadamMu(beta1, t, psi)) / (1 - product);
    cm = next / (1 - product * next);
  }
  // m' = β1·m + (1 − β1)λx;  x' = x − η(c_g·λx + c_m·m')
  const a = 1 - eta * (cg * lambda + cm * (1 - beta1) * lambda);
  const b = -eta * cm * beta1;
  return spectralRadius(a, b, (1 - beta1) * lambda, beta1);
}

describe('the EMA families’ limits: where their recurrence’s spectral radius crosses 1', () => {
  it.each([0, 0.5, 0.9, 0.99])('Adam’s (2 + 2β1)/((1 − β1)α), β1 = %s', (beta1) => {
    const lr = 0.01;
    const { limit } = stabilityLimit({ type: 'adam', lr, beta1 }, lr);
    if (beta1 === 0.9) expect(limit * lr).toBeCloseTo(38, 12);
    expect(emaMatrix('adam', beta1, lr, 0.99 * limit, 0, 0)).toBeLessThan(1);
    expect(emaMatrix('adam', beta1, lr, 1.01 * limit, 0, 0)).toBeGreaterThan(1);
  });

  it.each([
    [0.9, 0.004, 1],
    [0.9, 0.004, 10],
    [0.9, 0.004, 100],
    [0.9, 0.004, 5000],
    [0.5, 0.004, 100],
    [0.99, 0.1, 300],
  ])('NAdam’s at its step t (β1 = %s, ψ = %s, t = %s)', (beta1, psi, t) => {
    const lr = 0.002;
    const spec: OptimizerSpec = { type: 'nadam', lr, beta1, momentumDecay: psi };
    const { limit } = stabilityLimit(spec, lr, undefined, t);
    expect(emaMatrix('nadam', beta1, lr, 0.99 * limit, t, psi)).toBeLessThan(1);
    expect(emaMatrix('nadam', beta1, lr, 1.01 * limit, t, psi)).toBeGreaterThan(1);
  });

  it('NAdam’s limit without t is the late-training one, far above the early steps’', () => {
    const lr = 1;
    const late = stabilityLimit({ type: 'nadam', lr }, lr).limit;
    expect(late).toBeCloseTo((2 * 1.9) / (0.1 * 2.8), 12);
    // μ₁₀₀ ≈ 0.46: about 3.5/α, a quarter of the late 13.6/α.
    const early = stabilityLimit({ type: 'nadam', lr }, lr, undefined, 100).limit;
    expect(early).toBeGreaterThan(3.4);
    expect(early).toBeLessThan(3.6);
    // ψ large: μₜ has reached β1 by t = 10⁴ and the two agree.
    const spec: OptimizerSpec = { type: 'nadam', lr, momentumDecay: 1 };
    expect(stabilityLimit(spec, lr, undefined, 10_000).limit).toBeCloseTo(late, 9);
  });
});

describe('ASGD’s limit follows its decaying step ηₜ', () => {
  it('is 2/ηₜ − κ − λ at step t, ηₜ = α/(1 + κα(t − 1))^ω, and 2/α − κ − λ without t', () => {
    const spec: OptimizerSpec = {
      type: 'asgd',
      lr: 0.5,
      lambd: 0.1,
      alpha: 0.75,
      weightDecay: 0.01,
    };
    const eta = 0.5 / (1 + 0.1 * 0.5 * 9) ** 0.75;
    expect(stabilityLimit(spec, 0.5, undefined, 10).limit).toBeCloseTo(2 / eta - 0.11, 12);
    expect(stabilityLimit(spec, 0.5).limit).toBeCloseTo(2 / 0.5 - 0.11, 12);
    expect(stabilityLimit(spec, 0.5).on).toBe('hessian');
  });
});

describe('Newton’s limit: along λ > 0, α·λ/(λ + δ) < 2', () => {
  const lambda = 3;
  it('converges at every λ > 0 for α < 2 without damping, and diverges past 2', () => {
    const spec: OptimizerSpec = { type: 'newton', lr: 1 };
    expect(stabilityLimit(spec, 1.9).limit).toBe(Infinity);
    expect(fate(spec, 1.9, lambda)).toBe('converges');
    expect(fate(spec, 1, 1e6)).toBe('converges');
    expect(stabilityLimit(spec, 2.1).limit).toBe(0);
    expect(fate(spec, 2.1, lambda)).toBe('diverges');
  });

  it('with damping δ and α > 2, converges exactly while λ < 2δ/(α − 2)', () => {
    const spec: OptimizerSpec = { type: 'newton', lr: 1, damping: 1 };
    // λ = 3 sits on the limit at α = 2 + 2δ/λ = 8/3.
    const lr = 2 + 2 / lambda;
    expect(stabilityLimit(spec, lr).limit).toBeCloseTo(lambda, 12);
    expect(fate(spec, 0.99 * lr, lambda)).toBe('converges');
    expect(fate(spec, 1.01 * lr, lambda)).toBe('diverges');
  });

  it('plain Newton is attracted along negative curvature; saddle-free Newton leaves', () => {
    expect(stepRegime({ type: 'newton', lr: 1 }, 1, -2)).toBe('attracted');
    // x ← x − (λx)/λ = 0: one step onto the maximum of −x²
    expect(fate({ type: 'newton', lr: 1 }, 1, -2)).toBe('converges');
    expect(stepRegime({ type: 'newton', lr: 1, saddleFree: true }, 1, -2)).toBe('diverging');
    expect(fate({ type: 'newton', lr: 1, saddleFree: true }, 1, -2)).toBe('diverges');
    // A damping larger than |λ| makes A positive there: the plain step climbs away too.
    expect(stepRegime({ type: 'newton', lr: 1, damping: 3 }, 1, -2)).toBe('diverging');
    expect(stepRegime({ type: 'newton', lr: 1 }, 1, 5)).toBe('stable');
    expect(stepRegime({ type: 'newton', lr: 1.5 }, 1.5, 5)).toBe('oscillating');
  });

  it('Rprop and Adafactor have no limit: their steps do not follow the gradient’s size', () => {
    for (const type of ['rprop', 'adafactor'] as const) {
      expect(stabilityLimit({ type, lr: 0.1 }, 0.1)).toMatchObject({ on: null, limit: Infinity });
      expect(stepRegime({ type, lr: 0.1 }, 0.1, 1e9)).toBe('oscillating');
      expect(fate({ type, lr: 0.1 }, 0.1, 1e6)).not.toBe('diverges');
    }
  });
});

describe('stepRegime', () => {
  const gd: OptimizerSpec = { type: 'gd', lr: 1 };
  const ball: OptimizerSpec = { type: 'momentum', lr: 1, momentum: 0.9 };
  const adam: OptimizerSpec = { type: 'adam', lr: 1 };
  it.each<[string, OptimizerSpec, number, string]>([
    // GD's one root 1 − αλ: positive below αλ = 1, negative up to 2, outside past 2.
    ['gd', gd, 0.5, 'stable'],
    ['gd', gd, 1.5, 'oscillating'],
    ['gd', gd, 2.5, 'diverging'],
    ['gd, negative curvature', gd, -0.1, 'diverging'],
    // Heavy ball μ = 0.9: real roots only while αλ ≤ (1 − √μ)² ≈ 0.0026, outside past 3.8.
    ['heavy ball', ball, 0.001, 'stable'],
    ['heavy ball', ball, 1, 'oscillating'],
    ['heavy ball', ball, 3.9, 'diverging'],
    // Adam β1 = 0.9: real roots while αλ ≤ 10(1.9 − 2√0.9) ≈ 0.026, outside past 38.
    ['adam', adam, 0.01, 'stable'],
    ['adam', adam, 20, 'oscillating'],
    ['adam', adam, 38.5, 'diverging'],
    ['lion', { type: 'lion', lr: 1 }, 1e9, 'oscillating'],
  ])('%s at αλ = $2: $3', (_, spec, lambda, regime) => {
    expect(stepRegime(spec, 1, lambda)).toBe(regime);
  });

  it('NAdam at step t: diverging just past its limit at t, which the late limit would not say', () => {
    const spec: OptimizerSpec = { type: 'nadam', lr: 1 };
    const limit = stabilityLimit(spec, 1, undefined, 100).limit;
    expect(stepRegime(spec, 1, 0.99 * limit, undefined, 100)).not.toBe('diverging');
    expect(stepRegime(spec, 1, 1.01 * limit, undefined, 100)).toBe('diverging');
    expect(stepRegime(spec, 1, 1.01 * limit)).not.toBe('diverging');
  });

  it('says diverging exactly where the spectral radius of the EMA recurrence is ≥ 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.995, noNaN: true }),
        fc.double({ min: 0.001, max: 1.3, noNaN: true }),
        fc.constantFrom(1, 20, 400),
        fc.boolean(),
        (beta1, fraction, t, nadam) => {
          const spec: OptimizerSpec = { type: nadam ? 'nadam' : 'adam', lr: 1, beta1 };
          const step = nadam ? t : undefined;
          const { limit } = stabilityLimit(spec, 1, undefined, step);
          const lambda = fraction * limit;
          const radius = emaMatrix(nadam ? 'nadam' : 'adam', beta1, 1, lambda, t, 0.004);
          // Away from the boundary, where rounding cannot decide.
          fc.pre(Math.abs(radius - 1) > 1e-9);
          expect(stepRegime(spec, 1, lambda, undefined, step) === 'diverging').toBe(radius > 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
