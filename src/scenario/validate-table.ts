/**
 * Validation of the classifiers on tables (issue 22): the data (a shipped set or the user's
 * rows), the split, the batch size against the training part. Same conventions as
 * validate-data.ts (an issue names the field and says why); a leaf of validation.
 */
import { DATA_SETS } from '../core/data/sets';
import { splitSizes } from '../core/data/split-sizes';
import {
  Issues,
  checkChoice,
  checkKeys,
  checkNumber,
  checkObject,
  definedFields,
  describe,
  join,
} from './checks';
import { MAX_SEED } from './limits';
import {
  DATA_SET_NAMES,
  type DataSetName,
  type SplitSpec,
  type TableDataSpec,
} from './table-types';
import { MAX_MODEL_POINTS, MAX_POINT_VALUE } from './validate-data';

/** The most features a row of one's own holds (the digits' 64 pixels). */
export const MAX_TABLE_FEATURES = 64;
/** The most classes one's own rows may have. */
export const MAX_TABLE_CLASSES = 20;
/** The largest held-out fraction of each part. */
export const MAX_HELD_OUT = 0.5;
/** The fewest training rows a split may leave. */
export const MIN_TRAINING_ROWS = 2;

/** A table's data: a shipped set or the user's rows. */
export function validateTableData(
  issues: Issues,
  value: unknown,
  path: string,
): TableDataSpec | undefined {
  const given = checkObject(issues, value, path, ['set', 'points'], 'a data table');
  if (given === undefined) return undefined;
  const set = checkChoice(issues, given.set, join(path, 'set'), DATA_SET_NAMES);
  const data: TableDataSpec = definedFields({ set });
  if (given.points !== undefined) {
    const points = validateRows(issues, given.points, join(path, 'points'));
    if (points) data.points = points;
  }
  return data;
}

/**
 * The user's rows: 2 to MAX_MODEL_POINTS rows of the same length, 1 to MAX_TABLE_FEATURES
 * features then a label, a whole number 0 … MAX_TABLE_CLASSES − 1, with at least two classes.
 * Reports the first bad row only, so a long list gives one message.
 */
export function validateRows(issues: Issues, value: unknown, path: string): number[][] | undefined {
  const shape = '[feature, …, label]';
  if (!Array.isArray(value) || value.length < 2) {
    issues.add(path, `must be a list of at least 2 rows ${shape}, got ${describe(value)}`);
    return undefined;
  }
  if (value.length > MAX_MODEL_POINTS) {
    issues.add(path, `holds ${value.length} rows; at most ${MAX_MODEL_POINTS} are allowed`);
    return undefined;
  }
  const first: unknown = value[0];
  const width = Array.isArray(first) ? first.length : 0;
  if (width < 2 || width > MAX_TABLE_FEATURES + 1) {
    issues.add(
      join(path, 0),
      `must be a row of 1 to ${MAX_TABLE_FEATURES} features then a label, got ${describe(first)}`,
    );
    return undefined;
  }
  const labels = new Set<number>();
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    const where = join(path, i);
    if (!Array.isArray(row) || row.length !== width) {
      issues.add(where, `must be a row of ${width} numbers like the first, got ${describe(row)}`);
      return undefined;
    }
    for (const entry of row) {
      if (
        typeof entry !== 'number' ||
        !Number.isFinite(entry) ||
        Math.abs(entry) > MAX_POINT_VALUE
      ) {
        issues.add(
          where,
          `values must be finite numbers within ±${MAX_POINT_VALUE}, got ${describe(entry)}`,
        );
        return undefined;
      }
    }
    const label = row[width - 1] as number;
    if (!Number.isInteger(label) || label < 0 || label >= MAX_TABLE_CLASSES) {
      issues.add(
        where,
        `the label (last value) must be a class 0 … ${MAX_TABLE_CLASSES - 1}, got ${describe(label)}`,
      );
      return undefined;
    }
    labels.add(label);
  }
  if (labels.size < 2) {
    issues.add(path, `needs rows of at least two classes; every label is ${[...labels][0]}`);
    return undefined;
  }
  return value as number[][];
}

/** The rows of a table's data: the user's, or the set's (or the kind's default set's). */
export function tableRows(data: TableDataSpec | undefined, fallback: DataSetName): number {
  return data?.points?.length ?? DATA_SETS[data?.set ?? fallback].samples;
}

/** The split of `n` rows: fractions 0 … MAX_HELD_OUT, a seed, and enough training rows left. */
export function validateSplit(
  issues: Issues,
  value: unknown,
  path: string,
  n: number | undefined,
): SplitSpec | undefined {
  const given = checkObject(issues, value, path, ['validation', 'test', 'seed'], 'a split');
  if (given === undefined) return undefined;
  const fraction = { min: 0, max: MAX_HELD_OUT } as const;
  const validation = checkNumber(issues, given.validation, join(path, 'validation'), fraction);
  const test = checkNumber(issues, given.test, join(path, 'test'), fraction);
  const seed = checkNumber(issues, given.seed, join(path, 'seed'), {
    min: 0,
    max: MAX_SEED,
    integer: true,
  });
  const split: SplitSpec = definedFields({ validation, test, seed });
  if (n !== undefined) {
    const sizes = splitSizes(n, split);
    if (sizes.training < MIN_TRAINING_ROWS)
      issues.add(
        path,
        `leaves ${sizes.training} of ${n} rows for training (${sizes.validation} validation, ${sizes.test} test); at least ${MIN_TRAINING_ROWS} are needed`,
      );
  }
  return split;
}

/** The fields every classifier on a table has. */
export interface TableFields {
  data?: TableDataSpec;
  split?: SplitSpec;
  batchSize?: number;
  noise?: number;
}

/**
 * A table classifier's keys checked and its common fields read (the kind adds its own after).
 * The batch size is checked against the training part, the rows a batch is drawn from.
 */
export function validateTableFields(
  issues: Issues,
  value: Record<string, unknown>,
  path: string,
  noun: string,
  fallback: DataSetName,
  own: readonly string[] = [],
): TableFields {
  checkKeys(issues, value, ['type', 'data', 'split', ...own, 'batchSize', 'noise'], path, noun);
  const before = issues.list.length;
  const data = validateTableData(issues, value.data, join(path, 'data'));
  const n = issues.list.length === before ? tableRows(data, fallback) : undefined;
  const split = validateSplit(issues, value.split, join(path, 'split'), n);
  const training = n === undefined ? MAX_MODEL_POINTS : splitSizes(n, split).training;
  const batchSize = checkNumber(issues, value.batchSize, join(path, 'batchSize'), {
    min: 1,
    max: Math.max(1, training),
    integer: true,
    requires: 'a batch is drawn from the training rows',
  });
  const noise = checkNumber(issues, value.noise, join(path, 'noise'), { min: 0, max: 1e3 });
  return definedFields({ data, split, batchSize, noise });
}
