/**
 * The worked example (docs/screen.md, "Problems"): fit y = w·x + b to noisy points drawn around y = 2x + 1 by
 * minimising the mean squared error over (w, b). A 2-parameter problem, so it has a loss surface
 * like the functions; with `batchSize` its gradients are mini-batch gradients.
 */
import { LINEAR_REGRESSION } from '../../kinds/linear-regression/spec';
import { createRng, type Rng } from '../rng';
import { createBatchOrder } from './models';
import type { Problem, ProblemInfo } from './types';
import { LINEAR_X_RANGE, type LinearData } from './linear-defaults';

export { LINEAR_DATA_DEFAULTS, LINEAR_X_RANGE, type LinearData } from './linear-defaults';

/** The points of the dataset: `xs[i]`, `ys[i]`. */
export interface Dataset {
  xs: Float64Array;
  ys: Float64Array;
}

/** The seeded dataset: x ~ U[0, 2], y = slope·x + intercept + noise·N(0, 1). */
export function generateLinearData(recipe: LinearData): Dataset {
  if (recipe.points && recipe.points.length > 0) {
    return {
      xs: Float64Array.from(recipe.points, (p) => p[0]),
      ys: Float64Array.from(recipe.points, (p) => p[1]),
    };
  }
  const rng = createRng(recipe.seed);
  const xs = new Float64Array(recipe.n);
  const ys = new Float64Array(recipe.n);
  const [lo, hi] = LINEAR_X_RANGE;
  for (let i = 0; i < recipe.n; i++) {
    const x = lo + (hi - lo) * rng.uniform();
    xs[i] = x;
    ys[i] = recipe.slope * x + recipe.intercept + recipe.noise * rng.normal();
  }
  return { xs, ys };
}

/** Ordinary least squares (w, b) and its MSE, in closed form from the normal equations. */
export function leastSquares({ xs, ys }: Dataset): { w: number; b: number; mse: number } {
  const n = xs.length;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += xs[i]!;
    meanY += ys[i]!;
  }
  meanX /= n;
  meanY /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    sxx += dx * dx;
    sxy += dx * (ys[i]! - meanY);
  }
  // A single distinct x leaves the slope free; take w = 0 and the mean, the minimum-norm answer.
  const w = sxx > 0 ? sxy / sxx : 0;
  const b = meanY - w * meanX;
  return { w, b, mse: mse(xs, ys, w, b) };
}

function mse(xs: Float64Array, ys: Float64Array, w: number, b: number): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    const r = w * xs[i]! + b - ys[i]!;
    sum += r * r;
  }
  return sum / xs.length;
}

/**
 * The linear-regression problem over θ = (w, b): f = (1/n)·Σ(w·xᵢ + b − yᵢ)²,
 * ∇f = (2/n)·(Σrᵢxᵢ, Σrᵢ). Loss and `valueAndGrad` are always over the full dataset; with
 * `batchSize` the optimizer's gradient comes from `createBatchGradient`: each epoch visits the
 * points in a fresh seeded Fisher–Yates order in consecutive batches, the last one possibly
 * smaller (PyTorch's DataLoader with shuffle=True, drop_last=False).
 */
export function createLinearRegression(recipe: LinearData, batchSize?: number): Problem {
  const data = generateLinearData(recipe);
  const { xs, ys } = data;
  const n = xs.length;
  const best = leastSquares(data);
  // The window centres on the true line of a generated dataset, on the best fit of one's own.
  const own = recipe.points !== undefined && recipe.points.length > 0;
  const centre = own ? { w: best.w, b: best.b } : { w: recipe.slope, b: recipe.intercept };
  const span = own ? Math.max(4, 1.5 * Math.max(Math.abs(best.w), Math.abs(best.b))) : 4;
  const info: ProblemInfo = {
    name: LINEAR_REGRESSION,
    title: own ? 'Linear regression (your data)' : 'Linear regression (MSE)',
    formula: '(1/n)·Σ(w·xᵢ + b − yᵢ)²',
    view: {
      x: [centre.w - span, centre.w + span],
      y: [centre.b - span, centre.b + span],
    },
    start: [centre.w - 0.75 * span, centre.b - 0.75 * span],
    minima: [{ point: [best.w, best.b], value: best.mse, kind: 'global' }],
    fMin: best.mse,
    note: 'Fitting y = w·x + b to noisy data: the loss surface is a tilted valley, because w and b trade off against each other.',
    axes: ['w', 'b'],
  };

  const problem: Problem = {
    dim: 2,
    info,
    value: (params) => mse(xs, ys, params[0]!, params[1]!),
    valueAndGrad(params, grad) {
      const w = params[0]!;
      const b = params[1]!;
      let sum = 0;
      let gw = 0;
      let gb = 0;
      for (let i = 0; i < n; i++) {
        const x = xs[i]!;
        const r = w * x + b - ys[i]!;
        sum += r * r;
        gw += r * x;
        gb += r;
      }
      grad[0] = (2 * gw) / n;
      grad[1] = (2 * gb) / n;
      return sum / n;
    },
  };
  // f is quadratic: H = (2/n)·[[Σxᵢ², Σxᵢ], [Σxᵢ, n]] everywhere.
  problem.createHessianVectorProduct = () => {
    let sx = 0;
    let sxx = 0;
    for (const x of xs) {
      sx += x;
      sxx += x * x;
    }
    const [hww, hwb] = [(2 * sxx) / n, (2 * sx) / n];
    return {
      at() {},
      times(vector, out) {
        out[0] = hww * vector[0]! + hwb * vector[1]!;
        out[1] = hwb * vector[0]! + 2 * vector[1]!;
      },
    };
  };
  if (batchSize !== undefined && batchSize < n) {
    problem.createBatchGradient = (rng: Rng) => createBatchSampler(xs, ys, batchSize, rng);
  }
  problem.batchGradientOf = (size, rng) =>
    size < n ? createBatchSampler(xs, ys, size, rng) : undefined;
  return problem;
}

function createBatchSampler(
  xs: Float64Array,
  ys: Float64Array,
  batchSize: number,
  rng: Rng,
): (params: Float64Array, grad: Float64Array) => void {
  // The epochs' shuffled batches as the models draw them (one sampler, one order of rng calls).
  const batches = createBatchOrder(xs.length, batchSize, rng);
  const { order } = batches;
  return (params, grad) => {
    batches.next();
    const { begin, end } = batches;
    const w = params[0]!;
    const b = params[1]!;
    let gw = 0;
    let gb = 0;
    for (let k = begin; k < end; k++) {
      const i = order[k]!;
      const x = xs[i]!;
      const r = w * x + b - ys[i]!;
      gw += r * x;
      gb += r;
    }
    const size = end - begin;
    grad[0] = (2 * gw) / size;
    grad[1] = (2 * gb) / size;
  };
}
