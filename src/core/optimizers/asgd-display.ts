/**
 * How the step inspector shows ASGD: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';

export const asgdDisplay = defineDisplay({
  formula: {
    rules: {
      asgd: {
        lines: [
          '\\theta &\\leftarrow \\theta\\,(1 - \\kappa\\,\\eta_t) - \\eta_t\\,g',
          '\\bar\\theta &\\leftarrow \\bar\\theta + \\mu_t\\,(\\theta - \\bar\\theta) \\quad (\\bar\\theta = \\theta \\text{ while } \\mu_t = 1)',
          '\\eta_{t+1} &= \\alpha / (1 + \\kappa\\,\\alpha\\,t)^{\\omega},\\quad \\mu_{t+1} = 1 / \\max(1,\\ t - t_0)',
        ],
      },
    },
    ruleKey: () => 'asgd',
  },
  inspector: { buffers: { ax: 'ax' } },
});
