/** A formula in x and y typed by the user (docs/expressions.md). */
import { ExpressionError, parseExpression } from '../../core/expression';
import { createExpressionProblem } from '../../core/problems/expression-problem';
import { checkKeys, describe, join, type Issues } from '../../scenario/checks';
import { quote } from '../../scenario/text';
import { fieldsCodec, NO_DATA } from '../shared';
import type { ProblemKind } from '../types';
import { EXPRESSION, type ExpressionSpec } from './spec';

/** A formula of this many characters costs a built-in function's step; longer ones in proportion. */
const FORMULA_REFERENCE_LENGTH = 24;

export const expressionKind: ProblemKind<ExpressionSpec, 'none'> = {
  type: EXPRESSION,
  ...NO_DATA,
  validate(issues, value, path, noise) {
    checkKeys(issues, value, ['type', 'expr', 'noise'], path, 'an expression problem');
    const expr = validateExpression(issues, value.expr, join(path, 'expr'));
    return expr === undefined ? undefined : { type: EXPRESSION, expr, ...noise };
  },
  build: (spec) => createExpressionProblem(spec.expr),
  work: (spec) => ({ surface: Math.max(1, spec.expr.length / FORMULA_REFERENCE_LENGTH) }),
  link: fieldsCodec(['expr', 'noise']),
};

/**
 * A formula in x and y (docs/expressions.md). The message of a formula that does not parse says
 * where, as "at character N" (1-based) with the text around it.
 */
function validateExpression(issues: Issues, value: unknown, path: string): string | undefined {
  if (typeof value !== 'string') {
    issues.add(path, `must be a formula in x and y such as "x^2 + 10*y^2", got ${describe(value)}`);
    return undefined;
  }
  try {
    parseExpression(value);
    return value;
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    issues.add(path, `${error.message} ${expressionPlace(value, error.position)}`);
    return undefined;
  }
}

/** "at character 4 of "x +* y"" — the whole formula when short, its neighbourhood otherwise. */
export function expressionPlace(text: string, position: number): string {
  const where = `at character ${Math.min(position, text.length) + 1}`;
  if (text.length <= 40) return `(${where} of ${quote(text)})`;
  const from = Math.max(0, position - 15);
  return `(${where}, near ${quote(text.slice(from, from + 30))})`;
}
