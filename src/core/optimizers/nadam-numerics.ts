/**
 * NAdam's numerics: its update rule and the inspector's derivation, loaded when a run of NAdam
 * is first computed (rule-loaders.ts). Its facts, sources and formula: nadam.ts.
 */
import { muAt } from './nadam';
import { defineNumerics } from './module';
import { bufferOf, each, startDerived } from './derived';
import { decayedGrad, emaSquare } from './parts';
import { lerp } from './types';

export const nadamNumerics = defineNumerics({
  /**
   *   t ← t + 1;  bc2 = 1 − β2ᵗ;  g ← g + wd·θ
   *   μₜ = β1·(1 − ½·0.96^(t·ψ)),  μₜ₊₁ = β1·(1 − ½·0.96^((t+1)·ψ)),  Πμ ← Πμ·μₜ
   *   m ← lerp(m, g, 1 − β1);  v ← β2·v + (1 − β2)·g²;  denom = √(v/bc2) + ε
   *   θ ← θ − lr·(1 − μₜ)/(1 − Πμ)·g/denom − lr·μₜ₊₁/(1 − Πμ·μₜ₊₁)·m/denom
   * β1 is the cycled value.
   */
  rule(hp, dim) {
    const m = new Float64Array(dim);
    const v = new Float64Array(dim);
    const { beta2, eps, weightDecay, momentumDecay } = hp;
    let muProduct = 1;
    return {
      update(params, grad, lr, t, beta1) {
        const bc2 = 1 - beta2 ** t;
        const mu = muAt(beta1, t, momentumDecay);
        const muNext = muAt(beta1, t + 1, momentumDecay);
        muProduct *= mu;
        const muProductNext = muProduct * muNext;
        const gradCoef = (-lr * (1 - mu)) / (1 - muProduct);
        const momentumCoef = (-lr * muNext) / (1 - muProductNext);
        for (let i = 0; i < dim; i++) {
          const g = decayedGrad(grad, params, i, weightDecay);
          const mi = lerp(m[i]!, g, 1 - beta1);
          const vi = emaSquare(v[i]!, beta2, g);
          m[i] = mi;
          v[i] = vi;
          const denom = Math.sqrt(vi / bc2) + eps;
          let p = params[i]! + (gradCoef * g) / denom;
          p = p + (momentumCoef * mi) / denom;
          params[i] = p;
        }
      },
      state: () => ({ exp_avg: m, exp_avg_sq: v, mu_product: Float64Array.of(muProduct) }),
    };
  },
  derive(input) {
    const derived = startDerived(input);
    const { vectors, scalars } = derived;
    const { hp } = input;
    const t = input.after.t;
    const v = bufferOf(input, 'exp_avg_sq');
    const bc2 = 1 - hp.beta2 ** t;
    scalars.bc2 = bc2;
    scalars.mu = muAt(hp.beta1, t, hp.momentumDecay);
    scalars.muNext = muAt(hp.beta1, t + 1, hp.momentumDecay);
    scalars.muProduct = bufferOf(input, 'mu_product')[0] ?? 1;
    vectors.m = bufferOf(input, 'exp_avg');
    vectors.v = v;
    vectors.vHat = each(v.length, (i) => v[i]! / bc2);
    vectors.denom = each(v.length, (i) => Math.sqrt(v[i]! / bc2) + hp.eps);
    return derived;
  },
});
