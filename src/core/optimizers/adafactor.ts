/**
 * Adafactor: PyTorch 2.5+'s `torch/optim/_adafactor.py`, `_single_tensor_adafactor` (@051d6a09;
 * docs/optimizers.md#adafactor). Shazeer & Stern 2018, with PyTorch's use of
 * `lr` (the cap of ρₜ and the coefficient of the decoupled weight decay) and of ε1 (a floor of
 * the estimate, not a term added to g²). torch treats each parameter tensor on its own: a vector
 * (every 2-parameter problem's θ, a model's biases) keeps a full second moment `variance`, a
 * weight matrix its row and column factors `row_var`, `col_var`; both are here, by the model's
 * layout. The step is relative: it scales with the RMS of θ (or ε2 near 0).
 */
import { defineOptimizer } from './module';

export const adafactor = defineOptimizer({
  type: 'adafactor',
  title: 'Adafactor',
  // eps1 absent in torch is finfo(dtype).eps: float64's, 2⁻⁵², as JavaScript's Number.EPSILON.
  defaults: { lr: 1e-2, beta2Decay: -0.8, eps1: Number.EPSILON, eps2: 1e-3, d: 1, weightDecay: 0 },
  cycles: null,
  decoupledWeightDecay: true,
  biasCorrectedMoment: false,
  docAnchor: 'adafactor',
});
