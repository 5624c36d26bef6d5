/** AMSGrad: Adam with the max of the raw v (adam-rule.ts; docs/optimizers.md#amsgrad). */
import { ADAM_BETAS, ADAM_FAMILY, adamRule, deriveAdam } from './adam-rule';
import { defineNumerics, defineOptimizer } from './module';

const VARIANT = { decoupledWeightDecay: false, amsgrad: true };

export const amsgrad = defineOptimizer({
  type: 'amsgrad',
  title: 'AMSGrad',
  defaults: { lr: 1e-3, ...ADAM_BETAS, weightDecay: 0 },
  ...ADAM_FAMILY,
  docAnchor: 'amsgrad',
});

export const amsgradNumerics = defineNumerics({
  rule: (hp, dim) => adamRule(hp, dim, VARIANT),
  derive: (input) => deriveAdam(input, VARIANT),
});
