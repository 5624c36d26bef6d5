/**
 * Text we did not write (run labels, file names, link fragments) made safe for the format it is
 * written into. Every writer of Descent goes through these: the SVG frame (svg-document.ts), the
 * CSV of the app and of the CLI, the JSON of both, and the CLI's messages on stderr. They hold
 * for any JavaScript string, also one that no reader cleaned first: defence at the writer.
 *
 * - XML (SVG, and a PNG, which is an SVG drawn): characters outside XML 1.0's `Char` production
 *   (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) make the document
 *   ill-formed, so the browser refuses to draw it. They become U+FFFD.
 * - CSV: the same characters, and DEL and the C1 controls, become U+FFFD (a CSV is read in
 *   spreadsheets that save it as XML, and on terminals); a text cell a spreadsheet would run as a
 *   formula gets a leading `'` (OWASP's rule for CSV injection). Numbers we write from floats are
 *   data, not text: `-1.5` is never prefixed.
 * - JSON: `JSON.stringify` is always valid JSON, but a lone surrogate, written as `\ud800`, fails
 *   in stricter readers (Python's `json` with UTF-8 output, Go, Rust): it becomes U+FFFD. Controls
 *   and bidi overrides are written as `\u…` escapes, the same text once parsed.
 * - Terminal: every control, lone surrogate and bidi override is written as an escape (`\x1b`,
 *   `\n`, `\u202e`), so an echoed fragment can neither move the cursor, clear the screen, start a
 *   new line nor reorder what follows.
 */

import { toWellFormed } from '../scenario/text';

const REPLACEMENT = '\uFFFD';

/* eslint-disable no-control-regex -- control characters are what these patterns are about */
/**
 * Characters XML 1.0 does not allow. With the `u` flag, `[\uD800-\uDFFF]` matches only a
 * surrogate that is not part of a pair.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Besides those, what a CSV cell does not keep: DEL and the C1 controls. */
const NOT_CSV_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * What a terminal could act on, or that could make a line look like something else: C0 and C1
 * controls, DEL, lone surrogates, the line and paragraph separators, and the bidirectional
 * marks, embeddings, overrides and isolates (U+061C, U+200E–200F, U+202A–202E, U+2066–2069).
 */
const NOT_FOR_TERMINAL =
  /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** The same characters, for escaping inside JSON strings (all but C0 are printed raw there). */
const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/* eslint-enable no-control-regex */

/**
 * `text` with every character XML 1.0 forbids replaced by U+FFFD. Markup is left as it is: this
 * applies to a whole document as well as to a text that is escaped afterwards.
 */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, REPLACEMENT);
}

/**
 * Text as XML character data or an attribute value: allowed characters, markup escaped, and tab,
 * LF and CR as character references, which a parser keeps as they are (raw, it would turn CR
 * into LF, and all three into spaces in an attribute).
 */
export function escapeXml(text: string): string {
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A text cell a spreadsheet would read as a formula or a command: starting with `=`, `+`, `-`,
 * `@` (also after leading spaces, which some spreadsheets skip, and in their full-width forms),
 * or with a tab, a carriage return or a line feed.
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/** Whether a spreadsheet could run `text` as a formula (see FORMULA_START). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * A CSV text cell. Characters a cell does not keep become U+FFFD; a line break (CR, LF or CRLF)
 * becomes a space — our CSV files begin with `#` comment lines, and a reader that skips comment
 * lines line by line (pandas' `comment='#'`, grep) would cut a cell whose next line starts with
 * `#`; a run's name is one line anyway. A cell that looks like a formula gets a leading `'` and
 * is quoted (OWASP); a cell holding a comma or a quote is quoted with its quotes doubled
 * (RFC 4180).
 */
export function csvText(text: string): string {
  const clean = text.replace(NOT_CSV_CHAR, REPLACEMENT).replace(/\r\n|[\r\n]/g, ' ');
  const formula = looksLikeFormula(clean);
  const cell = formula ? `'${clean}` : clean;
  return formula || /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * A CSV number cell: the shortest text that reads back as the same float64, empty for NaN, ±∞
 * and a missing value. Never prefixed: a number we wrote is data (`-1.5` stays `-1.5`).
 */
export function csvNumber(value: number | undefined): string {
  return value !== undefined && Number.isFinite(value) ? String(value) : '';
}

/** `\u202e`-style escape of one UTF-16 unit. */
function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `JSON.stringify(value)` with lone surrogates replaced by U+FFFD in every string, and DEL, C1
 * controls, the line separators and bidi controls written as `\u` escapes (the same strings once
 * parsed; safe to print on a terminal). `indent` pretty-prints, as `JSON.stringify`'s third
 * argument does (a lesson file, src/lessons/file.ts).
 */
export function jsonText(value: unknown, indent?: number): string {
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'string' ? toWellFormed(v) : v),
    indent,
  );
  // Keys are not seen by the replacer; ours are ASCII field names.
  return (text ?? 'null').replace(JSON_UNSAFE, unicodeEscape);
}

/** Escapes as C and JavaScript write them: `\n`, `\r`, `\t`, `\x1b`, `\u202e`. */
function terminalEscape(char: string): string {
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : unicodeEscape(char);
}

/**
 * Text for a terminal: every control character, lone surrogate, line separator and bidi control
 * written as a visible escape, so the text stays on one line and cannot act on the terminal.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(NOT_FOR_TERMINAL, terminalEscape);
}
