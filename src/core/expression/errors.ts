/**
 * The only error the expression module throws: a message for the user and the index in the
 * input text where the problem is (0-based, in UTF-16 code units; `text.length` for "at the
 * end").
 *
 * @example
 * try { parseExpression('x +* y') } catch (e) { if (e instanceof ExpressionError) e.position } // 3
 */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
  constructor(
    message: string,
    /** Index in the input where the problem starts. */
    readonly position: number,
  ) {
    super(message);
  }
}
