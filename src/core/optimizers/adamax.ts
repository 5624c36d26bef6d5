/** Adamax: PyTorch `torch/optim/adamax.py`, `_single_tensor_adamax` (docs/optimizers.md#adamax; Kingma & Ba 2015, Alg. 2). */
import { ADAM_BETAS, ADAM_FAMILY, ADAM_MOMENTS } from './adam-rule';
import { defineDisplay, defineOptimizer } from './module';

export const adamax = defineOptimizer({
  type: 'adamax',
  title: 'Adamax',
  defaults: { lr: 2e-3, ...ADAM_BETAS, weightDecay: 0 },
  ...ADAM_FAMILY,
  docAnchor: 'adamax',
});

export const adamaxDisplay = defineDisplay({
  formula: {
    rules: {
      adamax: {
        lines: [
          ADAM_MOMENTS[0],
          'u &\\leftarrow \\max(\\beta_2 u,\\; |g| + \\varepsilon)',
          '\\theta &\\leftarrow \\theta - \\alpha\\,\\frac{\\hat m}{u}, \\quad \\hat m = \\frac{m}{1-\\beta_1^{\\,t}}',
        ],
      },
    },
    ruleKey: () => 'adamax',
  },
  inspector: { symbols: { u: 'uAdamax' } },
});
