/**
 * ASGD, averaged stochastic gradient descent: PyTorch `torch/optim/asgd.py`,
 * `_single_tensor_asgd`, the CPU path of 1.13 and of current PyTorch (docs/optimizers.md#asgd). Polyak & Juditsky's averaging with Bottou's decaying step η.
 */
import { defineDisplay, defineNumerics, defineOptimizer } from './module';
import { bufferOf, startDerived } from './derived';
import { decayedGrad } from './parts';

export const asgd = defineOptimizer({
  type: 'asgd',
  title: 'ASGD',
  defaults: { lr: 1e-2, lambd: 1e-4, alpha: 0.75, t0: 1e6, weightDecay: 0 },
  // torch's `alpha` here is the power of η's decay, not RMSprop's smoothing constant in [0, 1].
  hyperparams: {
    alpha: {
      symbol: 'ω',
      label: 'power of the η decay ω',
      min: 0,
      max: 10,
      scale: 'linear',
      slider: [0, 1],
      text: 'alphaAsgd',
    },
  },
  cycles: null,
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'asgd',
  // The average ax is drawn beside θ; the run's answer stays θ, which torch leaves in the parameter.
  averaged: 'shown',
});

/** η of the step after step t at lr `lr`: lr / (1 + κ·lr·t)^ω (torch's `new_eta`). */
export const etaAfter = (lr: number, lambd: number, alpha: number, t: number): number =>
  lr / (1 + lambd * lr * t) ** alpha;

/** μ of the step after step t: 1 / max(1, t − t₀) (torch's `new_mu`). */
export const muAfter = (t0: number, t: number): number => 1 / Math.max(1, t - t0);

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

export const asgdDisplay = defineDisplay({
  formula: {
    rules: {
      asgd: {
        lines: [
          '\\theta &\\leftarrow \\theta\\,(1 - \\kappa\\,\\eta_t) - \\eta_t\\,g',
          '\\bar\\theta &\\leftarrow \\bar\\theta + \\mu_t\\,(\\theta - \\bar\\theta) \\quad (\\bar\\theta = \\theta \\text{ while } \\mu_t = 1)',
          '\\eta_{t+1} &= \\alpha / (1 + \\kappa\\,\\alpha\\,t)^{\\omega},\\quad \\mu_{t+1} = 1 / \\max(1,\\ t - t_0)',
        ],
      },
    },
    ruleKey: () => 'asgd',
  },
  inspector: { buffers: { ax: 'ax' } },
});
