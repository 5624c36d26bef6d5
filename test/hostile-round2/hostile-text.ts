/**
 * fast-check generators of hostile text for the writers (issue 23, classes 3, 4 and 9): strings
 * built from the pieces that break a CSV, a terminal or an XML document, mixed with ordinary and
 * astral characters, and any UTF-16 unit at all (lone surrogates included).
 */
import fc from 'fast-check';

/** Characters a spreadsheet reads as the start of a formula (OWASP), and their kin. */
export const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

/** Single characters that matter to one writer or another. */
const PIECES = [
  ...FORMULA_STARTS,
  ' ',
  ',',
  '"',
  "'",
  ';',
  '|',
  '<',
  '>',
  '&',
  ']]>',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001b[2J',
  '\u001b]0;pwned\u0007',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u00a0',
  '\u061c',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\ufffd',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  'é',
  '中',
  'HYPERLINK("http://x","y")',
  "cmd|' /C calc'!A0",
  'descent: ',
  '1e5',
  '-1.5',
];

/** Any one UTF-16 code unit, lone surrogates included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Hostile text: up to `maxPieces` pieces, often starting with a formula character. */
export function hostileText(maxPieces = 8): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 2, arbitrary: fc.string({ maxLength: 4 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    { weight: 2, arbitrary: anyUnit },
  );
  const body = fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));
  return fc.oneof(
    body,
    fc.tuple(fc.constantFrom(...FORMULA_STARTS), body).map(([start, rest]) => start + rest),
  );
}

/** Whether XML 1.0's `Char` production allows code point `cp` (surrogates are never chars). */
export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Whether `text` is well-formed UTF-16 (no lone surrogate): it survives UTF-8 unchanged. */
export function isWellFormed(text: string): boolean {
  return Buffer.from(text, 'utf8').toString('utf8') === text;
}

/**
 * `text` with every code point `keep` refuses, and every lone surrogate, replaced by U+FFFD: what
 * a reader expects back from a writer that replaces what its format cannot hold. Walks code
 * points (a lone surrogate comes out of `for … of` on its own).
 */
export function replacing(text: string, keep: (cp: number) => boolean): string {
  let out = '';
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    out += (cp >= 0xd800 && cp <= 0xdfff) || !keep(cp) ? '\uFFFD' : char;
  }
  return out;
}
