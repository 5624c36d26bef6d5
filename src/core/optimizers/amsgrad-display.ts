/**
 * How the step inspector shows AMSGrad: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';
import { ADAM_RULES } from './adam-formulas';

export const amsgradDisplay = defineDisplay({
  formula: { rules: { amsgrad: ADAM_RULES.amsgrad }, ruleKey: () => 'amsgrad' },
});
