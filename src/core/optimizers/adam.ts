/**
 * Adam, AdamW, AMSGrad and textbook Adam without bias correction: PyTorch
 * `torch/optim/adam.py` `_single_tensor_adam` and `adamw.py` `_single_tensor_adamw`
 * (docs/optimizers.md, Adam to AMSGrad; Kingma & Ba 2015, Alg. 1; Loshchilov & Hutter 2019; Reddi et al. 2018).
 */
import type { ResolvedHyperparams } from './hyperparams';
import type { Optimizer } from './types';

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
 * β1 is read each step because OneCycleLR may write it.
 */
export function createAdam(hp: ResolvedHyperparams, dim: number, variant: AdamVariant): Optimizer {
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const vmax = new Float64Array(variant.amsgrad ? dim : 0);
  const { beta2, eps, weightDecay, biasCorrection } = hp;
  const { decoupledWeightDecay, amsgrad } = variant;
  const l2 = decoupledWeightDecay ? 0 : weightDecay;
  let beta1 = hp.beta1;
  let t = 0;
  return {
    cycles: 'beta1',
    setCycledMomentum(value) {
      beta1 = value;
    },
    step(params, grad, lr) {
      t++;
      if (decoupledWeightDecay) {
        const shrink = 1 - lr * weightDecay; // param.mul_(1 − lr·wd)
        for (let i = 0; i < dim; i++) params[i] = params[i]! * shrink;
      }
      const oneMinusBeta1 = 1 - beta1;
      const oneMinusBeta2 = 1 - beta2;
      if (!biasCorrection) {
        for (let i = 0; i < dim; i++) {
          const g = l2 !== 0 ? grad[i]! + l2 * params[i]! : grad[i]!;
          const mi = m[i]! * beta1 + oneMinusBeta1 * g;
          const vi = v[i]! * beta2 + oneMinusBeta2 * g * g;
          m[i] = mi;
          v[i] = vi;
          params[i] = params[i]! + (-lr * mi) / (Math.sqrt(vi) + eps);
        }
        return;
      }
      const bc1 = 1 - beta1 ** t;
      const bc2Sqrt = Math.sqrt(1 - beta2 ** t);
      const negStepSize = -(lr / bc1);
      for (let i = 0; i < dim; i++) {
        const g = l2 !== 0 ? grad[i]! + l2 * params[i]! : grad[i]!;
        const mi = m[i]! * beta1 + oneMinusBeta1 * g; // exp_avg.mul_(β1).add_(g, alpha=1 − β1)
        const vi = v[i]! * beta2 + oneMinusBeta2 * g * g; // exp_avg_sq.mul_(β2).addcmul_(g, g, 1 − β2)
        m[i] = mi;
        v[i] = vi;
        let second = vi;
        if (amsgrad) {
          second = vmax[i]! > vi ? vmax[i]! : vi; // torch.maximum(max_exp_avg_sq, exp_avg_sq)
          vmax[i] = second;
        }
        const denom = Math.sqrt(second) / bc2Sqrt + eps;
        params[i] = params[i]! + (negStepSize * mi) / denom; // addcdiv_(m, denom, value=-step_size)
      }
    },
    snapshot() {
      const buffers: Record<string, Float64Array> = { exp_avg: m.slice(), exp_avg_sq: v.slice() };
      if (amsgrad) buffers.max_exp_avg_sq = vmax.slice();
      return { t, buffers };
    },
  };
}
