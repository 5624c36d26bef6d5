/** AdaGrad: PyTorch `torch/optim/adagrad.py`, `_single_tensor_adagrad` (docs/optimizers.md#adagrad). */
import { defineOptimizer } from './module';

export const adagrad = defineOptimizer({
  type: 'adagrad',
  title: 'AdaGrad',
  defaults: { lr: 1e-2, lrDecay: 0, initialAccumulatorValue: 0, eps: 1e-10, weightDecay: 0 },
  cycles: null,
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'adagrad',
});
