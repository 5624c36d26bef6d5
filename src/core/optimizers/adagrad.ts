/** AdaGrad: PyTorch `torch/optim/adagrad.py`, `_single_tensor_adagrad` (docs/optimizers.md#adagrad). */
import { defineDisplay, defineNumerics, defineOptimizer } from './module';
import { bufferOf, each, startDerived } from './derived';
import { decayedGrad } from './parts';

export const adagrad = defineOptimizer({
  type: 'adagrad',
  title: 'AdaGrad',
  defaults: { lr: 1e-2, lrDecay: 0, initialAccumulatorValue: 0, eps: 1e-10, weightDecay: 0 },
  cycles: null,
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'adagrad',
});

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

export const adagradDisplay = defineDisplay({
  formula: {
    rules: {
      adagrad: {
        lines: [
          'G &\\leftarrow G + g^2',
          '\\theta &\\leftarrow \\theta - \\frac{\\alpha}{1 + (t-1)\\,\\eta}\\,\\frac{g}{\\sqrt{G} + \\varepsilon}',
        ],
      },
    },
    ruleKey: () => 'adagrad',
  },
  inspector: { denom: ['\\sqrt{G}+\\varepsilon', '√G+ε'] },
});
