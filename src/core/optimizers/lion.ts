/** Lion: optax `scale_by_lion` + `add_decayed_weights` + `scale_by_learning_rate` (docs/optimizers.md#lion; Chen et al. 2023, Alg. 2). */
import { defineOptimizer } from './module';

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
