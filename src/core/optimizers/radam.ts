/** RAdam: PyTorch `torch/optim/radam.py`, `_single_tensor_radam` (docs/optimizers.md#radam; Liu et al. 2020). */
import type { ResolvedHyperparams } from './hyperparams';
import type { Optimizer } from './types';

/**
 *   t ← t + 1;  g ← g + wd·θ;  m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
 *   m̂ = m/(1 − β1ᵗ);  ρ∞ = 2/(1 − β2) − 1;  ρₜ = ρ∞ − 2t·β2ᵗ/(1 − β2ᵗ)
 *   ρₜ > 5:  r = √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ));  θ ← θ − m̂·lr·(√(1 − β2ᵗ)/(√v + ε))·r
 *   else:    θ ← θ − m̂·lr   (the un-adapted momentum step: a built-in warm-up)
 */
export function createRadam(hp: ResolvedHyperparams, dim: number): Optimizer {
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const { beta2, eps, weightDecay } = hp;
  let beta1 = hp.beta1;
  let t = 0;
  return {
    cycles: 'beta1',
    setCycledMomentum(value) {
      beta1 = value;
    },
    step(params, grad, lr) {
      t++;
      const bc1 = 1 - beta1 ** t;
      const bc2 = 1 - beta2 ** t;
      const rhoInf = 2 / (1 - beta2) - 1;
      const rhoT = rhoInf - (2 * t * beta2 ** t) / bc2;
      const rectified = rhoT > 5;
      const rect = rectified
        ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
        : 0;
      const bc2Sqrt = Math.sqrt(bc2);
      for (let i = 0; i < dim; i++) {
        const g = weightDecay !== 0 ? grad[i]! + weightDecay * params[i]! : grad[i]!;
        const mi = m[i]! * beta1 + (1 - beta1) * g;
        const vi = v[i]! * beta2 + (1 - beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        const mHat = mi / bc1;
        if (rectified) {
          const adaptiveLr = bc2Sqrt / (Math.sqrt(vi) + eps);
          params[i] = params[i]! + -1 * (mHat * lr * adaptiveLr * rect);
        } else {
          params[i] = params[i]! + -1 * (mHat * lr);
        }
      }
    },
    snapshot: () => ({ t, buffers: { exp_avg: m.slice(), exp_avg_sq: v.slice() } }),
  };
}
