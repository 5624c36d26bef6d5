/**
 * RAdam's numerics: its update rule and the inspector's derivation, loaded when a run of RAdam
 * is first computed (rule-loaders.ts). Its facts, sources and formula: radam.ts.
 */
import { rectification, rhoAt, rhoInfinity } from './radam';
import { defineNumerics } from './module';
import { bufferOf, each, startDerived } from './derived';
import { decayedGrad, ema, emaSquare } from './parts';

export const radamNumerics = defineNumerics({
  /**
   *   t ← t + 1;  g ← g + wd·θ;  m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
   *   m̂ = m/(1 − β1ᵗ);  ρ∞ = 2/(1 − β2) − 1;  ρₜ = ρ∞ − 2t·β2ᵗ/(1 − β2ᵗ)
   *   ρₜ > 5:  r = √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ));  θ ← θ − m̂·lr·(√(1 − β2ᵗ)/(√v + ε))·r
   *   else:    θ ← θ − m̂·lr   (the un-adapted momentum step: a built-in warm-up)
   * β1 is the cycled value.
   */
  rule(hp, dim) {
    const m = new Float64Array(dim);
    const v = new Float64Array(dim);
    const { beta2, eps, weightDecay } = hp;
    return {
      update(params, grad, lr, t, beta1) {
        const bc1 = 1 - beta1 ** t;
        const rhoT = rhoAt(beta2, t);
        const rectified = rhoT > 5;
        const r = rectification(beta2, rhoT);
        const bc2Sqrt = Math.sqrt(1 - beta2 ** t);
        for (let i = 0; i < dim; i++) {
          const g = decayedGrad(grad, params, i, weightDecay);
          const mi = ema(m[i]!, beta1, g);
          const vi = emaSquare(v[i]!, beta2, g);
          m[i] = mi;
          v[i] = vi;
          const mHat = mi / bc1;
          if (rectified) {
            const adaptiveLr = bc2Sqrt / (Math.sqrt(vi) + eps);
            params[i] = params[i]! + -1 * (mHat * lr * adaptiveLr * r);
          } else {
            params[i] = params[i]! + -1 * (mHat * lr);
          }
        }
      },
      state: () => ({ exp_avg: m, exp_avg_sq: v }),
    };
  },
  derive(input) {
    const derived = startDerived(input);
    const { vectors, scalars } = derived;
    const { hp } = input;
    const t = input.after.t;
    const m = bufferOf(input, 'exp_avg');
    const v = bufferOf(input, 'exp_avg_sq');
    const bc1 = 1 - hp.beta1 ** t;
    const bc2 = 1 - hp.beta2 ** t;
    const rhoT = rhoAt(hp.beta2, t);
    const rectified = rhoT > 5;
    Object.assign(scalars, {
      bc1,
      bc2,
      rhoInf: rhoInfinity(hp.beta2),
      rhoT,
      rectified: +rectified,
    });
    if (rectified) scalars.r = rectification(hp.beta2, rhoT);
    vectors.m = m;
    vectors.v = v;
    vectors.mHat = each(m.length, (i) => m[i]! / bc1);
    if (rectified)
      vectors.adaptive = each(v.length, (i) => Math.sqrt(bc2) / (Math.sqrt(v[i]!) + hp.eps));
    return derived;
  },
});
