/**
 * A fully connected network with a softmax output and the cross-entropy loss, over batches of
 * points stored point-major (issue 22): PyTorch's
 *   nn.Sequential(nn.Linear(d, h₁), act, …, nn.Linear(h_k, K))   (no hidden layer: nn.Linear(d, K))
 * with nn.CrossEntropyLoss() (mean reduction): loss = (1/m)·Σₚ [log Σₖ e^zₚₖ − zₚ,yₚ]. θ is the
 * network's `state_dict` in order (per layer the weight, out × in row-major, then the bias).
 *
 * `createNetPasses` allocates its buffers once for batches of up to `capacity` points; a pass
 * allocates nothing, as the run loop needs (thousands of steps per second). The products are
 * src/core/problems/dense.ts's blocked kernels.
 */
import type { Activation } from '../../scenario/data-types';
import { createRng } from '../rng';
import { fastTanh } from './activations';
import { denseBackward, denseForward, denseGradient } from './dense';
import type { ParamGroup } from './types';

/** The network: layer widths [d, …hidden, K], the hidden activation, and θ's offsets. */
export interface NetShape {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  /** θ's offset of each layer's weight and bias. */
  readonly weightAt: Int32Array;
  readonly biasAt: Int32Array;
  /** Parameters in all. */
  readonly dim: number;
}

export function netShape(sizes: readonly number[], activation: Activation): NetShape {
  const layers = sizes.length - 1;
  const weightAt = new Int32Array(layers);
  const biasAt = new Int32Array(layers);
  let offset = 0;
  for (let l = 0; l < layers; l++) {
    weightAt[l] = offset;
    offset += sizes[l]! * sizes[l + 1]!;
    biasAt[l] = offset;
    offset += sizes[l + 1]!;
  }
  return { sizes, activation, weightAt, biasAt, dim: offset };
}

/**
 * θ's weight and bias blocks, named as the state_dict names them: `weight`, `bias` for a single
 * nn.Linear; `0.weight`, `0.bias`, `2.weight`, … in an nn.Sequential (activations between).
 */
export function netLayout(shape: NetShape): ParamGroup[] {
  const { sizes, weightAt, biasAt } = shape;
  const layers = sizes.length - 1;
  return Array.from({ length: layers }, (_, l) => {
    const prefix = layers === 1 ? '' : `${2 * l}.`;
    const rows = sizes[l + 1]!;
    return [
      { name: `${prefix}weight`, kind: 'weight', offset: weightAt[l]!, rows, cols: sizes[l]! },
      { name: `${prefix}bias`, kind: 'bias', offset: biasAt[l]!, rows, cols: 1 },
    ] satisfies ParamGroup[];
  }).flat();
}

/**
 * PyTorch's default initial parameters, layer by layer, weight then bias, from
 * `createRng(initSeed)`: nn.Linear.reset_parameters draws both from U(−1/√fan_in, 1/√fan_in)
 * (kaiming_uniform_ with a = √5 for the weight). Same distribution as PyTorch, not its numbers
 * (the generator is Descent's), as src/core/problems/mlp.ts does.
 */
export function initialNetParams(sizes: readonly number[], initSeed: number): number[] {
  const rng = createRng(initSeed);
  const params: number[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const bound = 1 / Math.sqrt(sizes[l]!);
    const count = sizes[l]! * sizes[l + 1]! + sizes[l + 1]!;
    for (let k = 0; k < count; k++) params.push(bound * (2 * rng.uniform() - 1));
  }
  return params;
}

/** The loss of a pass and how many of its points were classified right. */
export interface PassScore {
  loss: number;
  correct: number;
}

