/**
 * The update rule of every optimizer as the inspector typesets it (KaTeX), one table entry per
 * rule and variant, as docs/optimizers.md ("The update rules") writes them; the inspector links
 * to that section of the built page (doc-link.ts). Every symbol a rule or the table uses is
 * defined there and in symbols.ts. Symbols match the hyperparameter table (α lr, μ momentum, τ
 * dampening, ρ RMSprop's/Adadelta's decay, λ weight decay, ψ NAdam's momentum decay, η AdaGrad's
 * lr decay) and the inspector's rows (g, b, G, v, ḡ, u, m, m̂, v̂, c).
 */
import type { OptimizerSpec } from '../../scenario/types';

export type RuleKey =
  | 'gd'
  | 'momentum'
  | 'nesterov'
  | 'adagrad'
  | 'rmsprop'
  | 'rmsprop-centered'
  | 'rmsprop-momentum'
  | 'rmsprop-centered-momentum'
  | 'adadelta'
  | 'adam'
  | 'adam-no-bias-correction'
  | 'adamw'
  | 'amsgrad'
  | 'adamax'
  | 'nadam'
  | 'radam'
  | 'lion';

export interface Rule {
  /** Lines of an `aligned` block, each aligned at its `&`. */
  lines: readonly string[];
}

const ADAM_MOMENTS = [
  'm &\\leftarrow \\beta_1 m + (1-\\beta_1)\\,g',
  'v &\\leftarrow \\beta_2 v + (1-\\beta_2)\\,g^2',
];
const HATS =
  '\\hat m &= \\frac{m}{1-\\beta_1^{\\,t}}, \\quad \\hat v = \\frac{v}{1-\\beta_2^{\\,t}}';
const ADAM_STEP =
  '\\theta &\\leftarrow \\theta - \\alpha\\,\\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon}';

