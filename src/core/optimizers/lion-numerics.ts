/**
 * Lion's numerics: its update rule and the inspector's derivation, loaded when a run of Lion
 * is first computed (rule-loaders.ts). Its facts, sources and formula: lion.ts.
 */
import { defineNumerics } from './module';
import { bufferOf, each, startDerived } from './derived';
import { ema } from './parts';

/** sign(x) with sign(0) = 0 (jnp.sign); `x > 0` tests also give 0 for −0 and NaN. */
const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);

export const lionNumerics = defineNumerics({
  /**
   *   c = (1 − β1)·g + β1·m      (the OLD m);  u = sign(c), sign(0) = 0
   *   m ← (1 − β2)·g + β2·m;     θ ← θ − lr·(u + wd·θ)   (decoupled weight decay)
   * β1 is the cycled value.
   */
  rule(hp, dim) {
    const m = new Float64Array(dim);
    const { beta2, weightDecay } = hp;
    return {
      update(params, grad, lr, _t, beta1) {
        for (let i = 0; i < dim; i++) {
          const g = grad[i]!;
          const u = sign(ema(m[i]!, beta1, g));
          m[i] = ema(m[i]!, beta2, g);
          const p = params[i]!;
          params[i] = p + -lr * (u + weightDecay * p);
        }
      },
      state: () => ({ exp_avg: m }),
    };
  },
  derive(input) {
    const derived = startDerived(input);
    const { beta1 } = input.hp;
    const g = input.gradUsed;
    const mOld = bufferOf(input, 'exp_avg', input.before);
    const c = each(g.length, (i) => ema(mOld[i]!, beta1, g[i]!));
    derived.vectors.c = c;
    derived.vectors.sign = c.map(sign);
    derived.vectors.m = bufferOf(input, 'exp_avg');
    return derived;
  },
});
