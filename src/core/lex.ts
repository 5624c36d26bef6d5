/**
 * What the app's two small languages lex alike: formulas (src/core/expression/tokenize.ts) and
 * lesson conditions (src/lessons/condition/tokenize.ts). One left-to-right pass that skips white
 * space, the identifier and decimal-number syntax, and the message for a character the language
 * does not use (docs/expressions.md, docs/lesson-conditions.md).
 */

/**
 * A decimal number without a sign: digits with an optional fraction, or a fraction alone, then
 * an optional exponent (`2`, `2.`, `.5`, `1e-3`). A source for a sticky RegExp.
 */
export const DECIMAL = String.raw`(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;

// Sticky patterns match at lastIndex only; each is a simple run of characters, so a scan never
// backtracks across the text (which keeps a tokenizer from hanging on hostile input).
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;

/** The run a sticky `pattern` matches at `i`, or undefined. */
export function matchAt(pattern: RegExp, text: string, i: number): string | undefined {
  pattern.lastIndex = i;
  return pattern.exec(text)?.[0];
}

/** The identifier (`[A-Za-z_][A-Za-z0-9_]*`) that starts at `i`, or undefined. */
export const identifierAt = (text: string, i: number): string | undefined =>
  matchAt(IDENTIFIER, text, i);

/**
 * Scans `text` left to right, skipping spaces, tabs and line breaks. At any other character,
 * `read` takes a token (it keeps it itself) and says how many characters it took, or gives an
 * error, which ends the scan and is returned.
 */
export function scan<E>(text: string, read: (i: number, c: string) => number | E): E | undefined {
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const taken = read(i, c);
    if (typeof taken !== 'number') return taken;
    i += taken;
  }
  return undefined;
}

/**
 * The message for a character a language does not use. Outside ASCII it names the code point,
 * since a lookalike (Cyrillic х for x) or an invisible mark (U+200F, NUL) cannot be told apart
 * by eye, and the quoted character of an invisible one would show nothing at all; `visible` says
 * what the language makes of any other (its guess at what was meant).
 */
export function unexpectedCharacter(
  char: string,
  visible: (char: string, codePoint: string) => string,
): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (/^[\p{C}\p{Z}]$/u.test(char)) return `Unexpected invisible character ${hex}`;
  if (code < 0x80) return `Unexpected character "${char}"`;
  return visible(char, hex);
}

/** The whole character at `i` (an emoji, not half of one). */
export const characterAt = (text: string, i: number): string =>
  String.fromCodePoint(text.codePointAt(i) ?? 0);
