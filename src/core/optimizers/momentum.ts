/** Heavy-ball momentum: SGD with μ and dampening τ (sgd-rule.ts; docs/optimizers.md#momentum). */
import { defineNumerics, defineOptimizer } from './module';
import { deriveSgd, sgdRule } from './sgd-rule';

export const momentum = defineOptimizer({
  type: 'momentum',
  title: 'Momentum',
  // μ = 0.9 rather than PyTorch's 0, so that this type differs from gd (docs/scenario.md).
  defaults: { lr: 1e-3, momentum: 0.9, dampening: 0, weightDecay: 0 },
  cycles: 'momentum',
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'momentum',
});

export const momentumNumerics = defineNumerics({
  rule: (hp, dim) => sgdRule(hp, dim, false),
  derive: (input) => deriveSgd(input, false),
});