export const RULES: Readonly<Record<RuleKey, Rule>> = {
  gd: { lines: ['\\theta &\\leftarrow \\theta - \\alpha\\, g'] },
  momentum: {
    lines: [
      'b &\\leftarrow \\mu b + (1-\\tau)\\,g \\quad (\\text{first step: } b = g)',
      '\\theta &\\leftarrow \\theta - \\alpha\\, b',
    ],
  },
  nesterov: {
    lines: [
      'b &\\leftarrow \\mu b + g \\quad (\\text{first step: } b = g)',
      '\\theta &\\leftarrow \\theta - \\alpha\\,(g + \\mu b)',
    ],
  },
  adagrad: {
    lines: [
      'G &\\leftarrow G + g^2',
      '\\theta &\\leftarrow \\theta - \\frac{\\alpha}{1 + (t-1)\\,\\eta}\\,\\frac{g}{\\sqrt{G} + \\varepsilon}',
    ],
  },
  rmsprop: {
    lines: [
      'v &\\leftarrow \\rho v + (1-\\rho)\\,g^2',
      'd &= \\sqrt{v} + \\varepsilon',
      '\\theta &\\leftarrow \\theta - \\alpha\\,g/d',
    ],
  },
  'rmsprop-centered': {
    lines: [
      'v &\\leftarrow \\rho v + (1-\\rho)\\,g^2, \\quad \\bar g \\leftarrow \\rho \\bar g + (1-\\rho)\\,g',
      'd &= \\sqrt{v - \\bar g^2} + \\varepsilon',
      '\\theta &\\leftarrow \\theta - \\alpha\\,g/d',
    ],
  },
  'rmsprop-momentum': {
    lines: [
      'v &\\leftarrow \\rho v + (1-\\rho)\\,g^2, \\quad d = \\sqrt{v} + \\varepsilon',
      'b &\\leftarrow \\mu b + g/d',
      '\\theta &\\leftarrow \\theta - \\alpha\\, b',
    ],
  },
  'rmsprop-centered-momentum': {
    lines: [
      'v &\\leftarrow \\rho v + (1-\\rho)\\,g^2, \\quad \\bar g \\leftarrow \\rho \\bar g + (1-\\rho)\\,g',
      'd &= \\sqrt{v - \\bar g^2} + \\varepsilon',
      'b &\\leftarrow \\mu b + g/d',
      '\\theta &\\leftarrow \\theta - \\alpha\\, b',
    ],
  },
  adadelta: {
    lines: [
      'v &\\leftarrow \\rho v + (1-\\rho)\\,g^2',
      '\\Delta &= \\frac{\\sqrt{u + \\varepsilon}}{\\sqrt{v + \\varepsilon}}\\; g \\quad (u \\text{ before its update})',
      'u &\\leftarrow \\rho u + (1-\\rho)\\,\\Delta^2',
      '\\theta &\\leftarrow \\theta - \\alpha\\,\\Delta',
    ],
  },
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
  adamax: {
    lines: [
      ADAM_MOMENTS[0]!,
      'u &\\leftarrow \\max(\\beta_2 u,\\; |g| + \\varepsilon)',
      '\\theta &\\leftarrow \\theta - \\alpha\\,\\frac{\\hat m}{u}, \\quad \\hat m = \\frac{m}{1-\\beta_1^{\\,t}}',
    ],
  },
  nadam: {
    lines: [
      '\\mu_t &= \\beta_1\\bigl(1 - \\tfrac12\\, 0.96^{\\,t\\psi}\\bigr), \\quad \\Pi \\leftarrow \\Pi\\,\\mu_t',
      ...ADAM_MOMENTS,
      '\\hat v &= \\frac{v}{1-\\beta_2^{\\,t}}, \\quad d = \\sqrt{\\hat v} + \\varepsilon',
      '\\theta &\\leftarrow \\theta - \\alpha\\,\\frac{1-\\mu_t}{1-\\Pi}\\,\\frac{g}{d} - \\alpha\\,\\frac{\\mu_{t+1}}{1-\\Pi\\,\\mu_{t+1}}\\,\\frac{m}{d}',
    ],
  },
  radam: {
    lines: [
      ...ADAM_MOMENTS,
      '\\hat m &= \\frac{m}{1-\\beta_1^{\\,t}}',
      '\\rho_t &= \\rho_\\infty - \\frac{2t\\,\\beta_2^{\\,t}}{1-\\beta_2^{\\,t}}, \\quad \\rho_\\infty = \\frac{2}{1-\\beta_2} - 1',
      'r_t &= \\sqrt{\\tfrac{(\\rho_t-4)(\\rho_t-2)\\,\\rho_\\infty}{(\\rho_\\infty-4)(\\rho_\\infty-2)\\,\\rho_t}}',
      '\\rho_t > 5:\\ \\theta &\\leftarrow \\theta - \\alpha\\,\\hat m\\, r_t\\,\\frac{\\sqrt{1-\\beta_2^{\\,t}}}{\\sqrt{v} + \\varepsilon}',
      '\\text{else: } \\theta &\\leftarrow \\theta - \\alpha\\,\\hat m',
    ],
  },
  lion: {
    lines: [
      'c &= \\beta_1 m + (1-\\beta_1)\\,g',
      '\\theta &\\leftarrow \\theta - \\alpha\\,\\bigl(\\operatorname{sign}(c) + \\lambda\\theta\\bigr)',
      'm &\\leftarrow \\beta_2 m + (1-\\beta_2)\\,g',
    ],
  },
};

/** L2 weight decay folded into g, first (docs/optimizers.md); AdamW and Lion decay θ instead. */
const L2_LINE = 'g &\\leftarrow g + \\lambda\\theta';

/**
 * The rule of a spec. `cycledMomentum` is μ as OneCycleLR set it: GD with cycled momentum steps
 * as heavy ball (PyTorch writes `group['momentum']` of plain SGD too).
 */
export function ruleKey(spec: OptimizerSpec, cycledMomentum?: number): RuleKey {
  switch (spec.type) {
    case 'gd':
      return cycledMomentum ? 'momentum' : 'gd';
    case 'rmsprop': {
      const momentum = (cycledMomentum ?? spec.momentum ?? 0) > 0;
      if (spec.centered) return momentum ? 'rmsprop-centered-momentum' : 'rmsprop-centered';
      return momentum ? 'rmsprop-momentum' : 'rmsprop';
    }
    case 'adam':
      return spec.biasCorrection === false ? 'adam-no-bias-correction' : 'adam';
    default:
      return spec.type;
  }
}

/** The rule typeset as one `aligned` block, with the L2 line first where weight decay is on. */
export function ruleTex(spec: OptimizerSpec, cycledMomentum?: number): string {
  const key = ruleKey(spec, cycledMomentum);
  const l2 = (spec.weightDecay ?? 0) !== 0 && spec.type !== 'adamw' && spec.type !== 'lion';
  let lines = RULES[key].lines;
  // Undamped heavy ball (τ = 0, the usual case) reads b ← μb + g.
  if (key === 'momentum' && !spec.dampening) lines = [RULES.nesterov.lines[0]!, lines[1]!];
  if (l2) lines = [L2_LINE, ...lines];
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}
