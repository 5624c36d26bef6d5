/**
 * The characters of a lesson text's tokens as a reader sees them. marked's lexer leaves
 * character references in text and link addresses for its HTML renderer to pass on (a browser
 * would decode them); we never produce HTML, so they are decoded here, once. Pure.
 */

/**
 * The named references decoded: HTML's escapes and a few a teacher may type. Any other name
 * (`&copy;`) stays as typed; docs/lessons.md asks for the character itself, which the file's
 * UTF-8 carries. (HTML's full table is 2,000 names, 30 kB: not worth it for text we write.)
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  thinsp: '\u2009',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  minus: '\u2212',
  times: '\u00d7',
  middot: '\u00b7',
  deg: '\u00b0',
};

/** A numeric reference's character; 0, surrogates and out-of-range codes are U+FFFD (CommonMark). */
function codePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** `&amp;`, `&#106;`, `&#x6A;` … decoded in one pass (so `&amp;lt;` is `&lt;`, as CommonMark). */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g,
    (ref, dec, hex, name) => {
      if (dec !== undefined) return codePoint(Number.parseInt(dec as string, 10));
      if (hex !== undefined) return codePoint(Number.parseInt(hex as string, 16));
      return Object.hasOwn(NAMED, name as string) ? NAMED[name as string]! : ref;
    },
  );
}

const CJK = '\\u3000-\\u9fff\\uff00-\\uffef';
const CJK_BREAK = new RegExp(`([${CJK}])\\n(?=[${CJK}])`, 'gu');

/**
 * A soft line break between two Chinese characters (or full-width marks) removed: a browser
 * draws it as a space, which Chinese text has none of (the docs pages use this too, src/docs-page.ts).
 */
export function joinCjkLines(text: string): string {
  return text.replace(CJK_BREAK, '$1');
}
