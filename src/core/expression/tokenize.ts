import { ExpressionError } from './errors';

/** One lexical token; `pos` is its index in the input. */
export type Token =
  | { readonly kind: 'num'; readonly pos: number; readonly text: string; readonly value: number }
  | { readonly kind: 'name'; readonly pos: number; readonly text: string }
  | { readonly kind: 'op'; readonly pos: number; readonly text: '+' | '-' | '*' | '/' | '^' }
  | { readonly kind: '(' | ')' | ',' | 'end'; readonly pos: number; readonly text: string };

// Sticky regexes match at lastIndex only, so the scan is one linear pass (no backtracking
// across the input: each pattern is a simple run, which keeps the tokenizer from hanging).
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z_0-9]*/y;

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
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if ((c >= '0' && c <= '9') || c === '.') {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) throw new ExpressionError('A lone "." is not a number', i);
      const value = Number(m[0]);
      if (!Number.isFinite(value)) throw new ExpressionError(`Number ${m[0]} is too large`, i);
      tokens.push({ kind: 'num', pos: i, text: m[0], value });
      i += m[0].length;
      continue;
    }
    if (c === '\u03c0') {
      tokens.push({ kind: 'name', pos: i, text: 'pi' });
      i++;
      continue;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(text);
    if (name) {
      tokens.push({ kind: 'name', pos: i, text: name[0] });
      i += name[0].length;
      continue;
    }
    if (c === '*' && text.charAt(i + 1) === '*') {
      tokens.push({ kind: 'op', pos: i, text: '^' }); // Python-style x**2
      i += 2;
      continue;
    }
    const op = OPS[c];
    if (op !== undefined) {
      tokens.push({ kind: 'op', pos: i, text: op });
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c, pos: i, text: c });
      i++;
      continue;
    }
    const shown = String.fromCodePoint(text.codePointAt(i) ?? 0); // whole emoji, not half
    throw new ExpressionError(unexpected(shown), i);
  }
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

/**
 * The message for a character the grammar does not know. Outside ASCII it names the code point,
 * since a lookalike (Cyrillic х for x) or an invisible mark (U+200F, NUL) cannot be told apart
 * by eye, and the quoted character of an invisible one would show nothing at all.
 */
function unexpected(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (/^[\p{C}\p{Z}]$/u.test(char)) return `Unexpected invisible character ${hex}`;
  if (code < 0x80) return `Unexpected character "${char}"`;
  const latin = LOOKALIKES[char];
  return `Unexpected character "${char}" (${hex}${latin ? `, not the letter ${latin}` : ''})`;
}
