/**
 * The Adam family's formulas, as the step inspector typesets them (adam-rule.ts holds the rule;
 * docs/optimizers.md#adam to #amsgrad): the displays of adam.ts, adamw.ts and amsgrad.ts, and
 * the lines the other Adam-like displays reuse. Loaded with the inspector, not at start.
 */

/** m ← β1·m + (1 − β1)·g and v ← β2·v + (1 − β2)·g², as every Adam-like formula writes them. */
export const ADAM_MOMENTS = [
  'm &\\leftarrow \\beta_1 m + (1-\\beta_1)\\,g',
  'v &\\leftarrow \\beta_2 v + (1-\\beta_2)\\,g^2',
] as const;

const HATS =
  '\\hat m &= \\frac{m}{1-\\beta_1^{\\,t}}, \\quad \\hat v = \\frac{v}{1-\\beta_2^{\\,t}}';

const ADAM_STEP =
  '\\theta &\\leftarrow \\theta - \\alpha\\,\\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon}';

/** The formulas of the Adam rule's variants (docs/optimizers.md#adam to #amsgrad). */
export const ADAM_RULES = {
  adam: { lines: [...ADAM_MOMENTS, HATS, ADAM_STEP] },
  'adam-no-bias-correction': {
    lines: [
      ...ADAM_MOMENTS,
      '\\theta &\\leftarrow \\theta - \\alpha\\,\\frac{m}{\\sqrt{v} + \\varepsilon}',
    ],
  },
  adamw: {
    lines: [
      '\\theta &\\leftarrow \\theta\\,(1 - \\alpha\\lambda)',
      ...ADAM_MOMENTS,
      HATS,
      ADAM_STEP,
    ],
  },
  amsgrad: {
    lines: [
      ...ADAM_MOMENTS,
      'v_{\\max} &\\leftarrow \\max(v_{\\max},\\, v)',
      '\\hat m &= \\tfrac{m}{1-\\beta_1^{\\,t}}, \\quad \\hat v = \\tfrac{v_{\\max}}{1-\\beta_2^{\\,t}}',
      ADAM_STEP,
    ],
  },
} as const;
