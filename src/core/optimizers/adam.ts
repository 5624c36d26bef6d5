/** Adam, with textbook Adam without bias correction as a switch (adam-rule.ts; docs/optimizers.md#adam). */
import { ADAM_BETAS, ADAM_FAMILY, adamRule, deriveAdam } from './adam-rule';
import { defineNumerics, defineOptimizer } from './module';

const VARIANT = { decoupledWeightDecay: false, amsgrad: false };

export const adam = defineOptimizer({
  type: 'adam',
  title: 'Adam',
  defaults: { lr: 1e-3, ...ADAM_BETAS, weightDecay: 0, biasCorrection: true },
  ...ADAM_FAMILY,
  docAnchor: 'adam',
});

export const adamNumerics = defineNumerics({
  rule: (hp, dim) => adamRule(hp, dim, VARIANT),
  derive: (input) => deriveAdam(input, VARIANT),
});
