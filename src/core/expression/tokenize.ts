import { characterAt, DECIMAL, identifierAt, matchAt, scan, unexpectedCharacter } from '../lex';
import { ExpressionError } from './errors';

/** One lexical token; `pos` is its index in the input. */
export type Token =
  | { readonly kind: 'num'; readonly pos: number; readonly text: string; readonly value: number }
  | { readonly kind: 'name'; readonly pos: number; readonly text: string }
  | { readonly kind: 'op'; readonly pos: number; readonly text: '+' | '-' | '*' | '/' | '^' }
  | { readonly kind: '(' | ')' | ',' | 'end'; readonly pos: number; readonly text: string };

// Sticky: matches at lastIndex only (src/core/lex.ts).
const NUMBER = new RegExp(DECIMAL, 'y');

// Typographic operators users paste from the app's own formulas ("(1 − x)² …") and papers.
const OPS: Readonly<Record<string, '+' | '-' | '*' | '/' | '^'>> = {
  '+': '+',
  '-': '-',
  '\u2212': '-', // − minus sign
  '*': '*',
  '\u00d7': '*', // ×
  '\u00b7': '*', // ·
  '\u22c5': '*', // ⋅
  '/': '/',
  '\u00f7': '/', // ÷
  '^': '^',
};

/** Splits `text` into tokens, ending with an `end` token at `text.length`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scan(text, (i, c) => {
    if ((c >= '0' && c <= '9') || c === '.') {
      const number = matchAt(NUMBER, text, i);
      if (number === undefined) throw new ExpressionError('A lone "." is not a number', i);
      const value = Number(number);
      if (!Number.isFinite(value)) throw new ExpressionError(`Number ${number} is too large`, i);
      tokens.push({ kind: 'num', pos: i, text: number, value });
      return number.length;
    }
    if (c === '\u03c0') {
      tokens.push({ kind: 'name', pos: i, text: 'pi' });
      return 1;
    }
    const name = identifierAt(text, i);
    if (name !== undefined) {
      tokens.push({ kind: 'name', pos: i, text: name });
      return name.length;
    }
    if (c === '*' && text.charAt(i + 1) === '*') {
      tokens.push({ kind: 'op', pos: i, text: '^' }); // Python-style x**2
      return 2;
    }
    const op = OPS[c];
    if (op !== undefined) {
      tokens.push({ kind: 'op', pos: i, text: op });
      return 1;
    }
    if (c !== '(' && c !== ')' && c !== ',') throw new ExpressionError(unexpected(text, i), i);
    tokens.push({ kind: c, pos: i, text: c });
    return 1;
  });
  tokens.push({ kind: 'end', pos: text.length, text: '' });
  return tokens;
}

/** Letters from other scripts that look like the Latin letters of x, y, e and function names. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '\u0445': 'x', // Cyrillic х
  '\u03c7': 'x', // Greek χ
  '\uff58': 'x', // fullwidth ｘ
  '\u0443': 'y', // Cyrillic у
  '\uff59': 'y', // fullwidth ｙ
  '\u0435': 'e', // Cyrillic е
  '\u0430': 'a', // Cyrillic а
  '\u0441': 'c', // Cyrillic с
  '\u043e': 'o', // Cyrillic о
  '\u03bf': 'o', // Greek ο
  '\u0440': 'p', // Cyrillic р
  '\u0456': 'i', // Cyrillic і
};

/** The message for the character at `i`, which the grammar does not know: a lookalike is named. */
function unexpected(text: string, i: number): string {
  return unexpectedCharacter(characterAt(text, i), (char, hex) => {
    const latin = LOOKALIKES[char];
    return `Unexpected character "${char}" (${hex}${latin ? `, not the letter ${latin}` : ''})`;
  });
}
