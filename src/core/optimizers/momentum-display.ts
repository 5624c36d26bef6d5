/**
 * How the step inspector shows momentum: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';
import { SGD_RULES, sgdLines } from './sgd-formulas';

export const momentumDisplay = defineDisplay({
  formula: {
    rules: { momentum: SGD_RULES.momentum },
    ruleKey: () => 'momentum',
    lines: sgdLines,
  },
});
