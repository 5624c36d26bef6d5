/**
 * Logistic regression on a 2D two-class dataset: p(label 1 | x) = σ(w₁x₁ + w₂x₂ + b), trained by
 * minimising the mean binary cross-entropy over θ = (w₁, w₂, b). It is PyTorch's
 * `nn.Linear(2, 1)` with `BCEWithLogitsLoss`: θ is its state_dict in order (`weight` as 1 × 2,
 * then `bias`). A convex loss with three parameters: the smallest model on data whose surface
 * must be sliced to be seen.
 */
import {
  LOGISTIC_REGRESSION,
  type LogisticRegressionSpec,
} from '../../kinds/logistic-regression/spec';
import { classificationData, dataViewOf, resolveClassificationData } from './datasets';
import { classifierOf, modelProblem, sigmoid, softplus } from './models';
import type { HessianVectorProduct, ParamGroup, Problem, ProblemInfo } from './types';

export type { LogisticRegressionSpec };

/** θ = (w₁, w₂, b) as the state_dict of nn.Linear(2, 1). */
export const LOGISTIC_LAYOUT: readonly ParamGroup[] = [
  { name: 'weight', kind: 'weight', offset: 0, rows: 1, cols: 2 },
  { name: 'bias', kind: 'bias', offset: 2, rows: 1, cols: 1 },
];

/**
 * The logistic-regression Problem of a spec (generator default: blobs). The start is θ = 0,
 * where every point has p = ½ and the loss is log 2 ≈ 0.693, the loss of a coin toss: PyTorch
 * would start from random weights, but zero is the textbook start of a convex problem and makes
 * "better than chance" readable on the loss chart. The info's view [−1, 1]² is the nominal
 * window of a 2D slice through θ (the slice directions' units), not a window of θ itself.
 *
 * With linearly separable data the loss has no minimum: it keeps falling as ‖w‖ grows, which
 * the runs show as weights that never settle (minima [] and fMin null say so).
 */
export function createLogisticRegression(spec: LogisticRegressionSpec): Problem {
  const data = classificationData(spec.data, 'blobs');
  const { x1, x2, labels } = data;
  const n = labels.length;
  const source = spec.data?.points?.length
    ? 'your data'
    : resolveClassificationData(spec.data, 'blobs').generator;

  const info: ProblemInfo = {
    name: LOGISTIC_REGRESSION,
    title: `Logistic regression on ${source}`,
    formula: '(1/n)·Σ [log(1 + e^zᵢ) − yᵢ·zᵢ],  zᵢ = w₁·x₁ᵢ + w₂·x₂ᵢ + b',
    view: { x: [-1, 1], y: [-1, 1] },
    start: [0, 0, 0],
    minima: [],
    fMin: null,
    // A cross-entropy: ≥ 0, its infimum unknown (0 on separable data, at infinity).
    fLowerBound: 0,
    note: 'A straight boundary between two classes: the cross-entropy is convex in (w₁, w₂, b), so every slice is a bowl, but on separable data its bottom lies at infinity.',
    axes: ['direction 1', 'direction 2'],
  };

  return modelProblem({
    dim: 3,
    info,
    n,
    batchSize: spec.batchSize,
    layout: LOGISTIC_LAYOUT,
    classifier: classifierOf(
      data,
      dataViewOf(data),
      (params, a, b) => params[0]! * a + params[1]! * b + params[2]!,
    ),
    createHessianVectorProduct: () => logisticHessianProduct(x1, x2, n),
    value(params) {
      const w1 = params[0]!;
      const w2 = params[1]!;
      const b = params[2]!;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const z = w1 * x1[i]! + w2 * x2[i]! + b;
        sum += softplus(z) - labels[i]! * z;
      }
      return sum / n;
    },
    // ∂/∂θ of the mean BCE: (1/m)·Σ (σ(zᵢ) − yᵢ)·(x₁ᵢ, x₂ᵢ, 1).
    lossAndGrad(params, grad, indices, begin, end) {
      const w1 = params[0]!;
      const w2 = params[1]!;
      const b = params[2]!;
      let sum = 0;
      let g1 = 0;
      let g2 = 0;
      let gb = 0;
      for (let k = begin; k < end; k++) {
        const i = indices[k]!;
        const a = x1[i]!;
        const c = x2[i]!;
        const y = labels[i]!;
        const z = w1 * a + w2 * c + b;
        sum += softplus(z) - y * z;
        const r = sigmoid(z) - y;
        g1 += r * a;
        g2 += r * c;
        gb += r;
      }
      const m = end - begin;
      grad[0] = g1 / m;
      grad[1] = g2 / m;
      grad[2] = gb / m;
      return sum / m;
    },
  });
}

/**
 * H(θ)·v of the mean BCE: H = (1/n)·Σ σ(zᵢ)(1 − σ(zᵢ))·x̃ᵢx̃ᵢᵀ with x̃ᵢ = (x₁ᵢ, x₂ᵢ, 1), a 3 × 3
 * matrix summed once per point at `at`, then multiplied.
 */
function logisticHessianProduct(
  x1: Float64Array,
  x2: Float64Array,
  n: number,
): HessianVectorProduct {
  const h = new Float64Array(9);
  return {
    at(params) {
      let [aa, ab, a1, bb, b1, ones] = [0, 0, 0, 0, 0, 0];
      for (let i = 0; i < n; i++) {
        const a = x1[i]!;
        const b = x2[i]!;
        const z = params[0]! * a + params[1]! * b + params[2]!;
        const s = sigmoid(z) * sigmoid(-z); // σ′(z) = σ(z)σ(−z): no cancellation in 1 − σ
        aa += s * a * a;
        ab += s * a * b;
        a1 += s * a;
        bb += s * b * b;
        b1 += s * b;
        ones += s;
      }
      h.set([aa, ab, a1, ab, bb, b1, a1, b1, ones].map((value) => value / n));
    },
    times(vector, out) {
      for (let r = 0; r < 3; r++)
        out[r] = h[3 * r]! * vector[0]! + h[3 * r + 1]! * vector[1]! + h[3 * r + 2]! * vector[2]!;
    },
  };
}
