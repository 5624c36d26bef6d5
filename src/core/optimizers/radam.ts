/** RAdam: PyTorch `torch/optim/radam.py`, `_single_tensor_radam` (docs/optimizers.md#radam; Liu et al. 2020). */
import { ADAM_BETAS, ADAM_FAMILY } from './adam-rule';
import { defineOptimizer } from './module';

/** ρ∞ = 2/(1 − β2) − 1, the length of the approximated SMA. */
export const rhoInfinity = (beta2: number): number => 2 / (1 - beta2) - 1;

/** ρₜ = ρ∞ − 2t·β2ᵗ/(1 − β2ᵗ). */
export const rhoAt = (beta2: number, t: number): number =>
  rhoInfinity(beta2) - (2 * t * beta2 ** t) / (1 - beta2 ** t);

/** The rectification rₜ where ρₜ > 5, else 0 (the warm-up steps). Scalars, so no allocation. */
export function rectification(beta2: number, rhoT: number): number {
  const rhoInf = rhoInfinity(beta2);
  return rhoT > 5
    ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
    : 0;
}

export const radam = defineOptimizer({
  type: 'radam',
  title: 'RAdam',
  defaults: { lr: 1e-3, ...ADAM_BETAS, weightDecay: 0 },
  ...ADAM_FAMILY,
  docAnchor: 'radam',
});
