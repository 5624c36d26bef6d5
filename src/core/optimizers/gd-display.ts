/**
 * How the step inspector shows gradient descent: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';
import { SGD_RULES, sgdLines } from './sgd-formulas';

export const gdDisplay = defineDisplay({
  formula: {
    rules: { gd: SGD_RULES.gd, momentum: SGD_RULES.momentum },
    // With cycled momentum, GD steps as heavy ball.
    ruleKey: (_spec, cycledMomentum) => (cycledMomentum ? 'momentum' : 'gd'),
    lines: sgdLines,
  },
});
