/**
 * Pure edits of a table classifier's spec as its Data tab makes them (issue 22): the data set,
 * the split, the hidden layers, the batch size. Each returns a spec holding only what differs
 * from the defaults, so links stay short, and keeps it valid (src/scenario/validate-table.ts): a
 * batch no larger than the training rows, a split that leaves training rows.
 */
import { DATA_SETS } from '../../core/data/sets';
import { resolveSplit, SPLIT_DEFAULTS, splitSizes, type SplitSizes } from '../../core/data/split';
import { kindOf, type TableSpec } from '../../kinds/registry';
import { isSoftmaxMlp } from '../../kinds/softmax-mlp/spec';
import { MAX_TABLE_UNITS, SOFTMAX_MLP_DEFAULTS } from '../../kinds/softmax-mlp/kind';
import { tableSource } from '../../kinds/table-ui';
import type { DataSetName, SplitSpec } from '../../scenario/table-types';
import { MAX_HIDDEN_LAYERS } from '../../scenario/validate-data';
import { MAX_HELD_OUT, MIN_TRAINING_ROWS } from '../../scenario/validate-table';

/** Rows of a spec's table, without loading it. */
export function tableRows(spec: TableSpec): number {
  const source = tableSource(spec);
  return source === 'rows' ? spec.data!.points!.length : DATA_SETS[source].samples;
}

/** The parts' sizes of a spec's split. */
export function tableSplitSizes(spec: TableSpec): SplitSizes {
  return splitSizes(tableRows(spec), spec.split);
}

/** Features and classes of a spec's table, without loading it. */
export function tableShape(spec: TableSpec): { features: number; classes: number } {
  const source = tableSource(spec);
  if (source !== 'rows') {
    const info = DATA_SETS[source];
    return { features: info.features, classes: info.classNames.length };
  }
  const rows = spec.data!.points!;
  let classes = 0;
  for (const row of rows) classes = Math.max(classes, row[row.length - 1]! + 1);
  return { features: rows[0]!.length - 1, classes };
}

/** A batch size kept below the training rows (at or past them: the full batch). */
function withBatch<S extends TableSpec>(spec: S, batchSize: number | undefined): S {
  const { batchSize: _old, ...rest } = spec;
  const training = tableSplitSizes(spec).training;
  return batchSize !== undefined && batchSize < training
    ? ({ ...rest, batchSize } as S)
    : (rest as S);
}

/** The spec on a shipped set (the user's rows dropped); the kind's default set is left out. */
export function withSet(spec: TableSpec, set: DataSetName): TableSpec {
  const { data: _data, ...rest } = spec;
  const next = set === kindOf(spec).defaultSet ? rest : { ...rest, data: { set } };
  return withBatch(next as TableSpec, spec.batchSize);
}

/**
 * The spec with a split field changed (a share clamped to 0 … MAX_HELD_OUT, a seed to a whole
 * number), or null when the split would leave fewer than MIN_TRAINING_ROWS training rows.
 */
export function withSplit(spec: TableSpec, patch: Partial<SplitSpec>): TableSpec | null {
  const merged = { ...resolveSplit(spec.split), ...patch };
  const clamp = (share: number) => Math.max(0, Math.min(MAX_HELD_OUT, share));
  const split: SplitSpec = {};
  if (clamp(merged.validation) !== SPLIT_DEFAULTS.validation)
    split.validation = clamp(merged.validation);
  if (clamp(merged.test) !== SPLIT_DEFAULTS.test) split.test = clamp(merged.test);
  const seed = Math.max(0, Math.round(merged.seed));
  if (seed !== SPLIT_DEFAULTS.seed) split.seed = seed;
  const { split: _old, ...rest } = spec;
  const next = (Object.keys(split).length ? { ...rest, split } : rest) as TableSpec;
  if (splitSizes(tableRows(next), next.split).training < MIN_TRAINING_ROWS) return null;
  return withBatch(next, spec.batchSize);
}

/** The batch size set (undefined or ≥ the training rows: the full batch). */
export function withBatchSize(spec: TableSpec, batchSize: number | undefined): TableSpec {
  return withBatch(spec, batchSize);
}

/** "64-32" → [64, 32]; null unless 1 to 3 whole widths of 1 to MAX_TABLE_UNITS. */
export function readWidths(text: string): number[] | null {
  const parts = text.trim().split(/\s*[-–,\s]\s*/);
  if (parts.length < 1 || parts.length > MAX_HIDDEN_LAYERS) return null;
  const widths = parts.map(Number);
  return widths.every((w) => Number.isInteger(w) && w >= 1 && w <= MAX_TABLE_UNITS) ? widths : null;
}

/** The softmax MLP with other hidden widths (its defaults left out); other kinds unchanged. */
export function withHidden(spec: TableSpec, hidden: readonly number[]): TableSpec {
  if (!isSoftmaxMlp(spec)) return spec;
  const { hidden: _old, ...rest } = spec;
  const same = hidden.join('-') === SOFTMAX_MLP_DEFAULTS.hidden.join('-');
  return same ? rest : { ...rest, hidden: [...hidden] };
}

/** The batch sizes the menu offers below the training rows. */
export function tableBatchSizes(training: number): number[] {
  return [256, 128, 64, 32, 16, 8, 1].filter((size) => size < training);
}
