/**
 * How the step inspector shows Adafactor: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';

export const adafactorDisplay = defineDisplay({
  formula: {
    rules: {
      adafactor: {
        lines: [
          '\\rho_t &= \\min(\\alpha,\\ 1/\\sqrt t),\\quad a_t = \\max\\bigl(\\varepsilon_2,\\ \\operatorname{RMS}(\\theta)\\bigr)\\,\\rho_t',
          '\\theta &\\leftarrow \\theta\\,(1 - \\alpha\\lambda)',
          '\\hat v &\\leftarrow \\hat v + t^{\\tau}\\,(g^2 - \\hat v)',
          'u &= g / \\sqrt{\\max(\\hat v,\\ \\varepsilon_1^2)}',
          '\\theta &\\leftarrow \\theta - \\frac{a_t}{\\max\\bigl(1,\\ \\operatorname{RMS}(u)/d\\bigr)}\\,u',
        ],
      },
    },
    ruleKey: () => 'adafactor',
  },
});
