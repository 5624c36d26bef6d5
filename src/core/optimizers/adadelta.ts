/** Adadelta: PyTorch `torch/optim/adadelta.py`, `_single_tensor_adadelta` (docs/optimizers.md#adadelta). */
import { defineDisplay, defineOptimizer } from './module';

export const adadelta = defineOptimizer({
  type: 'adadelta',
  title: 'Adadelta',
  defaults: { lr: 1.0, rho: 0.9, eps: 1e-6, weightDecay: 0 },
  cycles: null,
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'adadelta',
});

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
