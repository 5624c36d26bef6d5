/**
 * How the step inspector shows Lion: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';

export const lionDisplay = defineDisplay({
  formula: {
    rules: {
      lion: {
        lines: [
          'c &= \\beta_1 m + (1-\\beta_1)\\,g',
          '\\theta &\\leftarrow \\theta - \\alpha\\,\\bigl(\\operatorname{sign}(c) + \\lambda\\theta\\bigr)',
          'm &\\leftarrow \\beta_2 m + (1-\\beta_2)\\,g',
        ],
      },
    },
    ruleKey: () => 'lion',
  },
  inspector: { symbols: { m: 'mLion' } },
});
