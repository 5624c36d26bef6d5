/** The spec of a formula in x and y typed by the user (docs/expressions.md). */
export const EXPRESSION = 'expression';

/** @example { type: 'expression', expr: 'x^2 + 10*y^2' } */
export interface ExpressionSpec {
  type: typeof EXPRESSION;
  expr: string;
  noise?: number;
}
