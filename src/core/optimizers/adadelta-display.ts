/**
 * How the step inspector shows Adadelta: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';

export const adadeltaDisplay = defineDisplay({
  formula: {
    rules: {
      adadelta: {
        lines: [
          'v &\\leftarrow \\rho v + (1-\\rho)\\,g^2',
          '\\Delta &= \\frac{\\sqrt{u + \\varepsilon}}{\\sqrt{v + \\varepsilon}}\\; g \\quad (u \\text{ before its update})',
          'u &\\leftarrow \\rho u + (1-\\rho)\\,\\Delta^2',
          '\\theta &\\leftarrow \\theta - \\alpha\\,\\Delta',
        ],
      },
    },
    ruleKey: () => 'adadelta',
  },
  inspector: { buffers: { v: 'square_avg', u: 'acc_delta' }, symbols: { v: 'vRho' } },
});
