import type { Rng } from '../rng';

/** An axis-aligned window of the (x, y) plane: `x: [xMin, xMax]`, `y: [yMin, yMax]`. */
export interface View {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** A marked point of a surface: a global or local minimum, or a saddle. */
export interface MarkedPoint {
  readonly point: readonly [number, number];
  /** f at the point, as documented (rounded as in docs/functions.md). */
  readonly value: number;
  readonly kind: 'global' | 'local' | 'saddle';
}

/**
 * What the UI and the tests need to know about a 2-parameter problem besides f itself: the
 * default window and start, the marked points and what the surface is good for teaching.
 */
export interface ProblemInfo {
  /** The `problem.name` of docs/scenario.md for functions, or the problem type for data problems. */
  readonly name: string;
  /** Human title, e.g. "Rosenbrock". */
  readonly title: string;
  /** The formula in plain Unicode, e.g. "(1 − x)² + 100(y − x²)²". */
  readonly formula: string;
  readonly view: View;
  /** The default start θ₀: (x, y) for the 2D problems, the initial weights of a model. */
  readonly start: readonly number[];
  readonly minima: readonly MarkedPoint[];
  /** The global minimum value, or null where f is unbounded below (saddles) or unknown. */
  readonly fMin: number | null;
  /**
   * A lower bound of f where f* is not known: 0 for the models' cross-entropies, sums of
   * nonnegative terms. The loss chart then plots f itself on a log axis (chart-scale.ts).
   */
  readonly fLowerBound?: number;
  /** One sentence on what the surface shows (docs/functions.md, "Teaching notes"). */
  readonly note: string;
  /** Names of the two parameters as axis labels, e.g. ["x", "y"] or ["w", "b"]. */
  readonly axes: readonly [string, string];
}

/**
 * H(θ)·v with H the exact Hessian of f (issue 20, src/core/curvature): `at(θ)` once per point
 * (a model runs its forward and backward pass there), then `times(v, out)` for as many vectors
 * as needed, each writing H(θ)·v into `out`. Allocation-free per call.
 */
export interface HessianVectorProduct {
  at(params: Float64Array): void;
  times(vector: Float64Array, out: Float64Array): void;
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
   * How θ is made of weight matrices and bias vectors, for problems of more than 2 parameters
   * (models); filter-normalised slice directions (Li et al. 2018) scale per row of a weight.
   */
  readonly layout?: readonly ParamGroup[];
  /** For classifiers on 2D data: what the data view and the accuracy chart read. */
  readonly classifier?: ClassifierModel;
  /**
   * For classifiers on a table with a training / validation / test split (issue 22): the
   * scores run.ts records per point. Its loss is the training part's; a mini-batch run of such
   * a problem records its batch's loss and gradient norm (`last`), since a full pass per step
   * would cost more than the step (docs/models.md, "Speed").
   */
  readonly heldOut?: HeldOutScores;
  /**
   * A fresh exact Hessian-vector product of the full-batch f with buffers of its own, where f
   * has exact second derivatives (every problem kind: formulas symbolically, the models by
   * Pearlmutter's R-operator). Built on demand, so building a problem stays cheap.
   */
  createHessianVectorProduct?(): HessianVectorProduct;
  /** Divergence bounds where the view-based ones of run.ts do not fit (models). */
  readonly bounds?: { readonly theta: number; readonly loss: number };
  /**
   * For problems on data with mini-batches: a sampler of stochastic gradients that draws its
   * batches from `rng`. Absent where the gradient is the full (deterministic) one.
   */
  createBatchGradient?(rng: Rng): (params: Float64Array, grad: Float64Array) => void;
  /**
   * For problems on data: the sampler of a run's own batch size (`OptimizerSpec.batchSize`,
   * docs/scenario.md), drawn from `rng` as `createBatchGradient` draws; undefined when
   * `batchSize` ≥ the number of points (the full gradient).
   */
  batchGradientOf?(
    batchSize: number,
    rng: Rng,
  ): ((params: Float64Array, grad: Float64Array) => void) | undefined;
}

/** The parts of a split and a classifier's scores on them (`Problem.heldOut`). */
export interface HeldOutScores {
  readonly sizes: { readonly training: number; readonly validation: number; readonly test: number };
  readonly classes: number;
  /**
   * The mean loss and the fraction classified right of the points of the last loss pass
   * (`valueAndGrad`, `value`, or a mini-batch gradient): a live object, updated by every pass.
   */
  readonly last: { readonly loss: number; readonly accuracy: number };
  /** The mean loss and accuracy at θ over a held-out part into out[0], out[1]; NaN if it is empty. */
  score(part: 'validation' | 'test', params: Float64Array, out: Float64Array): void;
}

/**
 * A block of θ: a weight matrix of `rows` × `cols` stored row-major (row r = the input weights of
 * output unit r, one "filter"), or a bias vector (`rows` = its length, `cols` = 1).
 */
export interface ParamGroup {
  readonly name: string;
  readonly kind: 'weight' | 'bias';
  readonly offset: number;
  readonly rows: number;
  readonly cols: number;
}

/** A two-class dataset in the plane: point i is (x1[i], x2[i]) with label 0 or 1. */
export interface ClassificationData {
  readonly x1: Float64Array;
  readonly x2: Float64Array;
  readonly labels: Float64Array;
}

/** What a classifier on 2D data offers its views. */
export interface ClassifierModel {
  readonly data: ClassificationData;
  /** A window of the data plane that holds every point with a margin. */
  readonly dataView: View;
  /**
   * p(label 1) under `params` at the centre of every cell of an nx × ny grid over `view`, laid
   * out as a Surface (row 0 at the top, see src/core/surface.ts).
   */
  probabilityGrid(params: Float64Array, view: View, nx: number, ny: number): Float64Array;
  /** The fraction of points classified right (p ≥ ½ predicts label 1). */
  accuracy(params: Float64Array): number;
}
