/**
 * How the step inspector shows RAdam: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';
import { ADAM_MOMENTS } from './adam-formulas';

export const radamDisplay = defineDisplay({
  formula: {
    rules: {
      radam: {
        lines: [
          ...ADAM_MOMENTS,
          '\\hat m &= \\frac{m}{1-\\beta_1^{\\,t}}',
          '\\rho_t &= \\rho_\\infty - \\frac{2t\\,\\beta_2^{\\,t}}{1-\\beta_2^{\\,t}}, \\quad \\rho_\\infty = \\frac{2}{1-\\beta_2} - 1',
          'r_t &= \\sqrt{\\tfrac{(\\rho_t-4)(\\rho_t-2)\\,\\rho_\\infty}{(\\rho_\\infty-4)(\\rho_\\infty-2)\\,\\rho_t}}',
          '\\rho_t > 5:\\ \\theta &\\leftarrow \\theta - \\alpha\\,\\hat m\\, r_t\\,\\frac{\\sqrt{1-\\beta_2^{\\,t}}}{\\sqrt{v} + \\varepsilon}',
          '\\text{else: } \\theta &\\leftarrow \\theta - \\alpha\\,\\hat m',
        ],
      },
    },
    ruleKey: () => 'radam',
  },
});
