/**
 * How the step inspector shows Adam: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';
import { ADAM_RULES } from './adam-formulas';

export const adamDisplay = defineDisplay({
  formula: {
    rules: {
      adam: ADAM_RULES.adam,
      'adam-no-bias-correction': ADAM_RULES['adam-no-bias-correction'],
    },
    ruleKey: (spec) => (spec.biasCorrection === false ? 'adam-no-bias-correction' : 'adam'),
  },
});
