/**
 * ASGD, averaged stochastic gradient descent: PyTorch `torch/optim/asgd.py`,
 * `_single_tensor_asgd`, the CPU path of 1.13 and of current PyTorch (docs/optimizers.md#asgd). Polyak & Juditsky's averaging with Bottou's decaying step η.
 */
import { defineOptimizer } from './module';

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
