/** RMSprop: PyTorch `torch/optim/rmsprop.py`, `_single_tensor_rmsprop` (docs/optimizers.md#rmsprop). */
import { defineOptimizer } from './module';

export const rmsprop = defineOptimizer({
  type: 'rmsprop',
  title: 'RMSprop',
  defaults: { lr: 1e-2, alpha: 0.99, eps: 1e-8, momentum: 0, centered: false, weightDecay: 0 },
  cycles: 'momentum',
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'rmsprop',
});
