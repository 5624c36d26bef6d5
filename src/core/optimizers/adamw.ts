/** AdamW: Adam with decoupled weight decay (adam-rule.ts; docs/optimizers.md#adamw). */
import { ADAM_BETAS, ADAM_FAMILY, adamRule, deriveAdam } from './adam-rule';
import { defineNumerics, defineOptimizer } from './module';

const VARIANT = { decoupledWeightDecay: true, amsgrad: false };

export const adamw = defineOptimizer({
  type: 'adamw',
  title: 'AdamW',
  defaults: { lr: 1e-3, ...ADAM_BETAS, weightDecay: 1e-2 },
  ...ADAM_FAMILY,
  decoupledWeightDecay: VARIANT.decoupledWeightDecay,
  docAnchor: 'adamw',
});

export const adamwNumerics = defineNumerics({
  rule: (hp, dim) => adamRule(hp, dim, VARIANT),
  derive: (input) => deriveAdam(input, VARIANT),
});
