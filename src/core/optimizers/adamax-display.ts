/**
 * How the step inspector shows Adamax: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';
import { ADAM_MOMENTS } from './adam-formulas';

export const adamaxDisplay = defineDisplay({
  formula: {
    rules: {
      adamax: {
        lines: [
          ADAM_MOMENTS[0],
          'u &\\leftarrow \\max(\\beta_2 u,\\; |g| + \\varepsilon)',
          '\\theta &\\leftarrow \\theta - \\alpha\\,\\frac{\\hat m}{u}, \\quad \\hat m = \\frac{m}{1-\\beta_1^{\\,t}}',
        ],
      },
    },
    ruleKey: () => 'adamax',
  },
  inspector: { symbols: { u: 'uAdamax' } },
});
