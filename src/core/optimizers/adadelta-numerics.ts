/**
 * Adadelta's numerics: its update rule and the inspector's derivation, loaded when a run of
 * Adadelta is first computed (rule-loaders.ts). Its facts, sources and formula: adadelta.ts.
 */
import { defineNumerics } from './module';
import { bufferOf, each, startDerived } from './derived';
import { decayedGrad, emaSquare } from './parts';

export const adadeltaNumerics = defineNumerics({
  /**
   *   g ← g + wd·θ;  v ← ρ·v + (1 − ρ)·g²
   *   Δ = √(u + ε)/√(v + ε)·g      (the NEW v, the OLD u; ε inside both roots)
   *   u ← ρ·u + (1 − ρ)·Δ²;  θ ← θ − lr·Δ
   * (Zeiler 2012, with PyTorch's lr factor.)
   */
  rule(hp, dim) {
    const squareAvg = new Float64Array(dim);
    const accDelta = new Float64Array(dim);
    const { rho, eps, weightDecay } = hp;
    return {
      update(params, grad, lr) {
        for (let i = 0; i < dim; i++) {
          const g = decayedGrad(grad, params, i, weightDecay);
          const v = emaSquare(squareAvg[i]!, rho, g);
          squareAvg[i] = v;
          const std = Math.sqrt(v + eps);
          const delta = (Math.sqrt(accDelta[i]! + eps) / std) * g; // delta.div_(std).mul_(grad)
          accDelta[i] = emaSquare(accDelta[i]!, rho, delta);
          params[i] = params[i]! + -lr * delta;
        }
      },
      state: () => ({ square_avg: squareAvg, acc_delta: accDelta }),
    };
  },
  derive(input) {
    const derived = startDerived(input);
    const { vectors } = derived;
    const { eps } = input.hp;
    const g = input.gradUsed;
    const v = bufferOf(input, 'square_avg');
    const uOld = bufferOf(input, 'acc_delta', input.before);
    const scale = each(v.length, (i) => Math.sqrt(uOld[i]! + eps) / Math.sqrt(v[i]! + eps));
    vectors.v = v;
    vectors.uPrev = uOld;
    vectors.scale = scale;
    vectors.update = each(v.length, (i) => scale[i]! * g[i]!);
    vectors.u = bufferOf(input, 'acc_delta');
    return derived;
  },
});
