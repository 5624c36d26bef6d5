/** AdamW: Adam with decoupled weight decay (adam-rule.ts; docs/optimizers.md#adamw). */
import { ADAM_BETAS, ADAM_FAMILY, ADAM_RULES, adamRule, deriveAdam } from './adam-rule';
import { defineOptimizer } from './module';

const VARIANT = { decoupledWeightDecay: true, amsgrad: false };

export const adamw = defineOptimizer({
  type: 'adamw',
  title: 'AdamW',
  defaults: { lr: 1e-3, ...ADAM_BETAS, weightDecay: 1e-2 },
  ...ADAM_FAMILY,
  decoupledWeightDecay: VARIANT.decoupledWeightDecay,
  rule: (hp, dim) => adamRule(hp, dim, VARIANT),
  derive: (input) => deriveAdam(input, VARIANT),
  formula: { rules: { adamw: ADAM_RULES.adamw }, ruleKey: () => 'adamw' },
  docAnchor: 'adamw',
});
