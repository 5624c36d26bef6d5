/**
 * Rprop: PyTorch `torch/optim/rprop.py`, `_single_tensor_rprop` (1.13 and current have the same
 * arithmetic; docs/optimizers.md#rprop). Riedmiller & Braun's resilient
 * backpropagation without weight backtracking (iRprop−): only the gradient's sign is used.
 */
import { defineDisplay, defineOptimizer } from './module';

export const rprop = defineOptimizer({
  type: 'rprop',
  title: 'Rprop',
  defaults: { lr: 1e-2, etaMinus: 0.5, etaPlus: 1.2, stepSizeMin: 1e-6, stepSizeMax: 50 },
  cycles: null,
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'rprop',
});

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
