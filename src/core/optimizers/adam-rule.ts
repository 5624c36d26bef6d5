/**
 * The rule Adam, AdamW, AMSGrad and textbook Adam without bias correction share: PyTorch
 * `torch/optim/adam.py` `_single_tensor_adam` and `adamw.py` `_single_tensor_adamw`
 * (docs/optimizers.md, Adam to AMSGrad; Kingma & Ba 2015, Alg. 1; Loshchilov & Hutter 2019;
 * Reddi et al. 2018), with its inspector derivation and formulas. The modules adam.ts, adamw.ts
 * and amsgrad.ts call it; the other Adam-like rules reuse its formula lines.
 */
import type { ResolvedHyperparams } from './hyperparam-types';
import { type DeriveInput, type Derived } from './module';
import { bufferOf, each, startDerived } from './derived';
import { decayedGrad, ema, emaSquare } from './parts';
import type { UpdateRule } from './types';

export interface AdamVariant {
  /** AdamW: θ ← θ·(1 − lr·wd) before the moments, and g is not modified. */
  decoupledWeightDecay: boolean;
  /** AMSGrad as PyTorch's code has it: the max of the raw v. */
  amsgrad: boolean;
}

/**
 *   t ← t + 1
 *   AdamW: θ ← θ·(1 − lr·wd)            Adam: g ← g + wd·θ  (L2)
 *   m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
 *   bias correction (default):  bc1 = 1 − β1ᵗ, bc2 = 1 − β2ᵗ
 *     denom = √v/√bc2 + ε  (AMSGrad: √max(vmax, v)/√bc2 + ε);  θ ← θ − (lr/bc1)·m/denom
 *   without (docs/optimizers.md#adam-without-bias-correction):  θ ← θ − lr·m/(√v + ε)
 * The operations and their order are PyTorch 1.13's (`mul_(β1).add_(g, alpha=1 − β1)`,
 * `addcmul_`, `addcdiv_` = (value·m)/denom), so the float64 iterates match torch.optim's.
 * β1 is the cycled value, read each step because OneCycleLR may write it.
 */
export function adamRule(hp: ResolvedHyperparams, dim: number, variant: AdamVariant): UpdateRule {
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const vmax = new Float64Array(variant.amsgrad ? dim : 0);
  const { beta2, eps, weightDecay, biasCorrection } = hp;
  const { decoupledWeightDecay, amsgrad } = variant;
  const l2 = decoupledWeightDecay ? 0 : weightDecay;
  return {
    update(params, grad, lr, t, beta1) {
      if (decoupledWeightDecay) {
        const shrink = 1 - lr * weightDecay; // param.mul_(1 − lr·wd)
        for (let i = 0; i < dim; i++) params[i] = params[i]! * shrink;
      }
      const bc1 = 1 - beta1 ** t;
      const bc2Sqrt = Math.sqrt(1 - beta2 ** t);
      const negStepSize = -(lr / bc1);
      for (let i = 0; i < dim; i++) {
        const g = decayedGrad(grad, params, i, l2);
        const mi = ema(m[i]!, beta1, g);
        const vi = emaSquare(v[i]!, beta2, g);
        m[i] = mi;
        v[i] = vi;
        if (!biasCorrection) {
          // docs/optimizers.md#adam-without-bias-correction: θ ← θ − lr·m/(√v + ε)
          params[i] = params[i]! + (-lr * mi) / (Math.sqrt(vi) + eps);
          continue;
        }
        let second = vi;
        if (amsgrad) {
          second = vmax[i]! > vi ? vmax[i]! : vi; // torch.maximum(max_exp_avg_sq, exp_avg_sq)
          vmax[i] = second;
        }
        const denom = Math.sqrt(second) / bc2Sqrt + eps;
        params[i] = params[i]! + (negStepSize * mi) / denom; // addcdiv_(m, denom, value=-step_size)
      }
    },
    state: () =>
      amsgrad ? { exp_avg: m, exp_avg_sq: v, max_exp_avg_sq: vmax } : { exp_avg: m, exp_avg_sq: v },
  };
}

/** m, v, the bias corrections, m̂, v̂ (of v_max for AMSGrad) and the denominator; AdamW's decay. */
export function deriveAdam(input: DeriveInput, variant: AdamVariant): Derived {
  const derived = startDerived(input);
  const { vectors, scalars } = derived;
  const { hp, theta, lr } = input;
  const dim = theta.length;
  const t = input.after.t;
  const m = bufferOf(input, 'exp_avg');
  const v = bufferOf(input, 'exp_avg_sq');
  vectors.m = m;
  vectors.v = v;
  if (variant.decoupledWeightDecay)
    vectors.decay = each(dim, (i) => lr * hp.weightDecay * theta[i]!);
  if (!hp.biasCorrection) {
    vectors.denom = each(dim, (i) => Math.sqrt(v[i]!) + hp.eps);
    return derived;
  }
  const bc1 = 1 - hp.beta1 ** t;
  const bc2 = 1 - hp.beta2 ** t;
  scalars.bc1 = bc1;
  scalars.bc2 = bc2;
  const second = variant.amsgrad ? bufferOf(input, 'max_exp_avg_sq') : v;
  if (variant.amsgrad) vectors.vmax = second;
  vectors.mHat = each(dim, (i) => m[i]! / bc1);
  vectors.vHat = each(dim, (i) => second[i]! / bc2);
  vectors.denom = each(dim, (i) => Math.sqrt(second[i]!) / Math.sqrt(bc2) + hp.eps);
  return derived;
}

/**
 * What the Adam family's modules declare alike (AdamW overrides the decay): OneCycleLR cycles
 * β1, weight decay is L2 (folded into g), and m is shown as m̂ = m/(1 − β1ᵗ).
 */
export const ADAM_FAMILY = {
  cycles: 'beta1',
  decoupledWeightDecay: false,
  biasCorrectedMoment: true,
} as const;

/** The Adam family's β and ε defaults (PyTorch's, docs/optimizers.md#defaults). */
export const ADAM_BETAS = { beta1: 0.9, beta2: 0.999, eps: 1e-8 } as const;
