/**
 * Adamax's numerics: its update rule and the inspector's derivation, loaded when a run of Adamax
 * is first computed (rule-loaders.ts). Its facts, sources and formula: adamax.ts.
 */
import { defineNumerics } from './module';
import { bufferOf, each, startDerived } from './derived';
import { decayedGrad, ema } from './parts';

export const adamaxNumerics = defineNumerics({
  /**
   *   t ← t + 1;  g ← g + wd·θ;  m ← β1·m + (1 − β1)·g
   *   u ← max(β2·u, |g| + ε)      (ε inside the max);  θ ← θ − (lr/(1 − β1ᵗ))·m/u
   * β1 is the cycled value.
   */
  rule(hp, dim) {
    const m = new Float64Array(dim);
    const u = new Float64Array(dim);
    const { beta2, eps, weightDecay } = hp;
    return {
      update(params, grad, lr, t, beta1) {
        const negClr = -(lr / (1 - beta1 ** t));
        for (let i = 0; i < dim; i++) {
          const g = decayedGrad(grad, params, i, weightDecay);
          const mi = ema(m[i]!, beta1, g);
          m[i] = mi;
          const decayed = u[i]! * beta2;
          const fresh = Math.abs(g) + eps;
          // torch.amax over [exp_inf·β2, |g| + ε]; amax propagates NaN, as this comparison does
          // not, but a NaN here means the run has already diverged.
          const ui = decayed > fresh ? decayed : fresh;
          u[i] = ui;
          params[i] = params[i]! + (negClr * mi) / ui;
        }
      },
      state: () => ({ exp_avg: m, exp_inf: u }),
    };
  },
  derive(input) {
    const derived = startDerived(input);
    const m = bufferOf(input, 'exp_avg');
    const bc1 = 1 - input.hp.beta1 ** input.after.t;
    derived.scalars.bc1 = bc1;
    derived.vectors.m = m;
    derived.vectors.u = bufferOf(input, 'exp_inf');
    derived.vectors.mHat = each(m.length, (i) => m[i]! / bc1);
    return derived;
  },
});
