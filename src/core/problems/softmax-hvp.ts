/**
 * The exact Hessian-vector product H(θ)·v of the softmax network's mean cross-entropy over the
 * training points (softmax-net.ts), by Pearlmutter's R-operator ("Fast exact multiplication by
 * the Hessian", Neural Computation 6, 1994), as mlp-hvp.ts does for the binary MLP: every
 * quantity of the forward pass and of backpropagation differentiated along v (forward over
 * reverse). Exact up to rounding.
 *
 * With z⁽ˡ⁺¹⁾ = W⁽ˡ⁾a⁽ˡ⁾ + b⁽ˡ⁾, a = φ(z) in the hidden layers and the logits z⁽ᴸ⁾, the loss
 * (1/n)·Σₚ [log Σₖ e^zₚₖ − zₚ,yₚ]; s = softmax(z⁽ᴸ⁾), δ⁽ᴸ⁾ = (s − onehot(y))/n,
 * e⁽ˡ⁾ = δ⁽ˡ⁺¹⁾W⁽ˡ⁾, δ⁽ˡ⁾ = φ′ ⊙ e⁽ˡ⁾. With v = (V⁽ˡ⁾, c⁽ˡ⁾) in θ's layout:
 *   R{a⁽⁰⁾} = 0,  R{z⁽ˡ⁺¹⁾} = V⁽ˡ⁾a⁽ˡ⁾ + W⁽ˡ⁾R{a⁽ˡ⁾} + c⁽ˡ⁾,  R{a} = φ′(z)·R{z}
 *   R{δ⁽ᴸ⁾} = s ⊙ (R{z⁽ᴸ⁾} − ⟨s, R{z⁽ᴸ⁾}⟩)/n       (the softmax's Jacobian diag(s) − ssᵀ)
 *   R{δ⁽ˡ⁾} = φ′ ⊙ (R{δ⁽ˡ⁺¹⁾}W⁽ˡ⁾ + δ⁽ˡ⁺¹⁾V⁽ˡ⁾) + φ″·R{z} ⊙ e⁽ˡ⁾
 *   H·v = (R{δ⁽ˡ⁺¹⁾}ᵀa⁽ˡ⁾ + δ⁽ˡ⁺¹⁾ᵀR{a⁽ˡ⁾},  Σₚ R{δ⁽ˡ⁺¹⁾})  per layer
 * tanh: φ′ = 1 − a², φ″·R{z} = −2a·R{a}. ReLU: φ′ = 1 where a > 0, φ″ = 0 (the Hessian of the
 * piecewise-linear network between its kinks, as the gradient takes the kink).
 *
 * `at(θ)` runs the forward pass and backpropagation once; each `times` then costs an R-forward
 * and an R-backward pass, about twice a gradient. Buffers point-major, allocated once.
 */
import { fastTanh } from './activations';
import { denseBackward, denseForward, denseGradient } from './dense';
import type { NetShape } from './softmax-net';
import type { HessianVectorProduct } from './types';

/** The training points: m rows of d standardised features, and their labels. */
export interface TrainingRows {
  readonly m: number;
  readonly x: Float64Array;
  readonly labels: Int32Array;
}

