/**
 * A user formula f(x, y) as a Problem (issue 6): parsed and compiled once by
 * src/core/expression (exact forward-mode gradients, no eval), with a default window and start
 * chosen for formulas nobody has seen before.
 */
import { formulaHessian, hessian2Product } from '../curvature/formula-hessian';
import { parseExpression, type Expression } from '../expression';
import type { Problem, ProblemInfo } from './types';

/** The window a new formula opens in: wide enough for the usual teaching examples. */
export const EXPRESSION_VIEW = { x: [-3, 3], y: [-3, 3] } as const;
/** Off both axes and the diagonal, so that symmetric formulas still show a curved path. */
export const EXPRESSION_START = [-2.2, 1.6] as const;
/**
 * Where to start instead when f or ∇f is not finite at EXPRESSION_START (sqrt(x), log(x·y)):
 * the first of these where both are, so that a new formula's runs always move.
 */
const OTHER_STARTS = [
  [2.2, 1.6],
  [2.2, -1.6],
  [-2.2, -1.6],
  [1, 1],
  [0.5, 0.5],
] as const;

function firstFiniteStart(expression: Expression): readonly [number, number] {
  const grad = new Float64Array(2);
  for (const point of [EXPRESSION_START, ...OTHER_STARTS]) {
    const f = expression.valueAndGrad(point, grad);
    if (Number.isFinite(f) && Number.isFinite(grad[0]) && Number.isFinite(grad[1])) return point;
  }
  return EXPRESSION_START;
}

/** The metadata of a formula: its window, start and the text as typed. */
export function expressionInfo(expression: Expression): ProblemInfo {
  return {
    name: 'expression',
    title: 'Your formula',
    formula: expression.text,
    view: EXPRESSION_VIEW,
    start: firstFiniteStart(expression),
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
    // Exact second derivatives: the formula differentiated symbolically twice.
    createHessianVectorProduct: () => hessian2Product(formulaHessian(expression.ast)),
  };
}
