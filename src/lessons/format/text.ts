/**
 * A lesson's text as it is kept (docs/lessons.md, "What validation refuses"): well-formed
 * (src/scenario/text.ts toWellFormed), line breaks as `\n`, and without the characters that could
 * hide or reorder what a reader sees: control characters other than newline and tab, and the
 * bidirectional marks, embeddings, overrides and isolates that docs/hostile-input.md lists
 * (U+061C, U+200E–200F, U+202A–202E, U+2066–2069). Markup is left alone: a lesson's text is
 * Markdown, rendered as React elements and never as HTML (the renderer's job).
 */
import { quote, toWellFormed } from '../../scenario/text';

/** CR LF, a lone CR, and the Unicode line and paragraph separators: each is one line break. */
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;

/* eslint-disable no-control-regex -- control characters are what these patterns are about */
/** What is dropped: C0 but tab and LF, DEL, C1, and the bidi controls (docs/hostile-input.md). */
const DROPPED =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** What a link may not hold raw: the same, and tab, LF, CR and the line separators. */
const NOT_IN_LINK =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
/* eslint-enable no-control-regex */

/**
 * `text` as a lesson keeps it: well-formed, line breaks as `\n`, the dropped characters gone.
 * Idempotent, so a lesson written and read back is the same lesson.
 *
 * @example cleanText('a\r\nb\u202Ec') // 'a\nbc'
 */
export function cleanText(text: string): string {
  return toWellFormed(text).replace(LINE_BREAK, '\n').replace(DROPPED, '');
}

/** The first character a link may not hold raw, with its place (0-based), or null. */
export function invisibleInLink(link: string): { char: string; at: number } | null {
  const match = NOT_IN_LINK.exec(link);
  return match ? { char: match[0], at: match.index } : null;
}

/** `U+202E`: how a message names a character that cannot be shown. */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A value as a message names it, in a teacher's words and cheaply (a hostile value may be a list
 * of 10⁶ items or nested 10⁵ deep): text quoted and cut, numbers as they are, else its kind.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value === '' ? 'empty text ""' : `the text ${shown(value)}`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** A field name as a path names it: cut and on one line, since any key of a file may be one. */
export function keyName(key: string): string {
  return /^[A-Za-z_$][\w$]{0,39}$/.test(key) ? key : shown(key);
}

/**
 * Any text as a message quotes it: its first characters cleaned (no bidi control can reorder the
 * message around it), cut and on one line (src/scenario/text.ts quote). The cut comes first, so
 * a 10⁶-character input costs no more than a short one.
 */
export function shown(text: string, max = 40): string {
  return quote(cleanText(text.slice(0, max * 4)), max);
}
