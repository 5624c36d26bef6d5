/**
 * ASGD's numerics: its update rule and the inspector's derivation, loaded when a run of ASGD
 * is first computed (rule-loaders.ts). Its facts, sources and formula: asgd.ts.
 */
import { etaAfter, muAfter } from './asgd';
import { defineNumerics } from './module';
import { bufferOf, startDerived } from './derived';
import { decayedGrad } from './parts';

export const asgdNumerics = defineNumerics({
  /**
   *   g ← g + wd·θ;  θ ← θ·(1 − κ·η);  θ ← θ − η·g
   *   ax ← θ if μ = 1, else ax + (θ − ax)·μ
   *   η ← lr/(1 + κ·lr·t)^ω;  μ ← 1/max(1, t − t₀)      (for the next step)
   * η starts at the lr of the first step (torch's state['eta'] = group['lr']), μ at 1. The
   * iterate θ is what the run shows; the average ax is the state's (`ax`).
   */
  rule(hp, dim) {
    const ax = new Float64Array(dim);
    // torch's 0-d tensors state['eta'] and state['mu'].
    const eta = new Float64Array(1);
    const mu = new Float64Array(1);
    const { lambd, alpha, t0, weightDecay } = hp;
    let started = false;
    return {
      update(params, grad, lr, t) {
        if (!started) {
          eta[0] = lr;
          mu[0] = 1;
          started = true;
        }
        const step = eta[0]!;
        const weight = mu[0]!;
        const shrink = 1 - lambd * step;
        for (let i = 0; i < dim; i++) {
          const g = decayedGrad(grad, params, i, weightDecay);
          const p = params[i]! * shrink + -step * g;
          params[i] = p;
          ax[i] = weight !== 1 ? ax[i]! + (p - ax[i]!) * weight : p;
        }
        eta[0] = etaAfter(lr, lambd, alpha, t);
        mu[0] = muAfter(t0, t);
      },
      state: () => (started ? { eta, mu, ax } : {}),
      averaged: ax,
    };
  },
  derive(input) {
    const derived = startDerived(input);
    // η and μ of this step: the state's before it, or the first step's (lr and 1).
    derived.scalars.etaStep = input.before.buffers.eta?.[0] ?? input.lr;
    derived.scalars.avgWeight = input.before.buffers.mu?.[0] ?? 1;
    derived.vectors.ax = bufferOf(input, 'ax');
    return derived;
  },
});
