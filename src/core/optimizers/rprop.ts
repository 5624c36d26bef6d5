/**
 * Rprop: PyTorch `torch/optim/rprop.py`, `_single_tensor_rprop` (1.13 and current have the same
 * arithmetic; docs/optimizers.md#rprop). Riedmiller & Braun's resilient
 * backpropagation without weight backtracking (iRprop−): only the gradient's sign is used.
 */
import { defineOptimizer } from './module';

export const rprop = defineOptimizer({
  type: 'rprop',
  title: 'Rprop',
  defaults: { lr: 1e-2, etaMinus: 0.5, etaPlus: 1.2, stepSizeMin: 1e-6, stepSizeMax: 50 },
  cycles: null,
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'rprop',
});
