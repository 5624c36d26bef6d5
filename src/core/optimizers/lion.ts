/** Lion: optax `scale_by_lion` + `add_decayed_weights` + `scale_by_learning_rate` (docs/optimizers.md#lion; Chen et al. 2023, Alg. 2). */
import { defineDisplay, defineOptimizer } from './module';

export const lion = defineOptimizer({
  type: 'lion',
  title: 'Lion',
  // Absent from torch.optim: lr 1e-4 as lucidrains' widely used lion-pytorch, β = (0.9, 0.99)
  // and no weight decay (docs/scenario.md).
  defaults: { lr: 1e-4, beta1: 0.9, beta2: 0.99, weightDecay: 0 },
  cycles: 'beta1',
  decoupledWeightDecay: true,
  biasCorrectedMoment: false,
  docAnchor: 'lion',
});

export const lionDisplay = defineDisplay({
  formula: {
    rules: {
      lion: {
        lines: [
          'c &= \\beta_1 m + (1-\\beta_1)\\,g',
          '\\theta &\\leftarrow \\theta - \\alpha\\,\\bigl(\\operatorname{sign}(c) + \\lambda\\theta\\bigr)',
          'm &\\leftarrow \\beta_2 m + (1-\\beta_2)\\,g',
        ],
      },
    },
    ruleKey: () => 'lion',
  },
  inspector: { symbols: { m: 'mLion' } },
});
