/** Adadelta: PyTorch `torch/optim/adadelta.py`, `_single_tensor_adadelta` (docs/optimizers.md#adadelta). */
import { defineOptimizer } from './module';

export const adadelta = defineOptimizer({
  type: 'adadelta',
  title: 'Adadelta',
  defaults: { lr: 1.0, rho: 0.9, eps: 1e-6, weightDecay: 0 },
  cycles: null,
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'adadelta',
});
