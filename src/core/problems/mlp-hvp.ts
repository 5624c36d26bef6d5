/**
 * The exact Hessian-vector product H(θ)·v of the MLP's mean binary cross-entropy (mlp.ts), by
 * Pearlmutter's R-operator ("Fast exact multiplication by the Hessian", Neural Computation 6,
 * 1994): R{·} = d/dr (·)(θ + r·v) at r = 0 applied to every quantity of the forward pass and of
 * backpropagation, which is forward-mode differentiation of the gradient (forward-over-reverse).
 * Exact up to rounding: no finite difference, no Gauss–Newton approximation.
 *
 * With z⁽ˡ⁺¹⁾ = W⁽ˡ⁾a⁽ˡ⁾ + b⁽ˡ⁾, a = φ(z) in the hidden layers, the logit z⁽ᴸ⁾ and the loss
 * (1/n)·Σ softplus(z) − y·z; δ⁽ᴸ⁾ = (σ(z) − y)/n, δ⁽ˡ⁾ = φ′(z⁽ˡ⁾) ⊙ e⁽ˡ⁾, e⁽ˡ⁾ = W⁽ˡ⁾ᵀδ⁽ˡ⁺¹⁾;
 * ∇W⁽ˡ⁾ = δ⁽ˡ⁺¹⁾a⁽ˡ⁾ᵀ, ∇b⁽ˡ⁾ = Σₚ δ⁽ˡ⁺¹⁾. With v = (V⁽ˡ⁾, c⁽ˡ⁾) in θ's layout:
 *   R{a⁽⁰⁾} = 0,  R{z⁽ˡ⁺¹⁾} = V⁽ˡ⁾a⁽ˡ⁾ + W⁽ˡ⁾R{a⁽ˡ⁾} + c⁽ˡ⁾,  R{a} = φ′(z)·R{z}
 *   R{δ⁽ᴸ⁾} = σ(z)σ(−z)·R{z⁽ᴸ⁾}/n
 *   R{δ⁽ˡ⁾} = φ′(z)⊙(V⁽ˡ⁾ᵀδ⁽ˡ⁺¹⁾ + W⁽ˡ⁾ᵀR{δ⁽ˡ⁺¹⁾}) + φ″(z)·R{z}⊙e⁽ˡ⁾
 *   H·v = (R{δ⁽ˡ⁺¹⁾}a⁽ˡ⁾ᵀ + δ⁽ˡ⁺¹⁾R{a⁽ˡ⁾}ᵀ,  Σₚ R{δ⁽ˡ⁺¹⁾})  per layer
 * tanh: φ′ = 1 − a², φ″·R{z} = −2a·φ′·R{z} = −2a·R{a}. ReLU: φ′ = 1 where a > 0 (0 at the kink,
 * as the gradient takes it), φ″ = 0: the Hessian of the piecewise-linear network between kinks.
 *
 * `at(θ)` runs the forward pass and backpropagation once and keeps a, δ and e; each `times`
 * then costs the R-forward and R-backward passes, about twice a gradient. Buffers are allocated
 * once, feature-major as in mlp.ts (unit u of point p at u·n + p).
 */
import type { ClassificationData, HessianVectorProduct } from './types';
import { fastTanh } from './activations';
import { sigmoid } from './models';

/** The network as mlp.ts builds it: layer widths [2, …hidden, 1] and the hidden activation. */
export interface MlpShape {
  sizes: readonly number[];
  tanh: boolean;
  /** θ's offset of each layer's weight (out × in, row-major) and bias. */
  weightAt: Int32Array;
  biasAt: Int32Array;
}

