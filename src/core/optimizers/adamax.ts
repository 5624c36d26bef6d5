/** Adamax: PyTorch `torch/optim/adamax.py`, `_single_tensor_adamax` (docs/optimizers.md#adamax; Kingma & Ba 2015, Alg. 2). */
import { ADAM_BETAS, ADAM_FAMILY } from './adam-rule';
import { defineOptimizer } from './module';

export const adamax = defineOptimizer({
  type: 'adamax',
  title: 'Adamax',
  defaults: { lr: 2e-3, ...ADAM_BETAS, weightDecay: 0 },
  ...ADAM_FAMILY,
  docAnchor: 'adamax',
});
