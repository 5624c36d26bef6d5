/**
 * The SGD family's formulas, as the step inspector typesets them (sgd-rule.ts holds the rule;
 * docs/optimizers.md#gd to #nesterov): the displays of gd.ts, momentum.ts and nesterov.ts.
 * Loaded with the inspector, not at start.
 */
import type { OptimizerSpec } from '../../scenario/types';

/** The SGD family's formulas (docs/optimizers.md#gd to #nesterov). */
export const SGD_RULES = {
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
} as const;

/** The lines of an SGD rule; undamped heavy ball (τ = 0, the usual case) reads b ← μb + g. */
export function sgdLines(spec: OptimizerSpec, key: keyof typeof SGD_RULES): readonly string[] {
  const { lines } = SGD_RULES[key];
  if (key === 'momentum' && !spec.dampening) return [SGD_RULES.nesterov.lines[0], lines[1]!];
  return lines;
}
