/**
 * The user's own data from CSV text: (x, y) points for regression, (x₁, x₂, label) for
 * classification. Never throws: junk in, every problem named by line and column out.
 *
 * What it reads:
 * - Separators: the first data row decides — a tab, else a semicolon, else a comma, else runs of
 *   spaces. With tab or semicolon separators a decimal comma ("1,5") is read as "1.5", as
 *   spreadsheets in many locales write it.
 * - Blank lines and lines starting with `#` are skipped; a byte-order mark is dropped; fields
 *   may be wrapped in double quotes; trailing empty fields (a line ending in a separator) are
 *   ignored.
 * - Header: the first row is a header when one of its fields is not a number (reported as a
 *   warning); any later non-number is an error.
 * - Numbers: decimal or exponent notation only; NaN, Infinity and hex are rejected; |v| ≤ 1e6.
 * - Labels: 0 and 1. The other common convention, −1 and 1 (SVMs, the perceptron), is accepted
 *   and mapped to 0 and 1 with a warning, but only when the file uses −1 and 1 alone; any other
 *   label is an error. Two arbitrary values (say 1 and 2) are not guessed at: which one is
 *   "class 1" would be a coin toss the user could not see.
 */
import { clip, quote } from './text';

/** The most points a CSV may hold: enough for any teaching dataset, cheap to train on. */
export const MAX_CSV_POINTS = 2000;
/** Longer text is rejected before parsing (2000 rows of three long numbers fit easily). */
export const MAX_CSV_CHARS = 200_000;
/** The largest |value| accepted: beyond it the problem's scales stop making sense. */
export const MAX_CSV_VALUE = 1e6;
/** At most this many errors are listed, then a count of the rest. */
const MAX_ERRORS = 10;

export type CsvKind = 'regression' | 'classification';

/** The points of a CSV, or why there are none. */
export type CsvResult<P> =
  { ok: true; points: P[]; warnings: string[] } | { ok: false; errors: string[] };

// \d+(?:\.\d*)? rather than \d+\.?\d*: the latter splits a run of digits between \d+ and
// \d* in n ways, so 10⁵ digits and a letter backtracked for minutes (test/hostile-inputs).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses CSV text into points.
 *
 * @example parseCsv('x,y\n0,1\n1,3', 'regression') // { ok: true, points: [[0, 1], [1, 3]], … }
 */
export function parseCsv(text: string, kind: 'regression'): CsvResult<[number, number]>;
export function parseCsv(text: string, kind: 'classification'): CsvResult<[number, number, number]>;
export function parseCsv(text: string, kind: CsvKind): CsvResult<number[]>;
export function parseCsv(text: string, kind: CsvKind): CsvResult<number[]> {
  if (text.length > MAX_CSV_CHARS) {
    return {
      ok: false,
      errors: [
        `the text is ${text.length.toLocaleString('en-US')} characters long; at most ${MAX_CSV_CHARS.toLocaleString('en-US')} are read`,
      ],
    };
  }
  const columns = kind === 'regression' ? 2 : 3;
  const names = kind === 'regression' ? 'x, y' : 'x1, x2, label';
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: string[] = [];
  const warnings: string[] = [];
  const points: number[][] = [];
  const rowLines: number[] = [];
  let split: ((line: string) => string[]) | null = null;
  let decimalComma = false;
  let first = true;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const lineNo = index + 1;
    if (!split) ({ split, decimalComma } = splitterOf(line));
    const fields = fieldsOf(line, split);
    const isFirst = first;
    first = false;
    if (isFirst && fields.some((f) => readNumber(f, decimalComma) === null)) {
      // One line however many fields (a header of 60,000 fields is one short warning).
      warnings.push(`line ${lineNo} read as a header: ${clip(fields.map(shorten).join(', '))}`);
      continue;
    }
    if (fields.length !== columns) {
      errors.push(`line ${lineNo}: expected ${columns} values (${names}), found ${fields.length}`);
      continue;
    }
    const row: number[] = [];
    for (let c = 0; c < columns; c++) {
      const value = checkValue(fields[c]!, decimalComma, lineNo, c + 1, errors);
      if (value !== null) row.push(value);
    }
    if (row.length === columns) {
      points.push(row);
      rowLines.push(lineNo);
    }
    if (points.length > MAX_CSV_POINTS) {
      return {
        ok: false,
        errors: [
          `more than ${MAX_CSV_POINTS.toLocaleString('en-US')} points; keep at most that many`,
        ],
      };
    }
  }

  if (kind === 'classification' && errors.length === 0) {
    checkLabels(points, rowLines, errors, warnings);
  }
  if (errors.length === 0) {
    if (points.length < 2) {
      errors.push(`needs at least 2 points (${names}); found ${points.length}`);
    } else if (kind === 'classification') {
      const ones = points.filter((p) => p[2] === 1).length;
      if (ones === 0 || ones === points.length) {
        errors.push(`needs points of both classes; every label is ${ones === 0 ? 0 : 1}`);
      }
    }
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_ERRORS);
    if (errors.length > MAX_ERRORS) shown.push(`… and ${errors.length - MAX_ERRORS} more`);
    return { ok: false, errors: shown };
  }
  return { ok: true, points, warnings };
}

