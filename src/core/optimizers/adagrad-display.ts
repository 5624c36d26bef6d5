/**
 * How the step inspector shows AdaGrad: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';

export const adagradDisplay = defineDisplay({
  formula: {
    rules: {
      adagrad: {
        lines: [
          'G &\\leftarrow G + g^2',
          '\\theta &\\leftarrow \\theta - \\frac{\\alpha}{1 + (t-1)\\,\\eta}\\,\\frac{g}{\\sqrt{G} + \\varepsilon}',
        ],
      },
    },
    ruleKey: () => 'adagrad',
  },
  inspector: { denom: ['\\sqrt{G}+\\varepsilon', '√G+ε'] },
});
