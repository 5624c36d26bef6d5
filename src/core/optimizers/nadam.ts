/** NAdam: PyTorch `torch/optim/nadam.py`, `_single_tensor_nadam` (docs/optimizers.md#nadam; Dozat 2016). */
import { ADAM_BETAS, ADAM_FAMILY } from './adam-rule';
import { defineOptimizer } from './module';

/** NAdam's momentum schedule μₜ = β1·(1 − ½·0.96^(t·ψ)). */
export const muAt = (beta1: number, t: number, momentumDecay: number): number =>
  beta1 * (1 - 0.5 * 0.96 ** (t * momentumDecay));

export const nadam = defineOptimizer({
  type: 'nadam',
  title: 'NAdam',
  defaults: { lr: 2e-3, ...ADAM_BETAS, momentumDecay: 4e-3, weightDecay: 0 },
  ...ADAM_FAMILY,
  docAnchor: 'nadam',
});
