/**
 * A table of features with a class label per row, the data of the classifiers of issue 22: read
 * from a shipped data set's CSV (scikit-learn's layout) or from the user's own rows. Rows are
 * stored row-major in one Float64Array, labels as whole numbers 0 … classes − 1.
 */
import type { DataSetInfo } from './sets';

export interface Table {
  /** Rows. */
  readonly n: number;
  /** Features per row. */
  readonly d: number;
  /** Classes K: labels are 0 … K − 1. */
  readonly classes: number;
  /** Row i's features at features[i·d … i·d + d − 1]. */
  readonly features: Float64Array;
  readonly labels: Int32Array;
}

/**
 * The table of a shipped set's CSV text. Its layout is checked, not trusted: a file that is not
 * the set (a proxy's error page, a truncated download) throws a message saying what is wrong,
 * rather than training on junk.
 */
export function parseDataSet(text: string, info: DataSetInfo): Table {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const rows = info.header ? lines.slice(1) : lines;
  const { samples: n, features: d } = info;
  const classes = info.classNames.length;
  const fail = (why: string) => {
    throw new Error(`the data set ${info.name} (${info.file}) is not as expected: ${why}`);
  };
  if (info.header) {
    const head = (lines[0] ?? '').split(',');
    if (head[0] !== String(n) || head[1] !== String(d)) fail(`its first row is "${lines[0]}"`);
  }
  if (rows.length !== n) fail(`${rows.length} rows instead of ${n}`);
  const features = new Float64Array(n * d);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const fields = rows[i]!.split(',');
    if (fields.length !== d + 1) fail(`row ${i + 1} has ${fields.length} fields, not ${d + 1}`);
    for (let j = 0; j < d; j++) {
      const value = Number(fields[j]);
      if (!Number.isFinite(value) || fields[j]!.trim() === '') fail(`row ${i + 1} column ${j + 1}`);
      features[i * d + j] = value;
    }
    const label = Number(fields[d]);
    if (!Number.isInteger(label) || label < 0 || label >= classes)
      fail(`row ${i + 1} has label ${fields[d]}`);
    labels[i] = label;
  }
  return { n, d, classes, features, labels };
}

/**
 * The table of the user's rows `[features…, label]` (validated: equal lengths, whole labels
 * 0 … K − 1). K is the largest label + 1.
 */
export function tableOfRows(rows: readonly (readonly number[])[]): Table {
  const n = rows.length;
  const d = Math.max(0, (rows[0]?.length ?? 1) - 1);
  const features = new Float64Array(n * d);
  const labels = new Int32Array(n);
  let classes = 0;
  rows.forEach((row, i) => {
    for (let j = 0; j < d; j++) features[i * d + j] = row[j]!;
    labels[i] = row[d]!;
    classes = Math.max(classes, row[d]! + 1);
  });
  return { n, d, classes, features, labels };
}

/** The number of features and classes of the user's rows, without building the table. */
export function shapeOfRows(rows: readonly (readonly number[])[]): { d: number; classes: number } {
  let classes = 0;
  for (const row of rows) classes = Math.max(classes, (row[row.length - 1] ?? 0) + 1);
  return { d: Math.max(0, (rows[0]?.length ?? 1) - 1), classes };
}