export function mlpHessianProduct(shape: MlpShape, data: ClassificationData): HessianVectorProduct {
  const { sizes, tanh, weightAt, biasAt } = shape;
  const { x1, x2, labels } = data;
  const n = labels.length;
  const layers = sizes.length - 1;
  const buffers = () => sizes.map((size) => new Float64Array(size * n));
  const acts = buffers(); // a⁽ˡ⁾ (acts[0] the inputs, acts[layers] the logits z⁽ᴸ⁾)
  const deltas = buffers(); // δ⁽ˡ⁾ = ∂loss/∂z⁽ˡ⁾ for l ≥ 1
  const errors = buffers(); // e⁽ˡ⁾ = W⁽ˡ⁾ᵀδ⁽ˡ⁺¹⁾ for the hidden layers (δ before φ′)
  const rActs = buffers(); // R{a⁽ˡ⁾}, and R{z⁽ᴸ⁾} at the output
  const rDeltas = buffers(); // R{δ⁽ˡ⁾}
  const curvatureOut = new Float64Array(n); // σ(z)σ(−z)/n at the output
  const params = new Float64Array(weightAt.length ? biasAt[layers - 1]! + 1 : 0);

  for (let p = 0; p < n; p++) {
    acts[0]![p] = x1[p]!;
    acts[0]![n + p] = x2[p]!;
  }

  /**
   * out[r·n + p] = bias[r] + Σ_c M[r, c]·inp[c·n + p] (+ Σ_c M2[r, c]·inp2[c·n + p]), M the weight
   * block of layer l in `source` (θ or v), the bias from `source` too. Both sums in one pass
   * over out: the R-forward pass adds V·a and W·R{a}.
   */
  function affine(
    source: Float64Array,
    l: number,
    inp: Float64Array,
    out: Float64Array,
    second?: { source: Float64Array; inp: Float64Array },
  ): void {
    const fanIn = sizes[l]!;
    const w = weightAt[l]!;
    for (let r = 0; r < sizes[l + 1]!; r++) {
      const base = r * n;
      out.fill(source[biasAt[l]! + r]!, base, base + n);
      for (let c = 0; c < fanIn; c++) {
        const weight = source[w + r * fanIn + c]!;
        const from = c * n;
        if (second) {
          const weight2 = second.source[w + r * fanIn + c]!;
          const inp2 = second.inp;
          for (let p = 0; p < n; p++)
            out[base + p] = out[base + p]! + weight * inp[from + p]! + weight2 * inp2[from + p]!;
        } else for (let p = 0; p < n; p++) out[base + p] = out[base + p]! + weight * inp[from + p]!;
      }
    }
  }

  /**
   * out[c·n + p] = Σ_r M[r, c]·d[r·n + p] (+ Σ_r M2[r, c]·d2[r·n + p]): the transposed weight
   * block of layer l, overwriting out; the R-backward pass adds Vᵀδ and WᵀR{δ}.
   */
  function affineTransposed(
    source: Float64Array,
    l: number,
    d: Float64Array,
    out: Float64Array,
    second?: { source: Float64Array; d: Float64Array },
  ): void {
    const fanIn = sizes[l]!;
    const w = weightAt[l]!;
    out.fill(0, 0, fanIn * n);
    for (let r = 0; r < sizes[l + 1]!; r++) {
      const base = r * n;
      for (let c = 0; c < fanIn; c++) {
        const weight = source[w + r * fanIn + c]!;
        const to = c * n;
        if (second) {
          const weight2 = second.source[w + r * fanIn + c]!;
          const d2 = second.d;
          for (let p = 0; p < n; p++)
            out[to + p] = out[to + p]! + weight * d[base + p]! + weight2 * d2[base + p]!;
        } else for (let p = 0; p < n; p++) out[to + p] = out[to + p]! + weight * d[base + p]!;
      }
    }
  }

  /** φ′ from the activation's output a: 1 − a² (tanh), 1 where a > 0 (ReLU). */
  const slope = (a: number): number => (tanh ? 1 - a * a : a > 0 ? 1 : 0);

  return {
    at(theta) {
      params.set(theta);
      // Forward (as mlp.ts's forwardBatch).
      for (let l = 0; l < layers; l++) {
        const cur = acts[l + 1]!;
        affine(params, l, acts[l]!, cur);
        if (l === layers - 1) break;
        const size = sizes[l + 1]! * n;
        if (tanh) for (let k = 0; k < size; k++) cur[k] = fastTanh(cur[k]!);
        else for (let k = 0; k < size; k++) if (!(cur[k]! > 0)) cur[k] = 0;
      }
      const logits = acts[layers]!;
      const dz = deltas[layers]!;
      for (let p = 0; p < n; p++) {
        const z = logits[p]!;
        dz[p] = (sigmoid(z) - labels[p]!) / n;
        curvatureOut[p] = (sigmoid(z) * sigmoid(-z)) / n;
      }
      // Backward: e⁽ˡ⁾ = W⁽ˡ⁾ᵀδ⁽ˡ⁺¹⁾, δ⁽ˡ⁾ = φ′ ⊙ e⁽ˡ⁾ for the hidden layers.
      for (let l = layers - 1; l >= 1; l--) {
        const e = errors[l]!;
        affineTransposed(params, l, deltas[l + 1]!, e);
        const a = acts[l]!;
        const d = deltas[l]!;
        for (let k = 0; k < e.length; k++) d[k] = slope(a[k]!) * e[k]!;
      }
    },
    times(vector, out) {
      // R-forward: R{z⁽ˡ⁺¹⁾} = V a + W R{a} + c, R{a} = φ′ R{z}.
      for (let l = 0; l < layers; l++) {
        const rz = rActs[l + 1]!;
        affine(vector, l, acts[l]!, rz, l > 0 ? { source: params, inp: rActs[l]! } : undefined);
        if (l === layers - 1) break;
        const a = acts[l + 1]!;
        for (let k = 0; k < rz.length; k++) rz[k] = slope(a[k]!) * rz[k]!;
      }
      // R-backward, from R{δ⁽ᴸ⁾} = σσ′-weighted R{z⁽ᴸ⁾} down to the first layer.
      const rOut = rDeltas[layers]!;
      const rLogits = rActs[layers]!;
      for (let p = 0; p < n; p++) rOut[p] = curvatureOut[p]! * rLogits[p]!;
      for (let l = layers - 1; l >= 0; l--) {
        const fanIn = sizes[l]!;
        const a = acts[l]!;
        const ra = rActs[l]!;
        const d = deltas[l + 1]!;
        const rd = rDeltas[l + 1]!;
        const w = weightAt[l]!;
        for (let r = 0; r < sizes[l + 1]!; r++) {
          const base = r * n;
          let gb = 0;
          for (let p = 0; p < n; p++) gb += rd[base + p]!;
          out[biasAt[l]! + r] = gb;
          for (let c = 0; c < fanIn; c++) {
            const from = c * n;
            let gw = 0;
            if (l === 0) for (let p = 0; p < n; p++) gw += rd[base + p]! * a[from + p]!;
            else
              for (let p = 0; p < n; p++)
                gw += rd[base + p]! * a[from + p]! + d[base + p]! * ra[from + p]!;
            out[w + r * fanIn + c] = gw;
          }
        }
        if (l === 0) break;
        // R{δ⁽ˡ⁾} = φ′ ⊙ (Vᵀδ + WᵀR{δ}) + φ″R{z} ⊙ e.
        const below = rDeltas[l]!;
        affineTransposed(vector, l, d, below, { source: params, d: rd });
        const e = errors[l]!;
        for (let k = 0; k < below.length; k++) {
          const ak = a[k]!;
          below[k] = slope(ak) * below[k]! + (tanh ? -2 * ak * ra[k]! * e[k]! : 0);
        }
      }
    },
  };
}