/**
 * How a file's lines are cut, decided by its first data line: a tab, else a semicolon, else a
 * comma, else runs of spaces; with tab or semicolon separators a decimal comma is read.
 */
export function splitterOf(line: string): {
  split: (line: string) => string[];
  decimalComma: boolean;
} {
  const separator = line.includes('\t')
    ? '\t'
    : line.includes(';')
      ? ';'
      : line.includes(',')
        ? ','
        : null;
  return {
    split: separator ? (l) => l.split(separator) : (l) => l.split(/\s+/),
    decimalComma: separator === '\t' || separator === ';',
  };
}

/** A line's fields, unquoted, trailing empty fields (a line ending in a separator) dropped. */
export function fieldsOf(line: string, split: (line: string) => string[]): string[] {
  const fields = split(line).map(unquote);
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/** A field as quoted in a message, cut to 39 characters: a 10⁵-character field is no message. */
export function shorten(field: string): string {
  return clip(field, 39);
}

function unquote(field: string): string {
  const f = field.trim();
  return f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1).trim() : f;
}

/** The number a field spells, or null when it spells none (strict: no NaN, Infinity, hex). */
export function readNumber(field: string, decimalComma: boolean): number | null {
  const f = decimalComma ? field.replace(',', '.') : field;
  return NUMBER.test(f) ? Number(f) : null;
}

/** A field's number, or null with its error (line and column) added to `errors`. */
export function checkValue(
  field: string,
  decimalComma: boolean,
  lineNo: number,
  column: number,
  errors: string[],
): number | null {
  const where = `line ${lineNo}: column ${column}`;
  if (field === '') {
    errors.push(`${where} is empty`);
    return null;
  }
  const value = readNumber(field, decimalComma);
  if (value === null) {
    errors.push(
      /^[+-]?(?:nan|inf(?:inity)?)$/i.test(field)
        ? `${where} is ${quote(field)}, not a finite number`
        : `${where} is ${quote(field, 39)}, not a number`,
    );
    return null;
  }
  // A literal such as 1e999 parses to Infinity: it is "too large" like any other.
  if (!(Math.abs(value) <= MAX_CSV_VALUE)) {
    errors.push(
      `${where} is ${shorten(field)}, larger than ${MAX_CSV_VALUE.toExponential()} in size`,
    );
    return null;
  }
  return value;
}

/** Keeps labels 0/1, maps a file of −1/1 alone to 0/1, and reports any other label. */
function checkLabels(
  points: number[][],
  rowLines: number[],
  errors: string[],
  warnings: string[],
): void {
  const signed = points.some((p) => p[2] === -1) && points.every((p) => p[2] === -1 || p[2] === 1);
  if (signed) {
    for (const p of points) p[2] = p[2] === 1 ? 1 : 0;
    warnings.push('labels −1 and 1 read as 0 and 1');
    return;
  }
  points.forEach((p, i) => {
    if (p[2] !== 0 && p[2] !== 1) {
      errors.push(`line ${rowLines[i]}: label must be 0 or 1, not ${p[2]}`);
    }
  });
}
