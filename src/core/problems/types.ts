import type { Rng } from '../rng';

/** An axis-aligned window of the (x, y) plane: `x: [xMin, xMax]`, `y: [yMin, yMax]`. */
export interface View {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** A marked point of a surface: a global or local minimum, or a saddle. */
export interface MarkedPoint {
  readonly point: readonly [number, number];
  /** f at the point, as documented (rounded as in FUNCTIONS.md). */
  readonly value: number;
  readonly kind: 'global' | 'local' | 'saddle';
}

/**
 * What the UI and the tests need to know about a 2-parameter problem besides f itself: the
 * default window and start, the marked points and what the surface is good for teaching.
 */
export interface ProblemInfo {
  /** The `problem.name` of SCENARIO.md for functions, or the problem type for data problems. */
  readonly name: string;
  /** Human title, e.g. "Rosenbrock". */
  readonly title: string;
  /** The formula in plain Unicode, e.g. "(1 − x)² + 100(y − x²)²". */
  readonly formula: string;
  readonly view: View;
  readonly start: readonly [number, number];
  readonly minima: readonly MarkedPoint[];
  /** The global minimum value, or null where f is unbounded below (saddles). */
  readonly fMin: number | null;
  /** One sentence on what the surface shows (FUNCTIONS.md's teaching note). */
  readonly note: string;
  /** Names of the two parameters as axis labels, e.g. ["x", "y"] or ["w", "b"]. */
  readonly axes: readonly [string, string];
}

/**
 * A differentiable loss over a parameter vector of length `dim`. Implementations write into the
 * caller's arrays and allocate nothing per call, so the run loop stays allocation-free.
 */
export interface Problem {
  readonly dim: number;
  readonly info: ProblemInfo;
  /** f(θ). */
  value(params: Float64Array): number;
  /** Writes ∇f(θ) into `grad` and returns f(θ): one pass where both share sub-expressions. */
  valueAndGrad(params: Float64Array, grad: Float64Array): number;
  /**
   * For problems on data with mini-batches: a sampler of stochastic gradients that draws its
   * batches from `rng`. Absent where the gradient is the full (deterministic) one.
   */
  createBatchGradient?(rng: Rng): (params: Float64Array, grad: Float64Array) => void;
}
