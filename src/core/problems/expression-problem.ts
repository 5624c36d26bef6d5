/**
 * A user formula f(x, y) as a Problem (issue 6): parsed and compiled once by
 * src/core/expression (exact forward-mode gradients, no eval), with a default window and start
 * chosen for formulas nobody has seen before.
 */
import { parseExpression, type Expression } from '../expression';
import type { Problem, ProblemInfo } from './types';

/** The window a new formula opens in: wide enough for the usual teaching examples. */
export const EXPRESSION_VIEW = { x: [-3, 3], y: [-3, 3] } as const;
/** Off both axes and the diagonal, so that symmetric formulas still show a curved path. */
export const EXPRESSION_START = [-2.2, 1.6] as const;

/** The metadata of a formula: its window, start and the text as typed. */
export function expressionInfo(expression: Expression): ProblemInfo {
  return {
    name: 'expression',
    title: 'Your formula',
    formula: expression.text,
    view: EXPRESSION_VIEW,
    start: EXPRESSION_START,
    minima: [],
    // Unknown in general: charts plot f itself (symlog), not f − f*.
    fMin: null,
    note: 'Your own function of x and y. Its gradient is exact (forward-mode differentiation), never a finite difference.',
    axes: ['x', 'y'],
  };
}

/** The Problem of a formula. Throws `ExpressionError` on a formula validation would reject. */
export function createExpressionProblem(text: string): Problem {
  const expression = parseExpression(text);
  return {
    dim: 2,
    info: expressionInfo(expression),
    value: (params) => expression.value(params[0]!, params[1]!),
    valueAndGrad: (params, grad) => expression.valueAndGrad(params, grad),
  };
}
