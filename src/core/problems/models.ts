/**
 * What the models on data share: the binary cross-entropy on logits, the mini-batch order, the
 * classifier views (probability grid, accuracy) and the assembly of a Problem from a loss over
 * a subset of the points.
 */
import type { Rng } from '../rng';
import type { ClassificationData, ClassifierModel, Problem, ProblemInfo, View } from './types';
import { MODEL_BOUNDS } from './model-bounds';

export { MODEL_BOUNDS };

/**
 * log(1 + eᶻ) without overflow or loss of precision: max(z, 0) + log1p(e^(−|z|)), the form of
 * PyTorch's BCEWithLogitsLoss ("log-sum-exp trick", torch.nn.BCEWithLogitsLoss docs).
 */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** σ(z) = 1/(1 + e^(−z)), with e^(−|z|) only, so no overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Binary cross-entropy of label y ∈ {0, 1} against the logit z, −[y·log σ(z) + (1 − y)·log(1 −
 * σ(z))] = softplus(z) − y·z; its derivative in z is σ(z) − y.
 */
export function bceWithLogits(z: number, y: number): number {
  return softplus(z) - y * z;
}

/**
 * The order in which mini-batches visit the points: each epoch a fresh seeded Fisher–Yates
 * permutation, cut into consecutive batches of `batchSize`, the last one possibly smaller
 * (PyTorch DataLoader with shuffle=True, drop_last=False): one `rng.int(i + 1)` per i from n − 1
 * down to 1, at the first batch of every epoch. Linear regression's sampler and the models' share it.
 */
export interface BatchOrder {
  /** The current epoch's permutation of 0 … n − 1. */
  readonly order: Uint32Array;
  /** Moves to the next batch: `order[begin … end − 1]`; starts a new epoch when one is used up. */
  next(): void;
  readonly begin: number;
  readonly end: number;
}

export function createBatchOrder(n: number, batchSize: number, rng: Rng): BatchOrder {
  const order = new Uint32Array(n);
  let begin = 0;
  let end = n; // an exhausted epoch, so the first `next` shuffles
  return {
    order,
    next() {
      if (end >= n) {
        for (let i = 0; i < n; i++) order[i] = i;
        for (let i = n - 1; i > 0; i--) {
          const j = rng.int(i + 1);
          const tmp = order[i]!;
          order[i] = order[j]!;
          order[j] = tmp;
        }
        end = 0;
      }
      begin = end;
      end = Math.min(begin + batchSize, n);
    },
    get begin() {
      return begin;
    },
    get end() {
      return end;
    },
  };
}

/**
 * The mean loss over the points `indices[begin … end − 1]`, its gradient written into `grad`
 * (every entry, as the mean over those points).
 */
export type SubsetLossAndGrad = (
  params: Float64Array,
  grad: Float64Array,
  indices: Uint32Array,
  begin: number,
  end: number,
) => number;

/** The parts of a model the shared assembly needs. */
export interface ModelParts {
  dim: number;
  info: ProblemInfo;
  /** Number of points. */
  n: number;
  value(params: Float64Array): number;
  lossAndGrad: SubsetLossAndGrad;
  classifier: ClassifierModel;
  layout: Problem['layout'];
  batchSize: number | undefined;
  /** The exact Hessian-vector product of the full-batch loss (issue 20). */
  createHessianVectorProduct: NonNullable<Problem['createHessianVectorProduct']>;
}

/**
 * A Problem from a model's loss over subsets: `valueAndGrad` over all points; with a batch size
 * below n, `createBatchGradient` gives mini-batch gradients in the order of `createBatchOrder`.
 */
export function modelProblem(parts: ModelParts): Problem {
  const { n, lossAndGrad, batchSize } = parts;
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const problem: Problem = {
    dim: parts.dim,
    info: parts.info,
    value: parts.value,
    valueAndGrad: (params, grad) => lossAndGrad(params, grad, all, 0, n),
    classifier: parts.classifier,
    bounds: MODEL_BOUNDS,
    createHessianVectorProduct: parts.createHessianVectorProduct,
    ...(parts.layout ? { layout: parts.layout } : {}),
  };
  const sampler = (size: number, rng: Rng) => {
    const batches = createBatchOrder(n, size, rng);
    return (params: Float64Array, grad: Float64Array) => {
      batches.next();
      lossAndGrad(params, grad, batches.order, batches.begin, batches.end);
    };
  };
  if (batchSize !== undefined && batchSize < n) {
    problem.createBatchGradient = (rng) => sampler(batchSize, rng);
  }
  problem.batchGradientOf = (size, rng) => (size < n ? sampler(size, rng) : undefined);
  return problem;
}

/**
 * The classifier views of a model given its logit at a point: p = σ(logit) on a grid (laid out
 * as a Surface: row 0 at the top, cell centres) and the accuracy (p ≥ ½, i.e. logit ≥ 0, predicts
 * label 1).
 */
export function classifierOf(
  data: ClassificationData,
  dataView: View,
  logit: (params: Float64Array, x1: number, x2: number) => number,
): ClassifierModel {
  return {
    data,
    dataView,
    probabilityGrid(params, view, nx, ny) {
      const values = new Float64Array(nx * ny);
      const [x0, x1] = view.x;
      const [y0, y1] = view.y;
      for (let j = 0; j < ny; j++) {
        const b = y1 - ((y1 - y0) * (j + 0.5)) / ny;
        for (let i = 0; i < nx; i++) {
          const a = x0 + ((x1 - x0) * (i + 0.5)) / nx;
          values[j * nx + i] = sigmoid(logit(params, a, b));
        }
      }
      return values;
    },
    accuracy(params) {
      const n = data.labels.length;
      if (n === 0) return NaN;
      let right = 0;
      for (let i = 0; i < n; i++) {
        const predicted = logit(params, data.x1[i]!, data.x2[i]!) >= 0 ? 1 : 0;
        if (predicted === (data.labels[i]! >= 0.5 ? 1 : 0)) right++;
      }
      return right / n;
    },
  };
}