export interface NetPasses {
  /** The layers' outputs of the last forward pass: acts[l] for l ≥ 1 (acts[L] the logits). */
  readonly acts: Float64Array[];
  /** Forward pass over m points of `input` (point-major, m × d). */
  forward(params: Float64Array, input: Float64Array, m: number): void;
  /**
   * Mean cross-entropy of the forwarded points against `labels[0 … m − 1]` and the number right
   * (argmax of the logits, the first on ties, as torch.argmax); with `withDelta`, writes
   * ∂loss/∂z = (softmax(z) − onehot(y))/m for `backward`.
   */
  score(labels: Int32Array, m: number, withDelta: boolean, out: PassScore): void;
  /** Backpropagation after `score(…, true)`: every entry of ∂(mean loss)/∂θ into `grad`. */
  backward(params: Float64Array, input: Float64Array, grad: Float64Array, m: number): void;
}

export function createNetPasses(shape: NetShape, capacity: number): NetPasses {
  const { sizes, weightAt, biasAt } = shape;
  const layers = sizes.length - 1;
  const tanh = shape.activation === 'tanh';
  const K = sizes[layers]!;
  const buffer = (l: number) => new Float64Array(l === 0 ? 0 : sizes[l]! * capacity);
  const acts = sizes.map((_, l) => buffer(l));
  const deltas = sizes.map((_, l) => buffer(l));

  return {
    acts,
    forward(params, input, m) {
      for (let l = 0; l < layers; l++) {
        const a = l === 0 ? input : acts[l]!;
        const z = acts[l + 1]!;
        denseForward(a, m, sizes[l]!, sizes[l + 1]!, params, weightAt[l]!, biasAt[l]!, z);
        if (l === layers - 1) break; // the logits: the softmax is in the loss
        const size = m * sizes[l + 1]!;
        if (tanh) for (let k = 0; k < size; k++) z[k] = fastTanh(z[k]!);
        else for (let k = 0; k < size; k++) if (!(z[k]! > 0)) z[k] = 0;
      }
    },
    score(labels, m, withDelta, out) {
      const z = acts[layers]!;
      const dz = deltas[layers]!;
      let sum = 0;
      let correct = 0;
      for (let p = 0; p < m; p++) {
        const at = p * K;
        let max = z[at]!;
        let best = 0;
        for (let k = 1; k < K; k++)
          if (z[at + k]! > max) {
            max = z[at + k]!;
            best = k;
          }
        // log Σ e^z = max + log Σ e^(z − max): no overflow (the log-sum-exp trick, as
        // torch.log_softmax computes it).
        let total = 0;
        for (let k = 0; k < K; k++) {
          const e = Math.exp(z[at + k]! - max);
          dz[at + k] = e;
          total += e;
        }
        const y = labels[p]!;
        sum += max + Math.log(total) - z[at + y]!;
        if (best === y) correct++;
        if (withDelta) {
          for (let k = 0; k < K; k++) dz[at + k] = dz[at + k]! / total / m;
          dz[at + y] = dz[at + y]! - 1 / m;
        }
      }
      out.loss = sum / m;
      out.correct = correct;
    },
    backward(params, input, grad, m) {
      for (let l = layers - 1; l >= 0; l--) {
        const a = l === 0 ? input : acts[l]!;
        const d = deltas[l + 1]!;
        const fanIn = sizes[l]!;
        const fanOut = sizes[l + 1]!;
        denseGradient(d, a, m, fanIn, fanOut, grad, weightAt[l]!, biasAt[l]!);
        if (l === 0) break; // no δ for the inputs
        const below = deltas[l]!;
        denseBackward(d, m, fanIn, fanOut, params, weightAt[l]!, below);
        // δ = φ′(z) ⊙ e, φ′ from the layer's output a: tanh′ = 1 − a², ReLU′ = 1 where a > 0
        // (0 at the kink, as PyTorch takes it).
        const size = m * fanIn;
        if (tanh) for (let k = 0; k < size; k++) below[k] = below[k]! * (1 - a[k]! * a[k]!);
        else for (let k = 0; k < size; k++) if (!(a[k]! > 0)) below[k] = 0;
      }
    },
  };
}
