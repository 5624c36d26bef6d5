/**
 * A small fully connected network on a 2D two-class dataset: inputs (x₁, x₂), 1 to 3 hidden
 * layers with tanh or ReLU, one logit output, mean binary cross-entropy. It is PyTorch's
 *   nn.Sequential(nn.Linear(2, h₁), act, nn.Linear(h₁, h₂), act, …, nn.Linear(h_k, 1))
 * with BCEWithLogitsLoss, and θ is its `state_dict` in order: per layer the weight (out × in,
 * row-major, row r = the input weights of unit r) and then the bias, named as the state_dict
 * names them ("0.weight", "0.bias", "2.weight", …), so weights load from PyTorch unchanged.
 *
 * Forward and backward run one point at a time over buffers allocated once here: a call of
 * `valueAndGrad` allocates nothing, which the run loop needs at thousands of steps per second.
 */
import { MLP, type MlpSpec } from '../../kinds/mlp/spec';
import { createRng } from '../rng';
import { classificationData, dataViewOf, resolveClassificationData } from './datasets';
import { classifierOf, modelProblem, sigmoid, softplus } from './models';
import { fastTanh } from './activations';
import { mlpHessianProduct } from './mlp-hvp';
import type { ParamGroup, Problem, ProblemInfo } from './types';
import { layerSizes, MLP_DEFAULTS, mlpParamCount } from './mlp-shape';

export { fastTanh } from './activations';

export type { MlpSpec };

export { MLP_DEFAULTS, mlpParamCount } from './mlp-shape';

/** The weight and bias blocks of θ in state_dict order (nn.Sequential numbers its modules). */
export function mlpLayout(hidden: readonly number[]): ParamGroup[] {
  const sizes = layerSizes(hidden);
  const groups: ParamGroup[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const rows = sizes[l + 1]!;
    const cols = sizes[l]!;
    const module = 2 * l; // Linear, activation, Linear, …: the Linears are modules 0, 2, 4, …
    groups.push({ name: `${module}.weight`, kind: 'weight', offset, rows, cols });
    offset += rows * cols;
    groups.push({ name: `${module}.bias`, kind: 'bias', offset, rows, cols: 1 });
    offset += rows;
  }
  return groups;
}

/**
 * PyTorch's default initial parameters, drawn from `createRng(initSeed)` layer by layer, weight
 * then bias: nn.Linear.reset_parameters (torch/nn/modules/linear.py) calls
 * kaiming_uniform_(weight, a=√5), whose bound gain·√(3/fan_in) with gain = √(2/(1 + a²)) is
 * 1/√fan_in, and draws the bias from U(−1/√fan_in, 1/√fan_in) too. Same distribution as PyTorch,
 * not the same numbers (its generator is another).
 */
export function initialMlpParams(hidden: readonly number[], initSeed: number): number[] {
  const rng = createRng(initSeed);
  const params: number[] = [];
  const sizes = layerSizes(hidden);
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l]!;
    const bound = 1 / Math.sqrt(fanIn);
    // The weight block then the bias block, in θ's order; both use the layer's fan_in.
    const count = fanIn * sizes[l + 1]! + sizes[l + 1]!;
    for (let k = 0; k < count; k++) params.push(bound * (2 * rng.uniform() - 1));
  }
  return params;
}

