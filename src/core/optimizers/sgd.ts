/**
 * Gradient descent, heavy-ball momentum and Nesterov momentum: PyTorch's SGD
 * (`torch/optim/sgd.py`, `_single_tensor_sgd`; docs/optimizers.md#gd to #nesterov).
 */
import type { ResolvedHyperparams } from './hyperparams';
import type { Optimizer } from './types';

/**
 * SGD with momentum μ, dampening τ, L2 weight decay and optional Nesterov:
 *   g ← g + wd·θ
 *   b ← g on the first step with μ ≠ 0 (not dampened), else b ← μ·b + (1 − τ)·g
 *   d ← g + μ·b (Nesterov) or b (heavy ball) or g (μ = 0)
 *   θ ← θ − lr·d
 * `gd` is this with μ = 0. μ is read each step because OneCycleLR may write it.
 */
export function createSgd(hp: ResolvedHyperparams, dim: number, nesterov: boolean): Optimizer {
  const buf = new Float64Array(dim);
  let momentum = hp.momentum;
  const { dampening, weightDecay } = hp;
  let hasBuffer = false;
  let t = 0;
  return {
    cycles: 'momentum',
    setCycledMomentum(value) {
      momentum = value;
    },
    step(params, grad, lr) {
      t++;
      const negLr = -lr;
      if (momentum === 0) {
        for (let i = 0; i < dim; i++) {
          const g = weightDecay !== 0 ? grad[i]! + weightDecay * params[i]! : grad[i]!;
          params[i] = params[i]! + negLr * g;
        }
        return;
      }
      const first = !hasBuffer;
      hasBuffer = true;
      for (let i = 0; i < dim; i++) {
        const g = weightDecay !== 0 ? grad[i]! + weightDecay * params[i]! : grad[i]!;
        // torch.clone(d_p) on the first step; buf.mul_(μ).add_(d_p, alpha=1 − τ) after
        const b = first ? g : buf[i]! * momentum + (1 - dampening) * g;
        buf[i] = b;
        const d = nesterov ? g + momentum * b : b;
        params[i] = params[i]! + negLr * d;
      }
    },
    snapshot: () => ({ t, buffers: hasBuffer ? { momentum_buffer: buf.slice() } : {} }),
  };
}
