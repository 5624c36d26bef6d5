/**
 * The seeded training / validation / test split of a table and the standardisation of its
 * inputs (issue 22; docs/models.md, "Training, validation and test"):
 *
 * - **Sizes**: the test part holds ⌈test · n⌉ rows and the validation part ⌈validation · n⌉,
 *   rounded up as scikit-learn's `train_test_split` rounds a fractional test size; training the
 *   rest. Digits (1,797 rows) at the default 0.1 and 0.1: 180, 180 and 1,437.
 * - **Rows**: one Fisher–Yates permutation of 0 … n − 1 drawn from `createRng(seed)` (one
 *   `rng.int(i + 1)` per i from n − 1 down to 1, as the mini-batch order draws); its first
 *   rows are the test part, the next the validation part, the rest training, each in the
 *   permutation's order. The split's seed is its own, so the scenario's seed changes the
 *   mini-batches and not which rows are held out.
 * - **Standardisation**: every feature j becomes (x − μⱼ)/sⱼ with μⱼ and sⱼ the mean and
 *   standard deviation (population, ddof 0) over the **training rows only**, and sⱼ = 1 where the
 *   feature is constant there (sⱼ ≤ 1e-9·|μⱼ|), as scikit-learn's StandardScaler does. The held-out rows are
 *   scaled with the training statistics: they play data the model has never seen, so nothing of
 *   them may leak into training, not even their mean.
 */
import type { SplitSpec } from '../../scenario/table-types';
import { createRng } from '../rng';
import type { Table } from './table';
import { resolveSplit, splitSizes } from './split-sizes';

export { SPLIT_DEFAULTS, resolveSplit, splitSizes, type SplitSizes } from './split-sizes';

/** The row indices of each part, in the order of the seeded permutation. */
export interface SplitRows {
  readonly training: Uint32Array;
  readonly validation: Uint32Array;
  readonly test: Uint32Array;
}

export function splitRows(n: number, spec: SplitSpec | undefined): SplitRows {
  const sizes = splitSizes(n, spec);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const rng = createRng(resolveSplit(spec).seed);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  const held = sizes.test + sizes.validation;
  return {
    test: order.slice(0, sizes.test),
    validation: order.slice(sizes.test, held),
    training: order.slice(held),
  };
}

/** The standardisation of each feature: x ↦ (x − mean)/scale. */
export interface Standardisation {
  readonly mean: Float64Array;
  readonly scale: Float64Array;
}

/**
 * A feature counts as constant when its standard deviation is at most this fraction of its
 * mean's size: the mean of m copies of c is rounded, so c − mean leaves a deviation of about
 * 1e-16·|c| where there is none (scikit-learn's StandardScaler guards the same way).
 */
const CONSTANT = 1e-9;

/**
 * Mean and standard deviation of each feature over `rows` of the table (two passes, so no
 * cancellation in Σx² − n·μ²); scale 1 where the feature is constant over them (or there are
 * no rows).
 */
export function standardisationOf(table: Table, rows: Uint32Array): Standardisation {
  const { d, features } = table;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  const m = rows.length;
  for (const i of rows) for (let j = 0; j < d; j++) mean[j] = mean[j]! + features[i * d + j]!;
  for (let j = 0; j < d; j++) mean[j] = m > 0 ? mean[j]! / m : 0;
  for (const i of rows)
    for (let j = 0; j < d; j++) {
      const centred = features[i * d + j]! - mean[j]!;
      scale[j] = scale[j]! + centred * centred;
    }
  for (let j = 0; j < d; j++) {
    const sd = m > 0 ? Math.sqrt(scale[j]! / m) : 0;
    scale[j] = sd > CONSTANT * Math.abs(mean[j]!) ? sd : 1;
  }
  return { mean, scale };
}

/** Some rows of a table, standardised: the inputs a model sees. */
export interface Part {
  /** Rows. */
  readonly m: number;
  readonly d: number;
  /** Row p's standardised features at x[p·d … p·d + d − 1]. */
  readonly x: Float64Array;
  readonly labels: Int32Array;
  /** The rows' indices in the table. */
  readonly rows: Uint32Array;
}

export function partOf(table: Table, rows: Uint32Array, scaling: Standardisation): Part {
  const { d, features } = table;
  const m = rows.length;
  const x = new Float64Array(m * d);
  const labels = new Int32Array(m);
  for (let p = 0; p < m; p++) {
    const i = rows[p]!;
    for (let j = 0; j < d; j++)
      x[p * d + j] = (features[i * d + j]! - scaling.mean[j]!) / scaling.scale[j]!;
    labels[p] = table.labels[i]!;
  }
  return { m, d, x, labels, rows };
}

/** A table split and standardised with its training statistics. */
export interface SplitTable {
  readonly training: Part;
  readonly validation: Part;
  readonly test: Part;
  readonly scaling: Standardisation;
  readonly classes: number;
}

export function splitTable(table: Table, spec: SplitSpec | undefined): SplitTable {
  const rows = splitRows(table.n, spec);
  const scaling = standardisationOf(table, rows.training);
  return {
    training: partOf(table, rows.training, scaling),
    validation: partOf(table, rows.validation, scaling),
    test: partOf(table, rows.test, scaling),
    scaling,
    classes: table.classes,
  };
}