export function softmaxHessianProduct(shape: NetShape, rows: TrainingRows): HessianVectorProduct {
  const { sizes, weightAt, biasAt, dim } = shape;
  const tanh = shape.activation === 'tanh';
  const layers = sizes.length - 1;
  const K = sizes[layers]!;
  const { m: n, x, labels } = rows;
  const buffers = () => sizes.map((size, l) => (l === 0 ? x : new Float64Array(size * n)));
  const acts = buffers(); // a⁽ˡ⁾ (acts[0] the inputs), the logits at L
  const deltas = buffers(); // δ⁽ˡ⁾ for l ≥ 1
  const errors = buffers(); // e⁽ˡ⁾ for the hidden layers
  const rActs = buffers(); // R{a⁽ˡ⁾}; R{z⁽ᴸ⁾} at L
  const rDeltas = buffers(); // R{δ⁽ˡ⁾}
  const softmax = new Float64Array(K * n);
  const params = new Float64Array(dim);
  // θ-shaped, and past its end room for a bias sum that denseGradient writes and nobody reads.
  const widest = Math.max(...sizes);
  const scratch = new Float64Array(dim + widest);
  const products = sizes.map((size) => new Float64Array(size * n)); // a product before adding

  return {
    at(theta) {
      params.set(theta);
      for (let l = 0; l < layers; l++) {
        const z = acts[l + 1]!;
        denseForward(acts[l]!, n, sizes[l]!, sizes[l + 1]!, params, weightAt[l]!, biasAt[l]!, z);
        if (l === layers - 1) break;
        for (let k = 0; k < z.length; k++) z[k] = tanh ? fastTanh(z[k]!) : z[k]! > 0 ? z[k]! : 0;
      }
      const z = acts[layers]!;
      const dz = deltas[layers]!;
      for (let p = 0; p < n; p++) {
        const at = p * K;
        let max = -Infinity;
        for (let k = 0; k < K; k++) max = Math.max(max, z[at + k]!);
        let total = 0;
        for (let k = 0; k < K; k++) total += softmax[at + k] = Math.exp(z[at + k]! - max);
        for (let k = 0; k < K; k++) {
          softmax[at + k] = softmax[at + k]! / total;
          dz[at + k] = softmax[at + k]! / n;
        }
        dz[at + labels[p]!] = dz[at + labels[p]!]! - 1 / n;
      }
      for (let l = layers - 1; l >= 1; l--) {
        const e = errors[l]!;
        denseBackward(deltas[l + 1]!, n, sizes[l]!, sizes[l + 1]!, params, weightAt[l]!, e);
        const a = acts[l]!;
        const d = deltas[l]!;
        for (let k = 0; k < e.length; k++)
          d[k] = tanh ? e[k]! * (1 - a[k]! * a[k]!) : a[k]! > 0 ? e[k]! : 0;
      }
    },
    times(vector, out) {
      // R-forward: R{z⁽ˡ⁺¹⁾} = V·a + c (dense, v as the parameters) + W·R{a}.
      for (let l = 0; l < layers; l++) {
        const fanIn = sizes[l]!;
        const fanOut = sizes[l + 1]!;
        const rz = rActs[l + 1]!;
        denseForward(acts[l]!, n, fanIn, fanOut, vector, weightAt[l]!, biasAt[l]!, rz);
        if (l > 0) {
          // W·R{a} with a zero bias: the bias of θ is not part of R{z}.
          scratch.fill(0, biasAt[l]!, biasAt[l]! + fanOut);
          scratch.set(params.subarray(weightAt[l]!, biasAt[l]!), weightAt[l]!);
          const product = products[l + 1]!;
          denseForward(rActs[l]!, n, fanIn, fanOut, scratch, weightAt[l]!, biasAt[l]!, product);
          for (let k = 0; k < n * fanOut; k++) rz[k] = rz[k]! + product[k]!;
        }
        if (l === layers - 1) break;
        const a = acts[l + 1]!;
        for (let k = 0; k < n * fanOut; k++)
          rz[k] = tanh ? (1 - a[k]! * a[k]!) * rz[k]! : a[k]! > 0 ? rz[k]! : 0;
      }
      // R{δ⁽ᴸ⁾} = s ⊙ (R{z} − ⟨s, R{z}⟩)/n.
      const rzL = rActs[layers]!;
      const rdL = rDeltas[layers]!;
      for (let p = 0; p < n; p++) {
        const at = p * K;
        let dot = 0;
        for (let k = 0; k < K; k++) dot += softmax[at + k]! * rzL[at + k]!;
        for (let k = 0; k < K; k++) rdL[at + k] = (softmax[at + k]! * (rzL[at + k]! - dot)) / n;
      }
      // R-backward, layer by layer from the output; H·v's blocks on the way.
      for (let l = layers - 1; l >= 0; l--) {
        const fanIn = sizes[l]!;
        const fanOut = sizes[l + 1]!;
        denseGradient(rDeltas[l + 1]!, acts[l]!, n, fanIn, fanOut, out, weightAt[l]!, biasAt[l]!);
        if (l === 0) break; // R{a⁽⁰⁾} = 0: no second term, no δ for the inputs
        denseGradient(deltas[l + 1]!, rActs[l]!, n, fanIn, fanOut, scratch, weightAt[l]!, dim);
        for (let k = weightAt[l]!; k < biasAt[l]!; k++) out[k] = out[k]! + scratch[k]!;
        // R{δ⁽ˡ⁾} = φ′ ⊙ (R{δ}W + δV) + φ″·R{z} ⊙ e.
        const rd = rDeltas[l]!;
        const product = products[l]!;
        denseBackward(rDeltas[l + 1]!, n, fanIn, fanOut, params, weightAt[l]!, rd);
        denseBackward(deltas[l + 1]!, n, fanIn, fanOut, vector, weightAt[l]!, product);
        const a = acts[l]!;
        const ra = rActs[l]!;
        const e = errors[l]!;
        for (let k = 0; k < n * fanIn; k++) {
          const sum = rd[k]! + product[k]!;
          rd[k] = tanh
            ? (1 - a[k]! * a[k]!) * sum - 2 * a[k]! * ra[k]! * e[k]!
            : a[k]! > 0
              ? sum
              : 0;
        }
      }
    },
  };
}
