/**
 * The user's own table from CSV text (issue 22): rows of any number of features and a class
 * label last, for the classifiers on tables. Never throws: junk in, every problem named by line
 * and column out. The separators, header, quotes, comments and numbers are read as csv.ts reads
 * them; what is new is the label:
 *
 * - The last column is the class. Labels may be numbers or text (`setosa`): the distinct labels,
 *   sorted (numbers by value, text by code point), become the classes 0 … K − 1. When that
 *   changes a label (1, 2, 3 → 0, 1, 2; setosa → 0), a warning says how each was read, so the
 *   user sees which class is which; labels 0 … K − 1 already are read as they are.
 * - A numeric label must be a whole number (1.5 is reported, not rounded). Between 2 and
 *   MAX_TABLE_CLASSES classes: one class is nothing to learn, and dozens usually mean the last
 *   column is a measurement, not a class (the message says so).
 * - Every row has as many fields as the first, 2 to MAX_TABLE_FEATURES + 1.
 * - At most MAX_CSV_POINTS rows and MAX_TABLE_CSV_CHARS characters (2,000 rows of 64 features).
 */
import { MAX_CSV_POINTS, checkValue, fieldsOf, readNumber, shorten, splitterOf } from './csv';
import type { CsvResult } from './csv';
import { clip, quote } from './text';
import { MAX_TABLE_CLASSES, MAX_TABLE_FEATURES } from './validate-table';

/** 2,000 rows of 64 features in short numbers fit. */
export const MAX_TABLE_CSV_CHARS = 2_000_000;
const MAX_ERRORS = 10;

/** A row as read, its label still text. */
interface RawRow {
  features: number[];
  label: string;
  line: number;
}

export function parseTableCsv(text: string): CsvResult<number[]> {
  if (text.length > MAX_TABLE_CSV_CHARS) {
    const length = text.length.toLocaleString('en-US');
    const most = MAX_TABLE_CSV_CHARS.toLocaleString('en-US');
    return {
      ok: false,
      errors: [`the text is ${length} characters long; at most ${most} are read`],
    };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: string[] = [];
  const warnings: string[] = [];
  const rows: RawRow[] = [];
  let splitter: ReturnType<typeof splitterOf> | null = null;
  let width = 0;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const lineNo = index + 1;
    splitter ??= splitterOf(line);
    const fields = fieldsOf(line, splitter.split);
    if (width === 0) {
      // A header names its columns: some feature field is not a number (the label may be text).
      const features = fields.slice(0, -1);
      if (
        rows.length === 0 &&
        features.some((f) => readNumber(f, splitter!.decimalComma) === null)
      ) {
        warnings.push(`line ${lineNo} read as a header: ${clip(fields.map(shorten).join(', '))}`);
        continue;
      }
      width = fields.length;
      if (width < 2 || width > MAX_TABLE_FEATURES + 1) {
        return {
          ok: false,
          errors: [
            `line ${lineNo}: ${width} values; a row is 1 to ${MAX_TABLE_FEATURES} features and then the class label`,
          ],
        };
      }
    }
    if (fields.length !== width) {
      errors.push(
        `line ${lineNo}: expected ${width} values like the first row, found ${fields.length}`,
      );
      continue;
    }
    const features: number[] = [];
    for (let c = 0; c < width - 1; c++) {
      const value = checkValue(fields[c]!, splitter.decimalComma, lineNo, c + 1, errors);
      if (value !== null) features.push(value);
    }
    // Not empty: fieldsOf drops an empty last field, and the row is then a field short.
    const label = fields[width - 1]!;
    if (features.length === width - 1) rows.push({ features, label, line: lineNo });
    if (rows.length > MAX_CSV_POINTS) {
      const most = MAX_CSV_POINTS.toLocaleString('en-US');
      return { ok: false, errors: [`more than ${most} rows; keep at most that many`] };
    }
  }

  if (errors.length === 0 && rows.length < 2)
    errors.push(`needs at least 2 rows (features…, label); found ${rows.length}`);
  const classes = errors.length === 0 ? readClasses(rows, errors, warnings) : null;
  if (errors.length > 0 || !classes) {
    const shown = errors.slice(0, MAX_ERRORS);
    if (errors.length > MAX_ERRORS) shown.push(`… and ${errors.length - MAX_ERRORS} more`);
    return { ok: false, errors: shown };
  }
  return {
    ok: true,
    points: rows.map((row) => [...row.features, classes.get(row.label)!]),
    warnings,
  };
}

/**
 * The class of each distinct label, or null with the errors added: numeric labels must be
 * whole; 2 to MAX_TABLE_CLASSES of them; renumbered in sorted order, with a warning if that
 * changes any.
 */
function readClasses(
  rows: readonly RawRow[],
  errors: string[],
  warnings: string[],
): Map<string, number> | null {
  const numeric = rows.every((row) => readNumber(row.label, false) !== null);
  if (numeric) {
    for (const row of rows) {
      const value = readNumber(row.label, false)!;
      if (!Number.isInteger(value))
        errors.push(
          `line ${row.line}: the label ${shorten(row.label)} is not a whole number (the last column is the class)`,
        );
    }
    if (errors.length > 0) return null;
  }
  const labels = [...new Set(rows.map((row) => row.label))];
  const value = (label: string) => readNumber(label, false)!;
  labels.sort(numeric ? (a, b) => value(a) - value(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // 1 and 1.0 are one class: numeric labels by value.
  const distinct = numeric ? [...new Map(labels.map((l) => [value(l), l])).values()] : labels;
  if (distinct.length < 2) {
    errors.push(`needs rows of at least two classes; every label is ${quote(distinct[0]!, 39)}`);
    return null;
  }
  if (distinct.length > MAX_TABLE_CLASSES) {
    errors.push(
      `${distinct.length} different labels; at most ${MAX_TABLE_CLASSES} classes are allowed (is the last column the class?)`,
    );
    return null;
  }
  const classes = new Map<string, number>();
  for (const label of labels)
    classes.set(
      label,
      numeric ? distinct.findIndex((d) => value(d) === value(label)) : distinct.indexOf(label),
    );
  const renumbered = distinct.some((label, k) => !numeric || value(label) !== k);
  if (renumbered) {
    const pairs = distinct.map((label, k) => `${clip(label, 24)} → ${k}`).join(', ');
    warnings.push(`labels read as classes: ${clip(pairs, 160)}`);
  }
  return classes;
}
