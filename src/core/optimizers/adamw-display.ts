/**
 * How the step inspector shows AdamW: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';
import { ADAM_RULES } from './adam-formulas';

export const adamwDisplay = defineDisplay({
  formula: { rules: { adamw: ADAM_RULES.adamw }, ruleKey: () => 'adamw' },
});
