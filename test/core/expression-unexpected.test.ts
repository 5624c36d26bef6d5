/**
 * A character the formula grammar does not know is named so a student can find it (issue 8):
 * outside ASCII with its code point, since a lookalike (Cyrillic х for x) or an invisible mark
 * (U+200F, NUL) cannot be told apart by eye.
 */
import { describe, expect, it } from 'vitest';
import { ExpressionError, parseExpression } from '../../src/core/expression';

function errorOf(text: string): { message: string; position: number } {
  try {
    parseExpression(text);
  } catch (error) {
    if (error instanceof ExpressionError)
      return { message: error.message, position: error.position };
    throw error;
  }
  throw new Error(`${text} parsed`);
}

describe('parseExpression on unexpected characters', () => {
  it.each([
    ['x $ y', 'Unexpected character "$"', 2],
    ['х^2', 'Unexpected character "х" (U+0445, not the letter x)', 0],
    ['2χ', 'Unexpected character "χ" (U+03C7, not the letter x)', 1],
    ['cοs(x)', 'Unexpected character "ο" (U+03BF, not the letter o)', 1],
    ['x + 😀', 'Unexpected character "😀" (U+1F600)', 4],
    ['（x）', 'Unexpected character "（" (U+FF08)', 0],
    ['x\u200f+y', 'Unexpected invisible character U+200F', 1],
    ['\u202ex', 'Unexpected invisible character U+202E', 0],
    ['x\u0000', 'Unexpected invisible character U+0000', 1],
    ['x\u00a0+ y', 'Unexpected invisible character U+00A0', 1],
  ])('%j: %s at %d', (text, message, position) => {
    expect(errorOf(text)).toEqual({ message, position });
  });
});
