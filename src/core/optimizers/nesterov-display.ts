/**
 * How the step inspector shows Nesterov momentum: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';
import { SGD_RULES } from './sgd-formulas';

export const nesterovDisplay = defineDisplay({
  formula: {
    rules: { nesterov: SGD_RULES.nesterov },
    ruleKey: () => 'nesterov',
  },
});
