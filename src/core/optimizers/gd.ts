/** Gradient descent: SGD without momentum (sgd-rule.ts; docs/optimizers.md#gd). */
import { defineNumerics, defineOptimizer } from './module';
import { deriveSgd, sgdRule } from './sgd-rule';

export const gd = defineOptimizer({
  type: 'gd',
  title: 'Gradient descent',
  defaults: { lr: 1e-3, weightDecay: 0 },
  // OneCycleLR writes PyTorch's `group['momentum']` of plain SGD too: the cycled μ adds momentum.
  cycles: 'momentum',
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'gd',
});

export const gdNumerics = defineNumerics({
  rule: (hp, dim) => sgdRule({ ...hp, momentum: 0 }, dim, false),
  derive: (input) => deriveSgd(input, false),
});