/** The MLP Problem of a spec, started from `initialMlpParams(hidden, initSeed)`. */
export function createMlp(spec: MlpSpec): Problem {
  const hidden = spec.hidden ?? MLP_DEFAULTS.hidden;
  const activation = spec.activation ?? MLP_DEFAULTS.activation;
  const initSeed = spec.initSeed ?? MLP_DEFAULTS.initSeed;
  const data = classificationData(spec.data, 'moons');
  const { x1, x2, labels } = data;
  const n = labels.length;
  const sizes = layerSizes(hidden);
  const layers = sizes.length - 1;
  const layout = mlpLayout(hidden);
  const dim = mlpParamCount(hidden);
  const weightAt = Int32Array.from({ length: layers }, (_, l) => layout[2 * l]!.offset);
  const biasAt = Int32Array.from({ length: layers }, (_, l) => layout[2 * l + 1]!.offset);
  const tanh = activation === 'tanh';

  // Batch buffers, feature-major: acts[l][u·m + p] is the output of unit u of layer l for point
  // p of the current batch of m ≤ n points (acts[0] the inputs, acts[layers] the logits);
  // deltas[l] likewise holds ∂loss/∂(pre-activation). Every inner loop runs over the points of a
  // batch, long and contiguous, which is where V8's typed-array loops are fast.
  const acts = sizes.map((size) => new Float64Array(size * n));
  const deltas = sizes.map((size) => new Float64Array(size * n));
  const batchLabels = new Float64Array(n);

  /** Copies the points indices[begin … end − 1] into the input buffer; returns their count. */
  function gather(indices: Uint32Array, begin: number, end: number): number {
    const m = end - begin;
    const input = acts[0]!;
    for (let p = 0; p < m; p++) {
      const i = indices[begin + p]!;
      input[p] = x1[i]!;
      input[m + p] = x2[i]!;
      batchLabels[p] = labels[i]!;
    }
    return m;
  }

  /** Forward pass over the m gathered points; leaves every layer's outputs in `acts`. */
  function forwardBatch(params: Float64Array, m: number): void {
    for (let l = 0; l < layers; l++) {
      const fanIn = sizes[l]!;
      const out = sizes[l + 1]!;
      const prev = acts[l]!;
      const cur = acts[l + 1]!;
      const w = weightAt[l]!;
      for (let r = 0; r < out; r++) {
        const base = r * m;
        cur.fill(params[biasAt[l]! + r]!, base, base + m);
        for (let c = 0; c < fanIn; c++) {
          const weight = params[w + r * fanIn + c]!;
          const from = c * m;
          for (let p = 0; p < m; p++) cur[base + p] = cur[base + p]! + weight * prev[from + p]!;
        }
      }
      if (l === layers - 1) break; // the output is the logit, no activation
      const size = out * m;
      if (tanh) for (let k = 0; k < size; k++) cur[k] = fastTanh(cur[k]!);
      else for (let k = 0; k < size; k++) if (!(cur[k]! > 0)) cur[k] = 0;
    }
  }

  /** Mean BCE of the m forwarded points; with `withDeltas`, writes ∂loss/∂logit into deltas. */
  function meanLoss(m: number, withDeltas: boolean): number {
    const logits = acts[layers]!;
    const dz = deltas[layers]!;
    let sum = 0;
    for (let p = 0; p < m; p++) {
      const z = logits[p]!;
      const y = batchLabels[p]!;
      sum += softplus(z) - y * z;
      if (withDeltas) dz[p] = (sigmoid(z) - y) / m; // ∂BCE/∂z = σ(z) − y, of the mean: / m
    }
    return sum / m;
  }

  /** Backpropagation over the m points: writes every entry of ∂(mean loss)/∂θ into `grad`. */
  function backwardBatch(params: Float64Array, grad: Float64Array, m: number): void {
    for (let l = layers - 1; l >= 0; l--) {
      const fanIn = sizes[l]!;
      const out = sizes[l + 1]!;
      const prev = acts[l]!;
      const d = deltas[l + 1]!;
      const w = weightAt[l]!;
      for (let r = 0; r < out; r++) {
        const base = r * m;
        let gb = 0;
        for (let p = 0; p < m; p++) gb += d[base + p]!;
        grad[biasAt[l]! + r] = gb;
        for (let c = 0; c < fanIn; c++) {
          const from = c * m;
          let gw = 0;
          for (let p = 0; p < m; p++) gw += d[base + p]! * prev[from + p]!;
          grad[w + r * fanIn + c] = gw;
        }
      }
      if (l === 0) break;
      // δ of the layer below: Wᵀδ times the activation's derivative, taken from its output a:
      // tanh′ = 1 − a², ReLU′ = 1 where a > 0 (0 at the kink, as PyTorch takes it).
      const below = deltas[l]!;
      below.fill(0, 0, fanIn * m);
      for (let r = 0; r < out; r++) {
        const base = r * m;
        for (let c = 0; c < fanIn; c++) {
          const weight = params[w + r * fanIn + c]!;
          const to = c * m;
          for (let p = 0; p < m; p++) below[to + p] = below[to + p]! + weight * d[base + p]!;
        }
      }
      const size = fanIn * m;
      if (tanh) for (let k = 0; k < size; k++) below[k] = below[k]! * (1 - prev[k]! * prev[k]!);
      else for (let k = 0; k < size; k++) if (!(prev[k]! > 0)) below[k] = 0;
    }
  }

  // One point at a time, for the classifier views (probability grid, accuracy).
  const unit = sizes.map((size) => new Float64Array(size));
  function logit(params: Float64Array, a: number, b: number): number {
    unit[0]![0] = a;
    unit[0]![1] = b;
    for (let l = 0; l < layers; l++) {
      const fanIn = sizes[l]!;
      const prev = unit[l]!;
      const cur = unit[l + 1]!;
      for (let r = 0; r < sizes[l + 1]!; r++) {
        let s = params[biasAt[l]! + r]!;
        const row = weightAt[l]! + r * fanIn;
        for (let c = 0; c < fanIn; c++) s += params[row + c]! * prev[c]!;
        cur[r] = l === layers - 1 ? s : tanh ? fastTanh(s) : s > 0 ? s : 0;
      }
    }
    return unit[layers]![0]!;
  }

  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;

  const source = spec.data?.points?.length
    ? 'your data'
    : resolveClassificationData(spec.data, 'moons').generator;
  const shape = sizes.join('-');
  const info: ProblemInfo = {
    name: MLP,
    title: `MLP ${shape} (${activation}) on ${source}`,
    formula: `(1/n)·Σ [log(1 + e^zᵢ) − yᵢ·zᵢ],  zᵢ = f_θ(xᵢ), f_θ: ${sizes.join(' → ')} with ${activation}`,
    view: { x: [-1, 1], y: [-1, 1] },
    start: initialMlpParams(hidden, initSeed),
    minima: [],
    fMin: null,
    // A cross-entropy: ≥ 0, its infimum unknown (0 on separable data, at infinity).
    fLowerBound: 0,
    note: 'A small neural network: its loss is not convex, has many equivalent minima (swap two hidden units) and flat stretches where units saturate.',
    axes: ['direction 1', 'direction 2'],
  };

  return modelProblem({
    dim,
    info,
    n,
    batchSize: spec.batchSize,
    layout,
    classifier: classifierOf(data, dataViewOf(data), logit),
    createHessianVectorProduct: () => mlpHessianProduct({ sizes, tanh, weightAt, biasAt }, data),
    value(params) {
      const m = gather(all, 0, n);
      forwardBatch(params, m);
      return meanLoss(m, false);
    },
    lossAndGrad(params, grad, indices, begin, end) {
      const m = gather(indices, begin, end);
      forwardBatch(params, m);
      const loss = meanLoss(m, true);
      backwardBatch(params, grad, m);
      return loss;
    },
  });
}
