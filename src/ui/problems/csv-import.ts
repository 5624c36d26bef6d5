/**
 * Pure pieces of the "Your data" dialog: the format it explains with an example, the preview of
 * what a parse found, and the problem spec with the user's points in it.
 */
import { LINEAR_DATA_DEFAULTS } from '../../core/problems/linear-regression';
import { MAX_CSV_CHARS, parseCsv, type CsvKind, type CsvResult } from '../../scenario/csv';
import { MAX_TABLE_CSV_CHARS, parseTableCsv } from '../../scenario/csv-table';
import type { ProblemSpec } from '../../scenario/types';
import { hasData, isClassifier, isRegression, isTable } from '../../kinds/registry';
import { withBatchSize } from './table-settings';

/** What the dialog reads: (x, y), two-class (x₁, x₂) points, or a table's rows (issue 22). */
export type ImportKind = CsvKind | 'table';

/** The parser of a kind of data. */
export function parserOf(kind: ImportKind): (text: string) => CsvResult<number[]> {
  return kind === 'table' ? parseTableCsv : (text) => parseCsv(text, kind);
}

/** The longest text a kind's parser reads. */
export function charLimitOf(kind: ImportKind): number {
  return kind === 'table' ? MAX_TABLE_CSV_CHARS : MAX_CSV_CHARS;
}
import { withData, type ModelSpec } from './model-settings';
import { t } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)
import '../../i18n/en-tables'; // its words load with this chunk (docs/i18n.md)

/**
 * What each kind of data holds, for the dialog's explanation: the columns in words (in the
 * language shown, hence a getter) and an example, which is data and reads the same in any.
 */
export const CSV_FORMATS: Record<ImportKind, { readonly columns: string; example: string }> = {
  regression: {
    get columns() {
      return t('csv.columnsRegression');
    },
    example: ['x,y', '0.1,1.3', '0.5,1.9', '0.9,2.8', '1.4,3.9', '1.8,4.4'].join('\n'),
  },
  classification: {
    get columns() {
      return t('csv.columnsClassification');
    },
    example: [
      'x1,x2,label',
      '-1.2,-0.8,0',
      '-0.7,-1.1,0',
      '-0.9,-0.3,0',
      '0.8,1.1,1',
      '1.3,0.6,1',
      '0.4,0.9,1',
    ].join('\n'),
  },
  table: {
    get columns() {
      return t('tables.csvColumns');
    },
    example: [
      'sepal_length,sepal_width,petal_length,petal_width,species',
      '5.1,3.5,1.4,0.2,setosa',
      '4.9,3.0,1.4,0.2,setosa',
      '7.0,3.2,4.7,1.4,versicolor',
      '6.4,3.2,4.5,1.5,versicolor',
      '6.3,3.3,6.0,2.5,virginica',
      '5.8,2.7,5.1,1.9,virginica',
    ].join('\n'),
  },
};

/**
 * One line saying what a successful parse holds: "148 points, 2 classes (70 and 78)" or "100
 * points, x from 0 to 2".
 */
export function previewText(points: readonly (readonly number[])[], kind: ImportKind): string {
  const n = points.length;
  if (kind === 'table') return tablePreview(points);
  const count = t('csv.points', { count: n, formatted: n.toLocaleString('en-US') });
  if (kind === 'classification') {
    const ones = points.filter((p) => p[2] === 1).length;
    return t('csv.previewClasses', {
      points: count,
      zero: (n - ones).toLocaleString('en-US'),
      one: ones.toLocaleString('en-US'),
    });
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    lo = Math.min(lo, p[0]!);
    hi = Math.max(hi, p[0]!);
  }
  return t('csv.previewRange', { points: count, lo: short(lo), hi: short(hi) });
}

/** "150 rows, 4 features, 3 classes (50, 50, 50)". */
function tablePreview(rows: readonly (readonly number[])[]): string {
  const counts: number[] = [];
  for (const row of rows) {
    const label = row[row.length - 1]!;
    counts[label] = (counts[label] ?? 0) + 1;
  }
  const n = rows.length;
  return t('tables.csvPreview', {
    rows: t('tables.rows', { count: n, formatted: n.toLocaleString('en-US') }),
    features: (rows[0]?.length ?? 1) - 1,
    classes: counts.length,
    counts: Array.from(counts, (c) => (c ?? 0).toLocaleString('en-US')).join(', '),
  });
}

function short(v: number): string {
  return String(+v.toPrecision(4)).replace('-', '−');
}

/** The dialog's state for the text typed so far: nothing yet, the errors, or what Apply sets. */
export type CsvState<P> =
  | { status: 'empty' }
  | { status: 'invalid'; errors: string[] }
  | { status: 'valid'; points: P[]; warnings: string[]; preview: string };

/** Reads a parse into the dialog's state (blank text is "empty", not an error). */
export function csvState<P extends readonly number[]>(
  text: string,
  kind: ImportKind,
  parse: (text: string) => CsvResult<P>,
): CsvState<P> {
  if (text.trim() === '') return { status: 'empty' };
  const result = parse(text);
  if (!result.ok) return { status: 'invalid', errors: result.errors };
  return {
    status: 'valid',
    points: result.points,
    warnings: result.warnings,
    preview: previewText(result.points, kind),
  };
}

/**
 * The problem with the user's points as its data. The generator's recipe is kept beside them
 * (points win over it), so "Use generated data" returns to the same dataset. A batch size no
 * smaller than the new data becomes the full batch.
 */
export function withPoints(spec: ProblemSpec, points: readonly (readonly number[])[]): ProblemSpec {
  if (isRegression(spec)) {
    const data = { ...spec.data, points: points.map((p) => [p[0]!, p[1]!] as [number, number]) };
    const { batchSize, ...rest } = spec;
    return batchSize !== undefined && batchSize < points.length
      ? { ...rest, data, batchSize }
      : { ...rest, data };
  }
  if (isClassifier(spec)) {
    return withData(spec, {
      points: points.map((p) => [p[0]!, p[1]!, p[2]!] as [number, number, number]),
    });
  }
  if (isTable(spec)) {
    // The rows replace the set; a batch no smaller than their training part is the full batch.
    const { data: _data, ...rest } = spec;
    return withBatchSize({ ...rest, data: { points: points.map((p) => [...p]) } }, spec.batchSize);
  }
  return spec;
}

/** The problem back on its generated data (the user's points removed). */
export function withoutPoints(spec: ProblemSpec): ProblemSpec {
  if (isRegression(spec)) {
    if (!spec.data?.points) return spec;
    const { points: _points, ...data } = spec.data;
    const { data: _data, batchSize, ...rest } = spec;
    const next = Object.keys(data).length > 0 ? { ...rest, data } : rest;
    // A batch of the user's size may not fit the generated data.
    const n = data.n ?? LINEAR_DATA_DEFAULTS.n;
    return batchSize !== undefined && batchSize < n ? { ...next, batchSize } : next;
  }
  if (isClassifier(spec)) {
    return withData(spec as ModelSpec, { points: undefined });
  }
  if (isTable(spec) && spec.data?.points) {
    // Back on the kind's own set.
    const { data: _data, ...rest } = spec;
    return withBatchSize(rest, spec.batchSize);
  }
  return spec;
}

/** Whether a problem holds the user's own points. */
export function hasOwnPoints(spec: ProblemSpec): boolean {
  return hasData(spec) && (spec.data?.points?.length ?? 0) > 0;
}
