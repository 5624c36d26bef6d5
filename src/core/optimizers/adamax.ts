/** Adamax: PyTorch `torch/optim/adamax.py`, `_single_tensor_adamax` (docs/optimizers.md#adamax; Kingma & Ba 2015, Alg. 2). */
import type { ResolvedHyperparams } from './hyperparams';
import type { Optimizer } from './types';

/**
 *   t ← t + 1;  g ← g + wd·θ;  m ← β1·m + (1 − β1)·g
 *   u ← max(β2·u, |g| + ε)      (ε inside the max);  θ ← θ − (lr/(1 − β1ᵗ))·m/u
 */
export function createAdamax(hp: ResolvedHyperparams, dim: number): Optimizer {
  const m = new Float64Array(dim);
  const u = new Float64Array(dim);
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
      const negClr = -(lr / (1 - beta1 ** t));
      for (let i = 0; i < dim; i++) {
        const g = weightDecay !== 0 ? grad[i]! + weightDecay * params[i]! : grad[i]!;
        const mi = m[i]! * beta1 + (1 - beta1) * g;
        m[i] = mi;
        const decayed = u[i]! * beta2;
        const fresh = Math.abs(g) + eps;
        // torch.amax over [exp_inf·β2, |g| + ε]; amax propagates NaN, as this comparison does not,
        // but a NaN here means the run has already diverged.
        const ui = decayed > fresh ? decayed : fresh;
        u[i] = ui;
        params[i] = params[i]! + (negClr * mi) / ui;
      }
    },
    snapshot: () => ({ t, buffers: { exp_avg: m.slice(), exp_inf: u.slice() } }),
  };
}
