/** Nesterov momentum: SGD with `nesterov=True`, τ = 0 (sgd-rule.ts; docs/optimizers.md#nesterov). */
import { defineNumerics, defineOptimizer } from './module';
import { deriveSgd, sgdRule } from './sgd-rule';

export const nesterov = defineOptimizer({
  type: 'nesterov',
  title: 'Nesterov',
  // μ = 0.9 as for momentum (docs/scenario.md); PyTorch requires τ = 0 with Nesterov.
  defaults: { lr: 1e-3, momentum: 0.9, weightDecay: 0 },
  cycles: 'momentum',
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'nesterov',
  // torch.optim.SGD raises "Nesterov momentum requires a momentum and zero dampening".
  check: (spec) =>
    spec.momentum === 0
      ? {
          field: 'momentum',
          message: 'Nesterov momentum requires momentum above 0 (as torch.optim.SGD does)',
        }
      : null,
});

export const nesterovNumerics = defineNumerics({
  rule: (hp, dim) => sgdRule({ ...hp, dampening: 0 }, dim, true),
  derive: (input) => deriveSgd(input, true),
});
