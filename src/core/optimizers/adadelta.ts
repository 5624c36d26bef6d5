/** Adadelta: PyTorch `torch/optim/adadelta.py`, `_single_tensor_adadelta` (docs/optimizers.md#adadelta). */
import type { ResolvedHyperparams } from './hyperparams';
import type { Optimizer } from './types';

/**
 *   g ← g + wd·θ;  v ← ρ·v + (1 − ρ)·g²
 *   Δ = √(u + ε)/√(v + ε)·g      (the NEW v, the OLD u; ε inside both roots)
 *   u ← ρ·u + (1 − ρ)·Δ²;  θ ← θ − lr·Δ
 * (Zeiler 2012, with PyTorch's lr factor.)
 */
export function createAdadelta(hp: ResolvedHyperparams, dim: number): Optimizer {
  const squareAvg = new Float64Array(dim);
  const accDelta = new Float64Array(dim);
  const { rho, eps, weightDecay } = hp;
  let t = 0;
  return {
    cycles: null,
    setCycledMomentum() {},
    step(params, grad, lr) {
      t++;
      for (let i = 0; i < dim; i++) {
        const g = weightDecay !== 0 ? grad[i]! + weightDecay * params[i]! : grad[i]!;
        const v = squareAvg[i]! * rho + (1 - rho) * g * g;
        squareAvg[i] = v;
        const std = Math.sqrt(v + eps);
        const delta = (Math.sqrt(accDelta[i]! + eps) / std) * g; // delta.div_(std).mul_(grad)
        accDelta[i] = accDelta[i]! * rho + (1 - rho) * delta * delta;
        params[i] = params[i]! + -lr * delta;
      }
    },
    snapshot: () => ({
      t,
      buffers: { square_avg: squareAvg.slice(), acc_delta: accDelta.slice() },
    }),
  };
}
