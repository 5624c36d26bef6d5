/**
 * The rule gradient descent, heavy-ball momentum and Nesterov momentum share: PyTorch's SGD
 * (`torch/optim/sgd.py`, `_single_tensor_sgd`; docs/optimizers.md#gd to #nesterov), with its
 * inspector derivation and formulas. The modules gd.ts, momentum.ts and nesterov.ts call it.
 */
import type { ResolvedHyperparams } from './hyperparam-types';
import { type DeriveInput, type Derived } from './module';
import { bufferOf, each, startDerived } from './derived';
import { decayedGrad } from './parts';
import type { UpdateRule } from './types';

/**
 * SGD with momentum μ, dampening τ, L2 weight decay and optional Nesterov:
 *   g ← g + wd·θ
 *   b ← g on the first step with μ ≠ 0 (not dampened), else b ← μ·b + (1 − τ)·g
 *   d ← g + μ·b (Nesterov) or b (heavy ball) or g (μ = 0)
 *   θ ← θ − lr·d
 * `gd` is this with μ = 0. μ is the cycled value, read each step because OneCycleLR may write it.
 */
export function sgdRule(hp: ResolvedHyperparams, dim: number, nesterov: boolean): UpdateRule {
  const buf = new Float64Array(dim);
  const { dampening, weightDecay } = hp;
  let hasBuffer = false;
  return {
    update(params, grad, lr, _t, momentum) {
      const negLr = -lr;
      if (momentum === 0) {
        for (let i = 0; i < dim; i++)
          params[i] = params[i]! + negLr * decayedGrad(grad, params, i, weightDecay);
        return;
      }
      const first = !hasBuffer;
      hasBuffer = true;
      for (let i = 0; i < dim; i++) {
        const g = decayedGrad(grad, params, i, weightDecay);
        // torch.clone(d_p) on the first step; buf.mul_(μ).add_(d_p, alpha=1 − τ) after
        const b = first ? g : buf[i]! * momentum + (1 - dampening) * g;
        buf[i] = b;
        const d = nesterov ? g + momentum * b : b;
        params[i] = params[i]! + negLr * d;
      }
    },
    state: () => (hasBuffer ? { momentum_buffer: buf } : {}),
  };
}

/** The momentum buffer b and the direction d (g + μb for Nesterov); nothing without momentum. */
export function deriveSgd(input: DeriveInput, nesterov: boolean): Derived {
  const derived = startDerived(input);
  const { hp, gradUsed: g } = input;
  if (hp.momentum === 0 && !nesterov) return derived;
  const b = bufferOf(input, 'momentum_buffer');
  derived.vectors.buf = b;
  derived.vectors.direction = nesterov ? each(g.length, (i) => g[i]! + hp.momentum * b[i]!) : b;
  return derived;
}
