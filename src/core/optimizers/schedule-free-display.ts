/**
 * How the step inspector shows Schedule-Free SGD and AdamW: their typeset rules and the names of
 * their rows (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';

/** The lines both rules end with: the average and the gradient point. */
const AVERAGE_LINES = [
  'c &= w_t / \\textstyle\\sum_{i \\le t} w_i,\\quad w_t = t^{r}\\,\\alpha_{\\max}^{\\,p}',
  'x &\\leftarrow (1 - c)\\,x + c\\,z',
  'y &\\leftarrow \\beta\\,x + (1 - \\beta)\\,z \\quad \\text{(the next gradient is taken at } y)',
] as const;

const WARMUP_LINE = '\\alpha_t &= \\alpha \\cdot \\min\\bigl(1,\\ t / T_w\\bigr)';

export const scheduleFreeSgdDisplay = defineDisplay({
  formula: {
    rules: {
      'schedule-free-sgd': {
        lines: [WARMUP_LINE, 'z &\\leftarrow z - \\alpha_t\\,(g + \\lambda y)', ...AVERAGE_LINES],
      },
    },
    ruleKey: () => 'schedule-free-sgd',
  },
  inspector: { buffers: { z: 'z', x: 'x' } },
});

export const scheduleFreeAdamwDisplay = defineDisplay({
  formula: {
    rules: {
      'schedule-free-adamw': {
        lines: [
          WARMUP_LINE,
          'v &\\leftarrow \\beta_2\\,v + (1 - \\beta_2)\\,g^2',
          'z &\\leftarrow z - \\alpha_t\\lambda\\,y - \\alpha_t\\,g \\,/\\, \\bigl(\\sqrt{v / (1 - \\beta_2^{\\,t})} + \\varepsilon\\bigr)',
          ...AVERAGE_LINES,
        ],
      },
    },
    ruleKey: () => 'schedule-free-adamw',
  },
  inspector: {
    buffers: { z: 'z', x: 'x', v: 'exp_avg_sq' },
    denom: ['\\sqrt{v/(1-\\beta_2^t)}+\\varepsilon', '√(v/(1−β2ᵗ))+ε'],
  },
});
