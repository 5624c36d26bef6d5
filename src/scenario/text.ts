/**
 * Text from outside, made safe to keep and to quote (issue 23, points 5 and 6).
 *
 * - Well-formed: a lone UTF-16 surrogate (from a `\ud800` escape in JSON, a broken
 *   percent-escape, a label cut in half) becomes U+FFFD, so that `encodeURIComponent`, which
 *   throws "URI malformed" on one, never sees it. Node 20 has no `String.prototype.toWellFormed`.
 * - Quoted: what a message quotes from its input is one line of at most about 80 characters, cut
 *   with an ellipsis, with control characters written as escapes (`\n`, `\x1b`), so that a
 *   60,000-field CSV header or a 500-character name makes a short message, not a page.
 */

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every lone surrogate replaced by U+FFFD (`String.prototype.toWellFormed`). */
export function toWellFormed(text: string): string {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

/** True when `text` holds no lone surrogate. */
export function isWellFormed(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(text);
}

/**
 * A parsed JSON value with every string (and key) well-formed, changed in place. Iterative, since
 * a file may nest 10⁵ levels deep (JSON.parse's reviver would overflow the stack there).
 */
export function wellFormedDeep<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const holder = node as Record<string, unknown>;
    for (const key of Object.keys(holder)) {
      const item = holder[key];
      let fixedKey = key;
      if (!Array.isArray(holder) && !isWellFormed(key)) {
        // A replaced key is still unknown to validation, which names and drops it.
        fixedKey = toWellFormed(key);
        delete holder[key];
      }
      holder[fixedKey] = typeof item === 'string' ? toWellFormed(item) : item;
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return typeof value === 'string' ? (toWellFormed(value) as T) : value;
}

/** The most characters a message quotes from its input. */
export const MAX_QUOTED = 80;

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A control character (C0, DEL, C1), a line/paragraph separator, or a bidi control (the marks,
 * embeddings, overrides and isolates, which would reorder the message around the quote, so that
 * a file named "txt.exe" could read "exe.txt"): never shown raw.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * A fragment of input as a message may quote it: well-formed, on one line, in its own order
 * (control and bidi characters escaped as `\n`, `\x1b`, `\u2028`, `\u202e`), at most `max` characters, cut with "…" (never inside a
 * surrogate pair). The cut is made before escaping, on at most `max` characters of the input, so
 * a 10⁶-character input costs no more than a short one.
 *
 * @example clip('a\nb') // 'a\\nb'
 */
export function clip(text: string, max: number = MAX_QUOTED): string {
  let end = Math.min(text.length, max);
  const cut = end < text.length;
  // Leave room for the ellipsis, and do not split a surrogate pair.
  if (cut) end = Math.max(0, max - 1);
  if (cut && end > 0 && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  let shown = toWellFormed(text.slice(0, end)).replace(
    UNPRINTABLE,
    (c) =>
      ESCAPES[c] ??
      (c.charCodeAt(0) < 0x100
        ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
  // Escapes lengthen the text: cut again, at a character of the original (not inside "\x1b").
  if (shown.length > (cut ? max - 1 : max)) {
    shown = shown
      .slice(0, max - 1)
      .replace(/[\uD800-\uDBFF]$/, '')
      .replace(/\\(?:x[0-9a-f]?|u[0-9a-f]{0,3}|)$/, '');
    return `${shown}…`;
  }
  return cut ? `${shown}…` : shown;
}

/** A fragment of input in double quotes, as messages quote text: `"abc…"`. */
export function quote(text: string, max: number = MAX_QUOTED): string {
  return `"${clip(text, max)}"`;
}
