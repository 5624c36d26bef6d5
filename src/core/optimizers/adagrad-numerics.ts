/**
 * AdaGrad's numerics: its update rule and the inspector's derivation, loaded when a run of AdaGrad
 * is first computed (rule-loaders.ts). Its facts, sources and formula: adagrad.ts.
 */
import { defineNumerics } from './module';
import { bufferOf, each, startDerived } from './derived';
import { decayedGrad } from './parts';

export const adagradNumerics = defineNumerics({
  /**
   *   t ← t + 1;  g ← g + wd·θ;  clr = lr / (1 + (t − 1)·lr_decay)
   *   sum ← sum + g·g;  θ ← θ − clr·g / (√sum + ε)      (ε outside the square root)
   * The accumulator starts at `initialAccumulatorValue` (0 in PyTorch, 0.1 in TF.js).
   */
  rule(hp, dim) {
    const sum = new Float64Array(dim).fill(hp.initialAccumulatorValue);
    const { lrDecay, eps, weightDecay } = hp;
    return {
      update(params, grad, lr, t) {
        const clr = lr / (1 + (t - 1) * lrDecay);
        for (let i = 0; i < dim; i++) {
          const g = decayedGrad(grad, params, i, weightDecay);
          const s = sum[i]! + 1 * g * g; // state_sum.addcmul_(grad, grad, value=1)
          sum[i] = s;
          params[i] = params[i]! + (-clr * g) / (Math.sqrt(s) + eps); // addcdiv_(g, std, value=-clr)
        }
      },
      state: () => ({ sum }),
    };
  },
  derive(input) {
    const derived = startDerived(input);
    const { hp } = input;
    const sum = bufferOf(input, 'sum');
    derived.scalars.clr = input.lr / (1 + (input.after.t - 1) * hp.lrDecay);
    derived.vectors.sum = sum;
    derived.vectors.denom = each(sum.length, (i) => Math.sqrt(sum[i]!) + hp.eps);
    return derived;
  },
});
