/**
 * How the step inspector shows Newton: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';

export const newtonDisplay = defineDisplay({
  formula: {
    rules: {
      newton: {
        lines: [
          'H &= \\nabla^2 f(\\theta)',
          's &= (H + \\delta I)^{-1}\\,g',
          '\\theta &\\leftarrow \\theta - \\alpha\\,s',
        ],
      },
      'newton-saddle-free': {
        lines: [
          'H &= \\nabla^2 f(\\theta) = Q\\Lambda Q^{\\top}',
          's &= Q\\,(\\lvert\\Lambda\\rvert + \\delta I)^{-1} Q^{\\top} g',
          '\\theta &\\leftarrow \\theta - \\alpha\\,s',
        ],
      },
    },
    ruleKey: (spec) => (spec.saddleFree ? 'newton-saddle-free' : 'newton'),
  },
});
