/** Lion: optax `scale_by_lion` + `add_decayed_weights` + `scale_by_learning_rate` (docs/optimizers.md#lion; Chen et al. 2023, Alg. 2). */
import type { ResolvedHyperparams } from './hyperparams';
import type { Optimizer } from './types';

/**
 *   c = (1 − β1)·g + β1·m      (the OLD m);  u = sign(c), sign(0) = 0
 *   m ← (1 − β2)·g + β2·m;     θ ← θ − lr·(u + wd·θ)   (decoupled weight decay)
 */
export function createLion(hp: ResolvedHyperparams, dim: number): Optimizer {
  const m = new Float64Array(dim);
  const { beta2, weightDecay } = hp;
  let beta1 = hp.beta1;
  let t = 0;
  return {
    cycles: 'beta1',
    setCycledMomentum(value) {
      beta1 = value;
    },
    step(params, grad, lr) {
      t++;
      for (let i = 0; i < dim; i++) {
        const g = grad[i]!;
        const c = (1 - beta1) * g + beta1 * m[i]!;
        // jnp.sign(0) = 0; `c > 0` tests also give 0 for −0 and NaN stays out of θ's sign.
        const u = c > 0 ? 1 : c < 0 ? -1 : 0;
        m[i] = (1 - beta2) * g + beta2 * m[i]!;
        const p = params[i]!;
        params[i] = p + -lr * (u + weightDecay * p);
      }
    },
    snapshot: () => ({ t, buffers: { exp_avg: m.slice() } }),
  };
}
