/**
 * Python source text from values: number literals that read back as the same float64, string
 * literals and comments that are safe whatever text they carry, and long lists wrapped to a
 * readable width (docs/code-export.md). Pure; the exporters of src/export/code build on it.
 */
import { toWellFormed } from '../../scenario/text';

/** The width the scripts are wrapped to (PEP 8's 79, plus a little for indented data). */
export const LINE_WIDTH = 96;

/**
 * A float literal that Python reads as exactly `value`: JavaScript's shortest round-trip
 * spelling, which is valid Python, with `.0` on integers so that `torch.tensor([2.0])` is a
 * float64 tensor and not an int64 one. Non-finite values are `math.inf` / `math.nan`.
 *
 * @example pyFloat(2) === '2.0'; pyFloat(1e-8) === '1e-8'; pyFloat(-0) === '-0.0'
 */
export function pyFloat(value: number): string {
  if (Number.isNaN(value)) return 'math.nan';
  if (value === Infinity) return 'math.inf';
  if (value === -Infinity) return '-math.inf';
  if (Object.is(value, -0)) return '-0.0';
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/**
 * A number in a formula: integers as plain Python ints (`x ** 2`, `100 * y`) while they are
 * exact, zero and everything else as `pyFloat`.
 */
export function pyNumber(value: number): string {
  // Zero stays a float: −0 of the int 0 would be +0.
  return Number.isSafeInteger(value) && value !== 0 ? String(value) : pyFloat(value);
}

/** An int literal (a step count, a seed). */
export function pyInt(value: number): string {
  return String(Math.trunc(value));
}

/**
 * Characters written as escapes in a string literal or a comment (after lone surrogates became
 * U+FFFD): C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional controls, which
 * could end a comment's line or make the text read otherwise than Python parses it ("Trojan
 * Source", CVE-2021-42574), and the backslash and quote of the literal itself.
 */
/* eslint-disable no-control-regex -- control characters are what this is about */
const UNSAFE =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069"\\]/g;
/* eslint-enable no-control-regex */

function escapeChar(char: string): string {
  if (char === '"' || char === '\\') return `\\${char}`;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A double-quoted Python string literal of any text: printable text stays as it is (Chinese
 * labels read as typed), the unsafe characters become `\x..` / `\u....` escapes.
 *
 * @example pyString('Adam "fast"\n') === '"Adam \\"fast\\"\\x0a"'
 */
export function pyString(text: string): string {
  return `"${toWellFormed(text).replace(UNSAFE, escapeChar)}"`;
}

/**
 * Text safe inside a `#` comment: the same escapes as `pyString` (quotes and backslashes
 * excepted), so no character can start a new line of code.
 */
export function commentText(text: string): string {
  return toWellFormed(text).replace(UNSAFE, (c) => (c === '"' || c === '\\' ? c : escapeChar(c)));
}

/** Characters a terminal draws two columns wide (CJK, full-width forms). */
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** The columns a line takes on screen: a CJK character counts two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * `# text` lines at `indent`, the text wrapped to the line width: at spaces, and anywhere in
 * Chinese, which has none (a single long word is cut where the line is full).
 */
export function comment(text: string, indent = ''): string[] {
  const room = Math.max(20, LINE_WIDTH - indent.length - 2);
  const lines: string[] = [];
  let line = '';
  // A token is a wide character, a run of other non-space characters, or a run of spaces.
  for (const token of commentText(text).match(/\s+|[\u1100-\uFFE6]|[^\s\u1100-\uFFE6]+/gu) ?? []) {
    if (/^\s/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    let rest = token;
    while (rest) {
      if (line.trim() && displayWidth(line + rest) > room) {
        lines.push(line.trimEnd());
        line = '';
      }
      if (displayWidth(rest) <= room) {
        line += rest;
        rest = '';
      } else {
        // A word longer than a line: as much of it as fits.
        let cut = 0;
        let width = displayWidth(line);
        for (const char of rest) {
          width += displayWidth(char);
          if (width > room) break;
          cut += char.length;
        }
        line += rest.slice(0, Math.max(cut, 1));
        rest = rest.slice(Math.max(cut, 1));
      }
    }
  }
  lines.push(line.trimEnd());
  return lines.map((text) => `${indent}#${text ? ` ${text}` : ''}`);
}

/** `code  # text` when it fits the width, else the comment on the line above. */
export function withComment(code: string, text: string, indent = ''): string[] {
  const line = `${indent}${code}  # ${commentText(text)}`;
  return displayWidth(line) <= LINE_WIDTH ? [line] : [...comment(text, indent), `${indent}${code}`];
}

/**
 * `name = [a, b, …]` with the items wrapped to the line width, several to a line, closing on a
 * line of its own when it does not fit on one.
 */
export function pyList(name: string, items: readonly string[], indent = ''): string[] {
  const oneLine = `${indent}${name} = [${items.join(', ')}]`;
  if (oneLine.length <= LINE_WIDTH) return [oneLine];
  const inner = `${indent}    `;
  const lines = [`${indent}${name} = [`];
  let line = '';
  for (const item of items) {
    const next = line ? `${line} ${item},` : `${inner}${item},`;
    if (line && next.length > LINE_WIDTH) {
      lines.push(line);
      line = `${inner}${item},`;
    } else line = next;
  }
  if (line) lines.push(line);
  lines.push(`${indent}]`);
  return lines;
}

/**
 * `prefix(arg, arg, …)` on one line when it fits the width, else one argument a line.
 *
 * @example pyCall('optimizer = SGD', ['momentum=0.9', 'nesterov=True'])
 */
export function pyCall(prefix: string, args: readonly string[], indent = ''): string[] {
  const line = `${indent}${prefix}(${args.join(', ')})`;
  if (line.length <= LINE_WIDTH) return [line];
  return [`${indent}${prefix}(`, ...args.map((arg) => `${indent}    ${arg},`), `${indent})`];
}

/** Lines indented by `levels` × 4 spaces (empty lines stay empty). */
export function indent(lines: readonly string[], levels = 1): string[] {
  const pad = '    '.repeat(levels);
  return lines.map((line) => (line ? pad + line : line));
}
