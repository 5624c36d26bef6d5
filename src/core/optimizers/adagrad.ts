/** AdaGrad: PyTorch `torch/optim/adagrad.py`, `_single_tensor_adagrad` (docs/optimizers.md#adagrad). */
import type { ResolvedHyperparams } from './hyperparams';
import type { Optimizer } from './types';

/**
 *   t ← t + 1;  g ← g + wd·θ;  clr = lr / (1 + (t − 1)·lr_decay)
 *   sum ← sum + g·g;  θ ← θ − clr·g / (√sum + ε)      (ε outside the square root)
 * The accumulator starts at `initialAccumulatorValue` (0 in PyTorch, 0.1 in TF.js).
 */
export function createAdagrad(hp: ResolvedHyperparams, dim: number): Optimizer {
  const sum = new Float64Array(dim).fill(hp.initialAccumulatorValue);
  const { lrDecay, eps, weightDecay } = hp;
  let t = 0;
  return {
    cycles: null,
    setCycledMomentum() {},
    step(params, grad, lr) {
      t++;
      const clr = lr / (1 + (t - 1) * lrDecay);
      for (let i = 0; i < dim; i++) {
        const g = weightDecay !== 0 ? grad[i]! + weightDecay * params[i]! : grad[i]!;
        const s = sum[i]! + 1 * g * g; // state_sum.addcmul_(grad, grad, value=1)
        sum[i] = s;
        params[i] = params[i]! + (-clr * g) / (Math.sqrt(s) + eps); // addcdiv_(g, std, value=-clr)
      }
    },
    snapshot: () => ({ t, buffers: { sum: sum.slice() } }),
  };
}
