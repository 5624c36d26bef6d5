/** NAdam: PyTorch `torch/optim/nadam.py`, `_single_tensor_nadam` (docs/optimizers.md#nadam; Dozat 2016). */
import type { ResolvedHyperparams } from './hyperparams';
import { lerp, type Optimizer } from './types';

/**
 *   t ← t + 1;  bc2 = 1 − β2ᵗ;  g ← g + wd·θ
 *   μₜ = β1·(1 − ½·0.96^(t·ψ)),  μₜ₊₁ = β1·(1 − ½·0.96^((t+1)·ψ)),  Πμ ← Πμ·μₜ
 *   m ← lerp(m, g, 1 − β1);  v ← β2·v + (1 − β2)·g²;  denom = √(v/bc2) + ε
 *   θ ← θ − lr·(1 − μₜ)/(1 − Πμ)·g/denom − lr·μₜ₊₁/(1 − Πμ·μₜ₊₁)·m/denom
 */
export function createNadam(hp: ResolvedHyperparams, dim: number): Optimizer {
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const { beta2, eps, weightDecay, momentumDecay } = hp;
  let beta1 = hp.beta1;
  let muProduct = 1;
  let t = 0;
  return {
    cycles: 'beta1',
    setCycledMomentum(value) {
      beta1 = value;
    },
    step(params, grad, lr) {
      t++;
      const bc2 = 1 - beta2 ** t;
      const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentumDecay));
      const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentumDecay));
      muProduct *= mu;
      const muProductNext = muProduct * muNext;
      const gradCoef = (-lr * (1 - mu)) / (1 - muProduct);
      const momentumCoef = (-lr * muNext) / (1 - muProductNext);
      for (let i = 0; i < dim; i++) {
        const g = weightDecay !== 0 ? grad[i]! + weightDecay * params[i]! : grad[i]!;
        const mi = lerp(m[i]!, g, 1 - beta1);
        const vi = v[i]! * beta2 + (1 - beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        const denom = Math.sqrt(vi / bc2) + eps;
        let p = params[i]! + (gradCoef * g) / denom;
        p = p + (momentumCoef * mi) / denom;
        params[i] = p;
      }
    },
    snapshot: () => ({
      t,
      buffers: {
        exp_avg: m.slice(),
        exp_avg_sq: v.slice(),
        mu_product: Float64Array.of(muProduct),
      },
    }),
  };
}
