/** Adadelta: PyTorch `torch/optim/adadelta.py`, `_single_tensor_adadelta` (docs/optimizers.md#adadelta). */
import { defineDisplay, defineNumerics, defineOptimizer } from './module';
import { bufferOf, each, startDerived } from './derived';
import { decayedGrad, emaSquare } from './parts';

export const adadelta = defineOptimizer({
  type: 'adadelta',
  title: 'Adadelta',
  defaults: { lr: 1.0, rho: 0.9, eps: 1e-6, weightDecay: 0 },
  cycles: null,
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'adadelta',
});

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

export const adadeltaDisplay = defineDisplay({
  formula: {
    rules: {
      adadelta: {
        lines: [
          'v &\\leftarrow \\rho v + (1-\\rho)\\,g^2',
          '\\Delta &= \\frac{\\sqrt{u + \\varepsilon}}{\\sqrt{v + \\varepsilon}}\\; g \\quad (u \\text{ before its update})',
          'u &\\leftarrow \\rho u + (1-\\rho)\\,\\Delta^2',
          '\\theta &\\leftarrow \\theta - \\alpha\\,\\Delta',
        ],
      },
    },
    ruleKey: () => 'adadelta',
  },
  inspector: { buffers: { v: 'square_avg', u: 'acc_delta' }, symbols: { v: 'vRho' } },
});
