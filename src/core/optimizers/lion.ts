/** Lion: optax `scale_by_lion` + `add_decayed_weights` + `scale_by_learning_rate` (docs/optimizers.md#lion; Chen et al. 2023, Alg. 2). */
import { defineDisplay, defineNumerics, defineOptimizer } from './module';
import { bufferOf, each, startDerived } from './derived';
import { ema } from './parts';

/** sign(x) with sign(0) = 0 (jnp.sign); `x > 0` tests also give 0 for −0 and NaN. */
const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);

export const lion = defineOptimizer({
  type: 'lion',
  title: 'Lion',
  // Absent from torch.optim: lr 1e-4 as lucidrains' widely used lion-pytorch, β = (0.9, 0.99)
  // and no weight decay (docs/scenario.md).
  defaults: { lr: 1e-4, beta1: 0.9, beta2: 0.99, weightDecay: 0 },
  cycles: 'beta1',
  decoupledWeightDecay: true,
  biasCorrectedMoment: false,
  docAnchor: 'lion',
});

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

export const lionDisplay = defineDisplay({
  formula: {
    rules: {
      lion: {
        lines: [
          'c &= \\beta_1 m + (1-\\beta_1)\\,g',
          '\\theta &\\leftarrow \\theta - \\alpha\\,\\bigl(\\operatorname{sign}(c) + \\lambda\\theta\\bigr)',
          'm &\\leftarrow \\beta_2 m + (1-\\beta_2)\\,g',
        ],
      },
    },
    ruleKey: () => 'lion',
  },
  inspector: { symbols: { m: 'mLion' } },
});
