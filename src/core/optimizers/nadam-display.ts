/**
 * How the step inspector shows NAdam: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';
import { ADAM_MOMENTS } from './adam-formulas';

export const nadamDisplay = defineDisplay({
  formula: {
    rules: {
      nadam: {
        lines: [
          '\\mu_t &= \\beta_1\\bigl(1 - \\tfrac12\\, 0.96^{\\,t\\psi}\\bigr), \\quad \\Pi \\leftarrow \\Pi\\,\\mu_t',
          ...ADAM_MOMENTS,
          '\\hat v &= \\frac{v}{1-\\beta_2^{\\,t}}, \\quad d = \\sqrt{\\hat v} + \\varepsilon',
          '\\theta &\\leftarrow \\theta - \\alpha\\,\\frac{1-\\mu_t}{1-\\Pi}\\,\\frac{g}{d} - \\alpha\\,\\frac{\\mu_{t+1}}{1-\\Pi\\,\\mu_{t+1}}\\,\\frac{m}{d}',
        ],
      },
    },
    ruleKey: () => 'nadam',
  },
  inspector: { symbols: { denom: 'denomNadam' }, denom: ['d', 'd'] },
});
