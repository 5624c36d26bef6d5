/**
 * How the step inspector shows Rprop: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';

export const rpropDisplay = defineDisplay({
  formula: {
    rules: {
      rprop: {
        lines: [
          's &= \\operatorname{sign}(g\\,g_{\\text{prev}})',
          '\\Delta &\\leftarrow \\min\\bigl(\\max(\\eta\\,\\Delta,\\ \\Delta_{\\min}),\\ \\Delta_{\\max}\\bigr),\\quad \\eta = \\begin{cases} \\eta_+ & s > 0 \\\\ \\eta_- & s < 0 \\\\ 1 & s = 0 \\end{cases}',
          "g' &= \\begin{cases} 0 & s < 0 \\\\ g & \\text{else} \\end{cases}",
          "\\theta &\\leftarrow \\theta - \\operatorname{sign}(g')\\,\\Delta",
          "g_{\\text{prev}} &\\leftarrow g'",
        ],
      },
    },
    ruleKey: () => 'rprop',
  },
  inspector: { buffers: { stepSize: 'step_size' } },
});
