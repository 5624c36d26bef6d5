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
    super(quotable(message));
  }
}

/** The longest run of one word a message keeps (a 499-letter name, a 500-digit number). */
const MAX_WORD = 50;

/**
 * The messages quote pieces of the formula (`Unknown name "…"`, `Number … is too large`): each
 * piece is cut to MAX_WORD characters with "…", and a lone surrogate (a half emoji named as an
 * unexpected character) becomes U+FFFD, so that a message is short, one line and well-formed.
 * (Pure string work here: the core does not import from src/scenario.)
 */
function quotable(message: string): string {
  return message
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(
      new RegExp(`[^\\s"]{${MAX_WORD + 1},}`, 'g'),
      (word) => `${word.slice(0, MAX_WORD - 1)}…`,
    )
    .replace(/[\r\n\u2028\u2029]/g, ' ');
}
