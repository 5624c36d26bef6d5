/** RMSprop: PyTorch `torch/optim/rmsprop.py`, `_single_tensor_rmsprop` (docs/optimizers.md#rmsprop). */
import type { ResolvedHyperparams } from './hyperparams';
import type { Optimizer } from './types';

/**
 *   g ← g + wd·θ;  v ← α·v + (1 − α)·g²
 *   centered: ḡ ← α·ḡ + (1 − α)·g;  avg = √(v − ḡ²) + ε,  else avg = √v + ε   (ε outside √)
 *   μ > 0: b ← μ·b + g/avg;  θ ← θ − lr·b        else θ ← θ − lr·g/avg
 * (Hinton, Coursera lecture 6e; centered form from Graves 2013.) μ is read each step because
 * OneCycleLR may write it.
 */
export function createRmsprop(hp: ResolvedHyperparams, dim: number): Optimizer {
  const squareAvg = new Float64Array(dim);
  const gradAvg = new Float64Array(dim);
  const buf = new Float64Array(dim);
  const { alpha, eps, centered, weightDecay } = hp;
  let momentum = hp.momentum;
  let usedMomentum = false;
  let t = 0;
  return {
    cycles: 'momentum',
    setCycledMomentum(value) {
      momentum = value;
    },
    step(params, grad, lr) {
      t++;
      const negLr = -lr;
      if (momentum > 0) usedMomentum = true;
      for (let i = 0; i < dim; i++) {
        const g = weightDecay !== 0 ? grad[i]! + weightDecay * params[i]! : grad[i]!;
        const v = squareAvg[i]! * alpha + (1 - alpha) * g * g; // mul_(α).addcmul_(g, g, 1 − α)
        squareAvg[i] = v;
        let avg: number;
        if (centered) {
          const ga = gradAvg[i]! * alpha + (1 - alpha) * g; // mul_(α).add_(g, alpha=1 − α)
          gradAvg[i] = ga;
          avg = Math.sqrt(v + -1 * ga * ga) + eps; // addcmul(ḡ, ḡ, value=-1).sqrt_().add_(ε)
        } else {
          avg = Math.sqrt(v) + eps;
        }
        if (momentum > 0) {
          const b = buf[i]! * momentum + (1 * g) / avg; // mul_(μ).addcdiv_(g, avg)
          buf[i] = b;
          params[i] = params[i]! + negLr * b;
        } else {
          params[i] = params[i]! + (negLr * g) / avg;
        }
      }
    },
    snapshot() {
      const buffers: Record<string, Float64Array> = { square_avg: squareAvg.slice() };
      if (centered) buffers.grad_avg = gradAvg.slice();
      if (usedMomentum) buffers.momentum_buffer = buf.slice();
      return { t, buffers };
    },
  };
}
