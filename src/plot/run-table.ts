/**
 * The rows of the chart panel's comparison table (docs/app.md, "The table of runs"): per visible
 * run its final and best loss, the loss at the cursor, the steps to a tolerance, where it diverged
 * and, for classifiers, its final accuracy; for a table classifier with a validation part, its
 * validation loss at the cursor and the step where early stopping would stop (issue 22,
 * src/core/early-stopping.ts); and their sorting. Pure, from the engine's results.
 *
 * Steps to tolerance: with the problem's minimum f* known, the first step k with
 * f(θₖ) − f* ≤ tol · (f(θ₀) − f*), the α sweep's rule (src/core/sweep.ts, docs/lab-sweep.md), so
 * the two agree. With f* unknown (a typed formula, a model on data, the saddles), the run's own
 * lowest loss stands in for f*: the first step from which the run gains less than tol of all it
 * gained, i.e. where its loss stops improving. A diverged run has no such step either way (its
 * lowest loss is wherever the divergence bounds stopped it).
 */
import { lowestValidationStep } from '../core/early-stopping';
import { SWEEP_TOLERANCE, stepsToTolerance } from '../core/sweep';

/** The tolerances offered; the default is the α sweep's. */
export const TABLE_TOLERANCES = [1e-2, SWEEP_TOLERANCE, 1e-6] as const;

/** What a row is made from: one run, its spec's name and colour, its results. */
export interface RunTableInput {
  /** The run's place in the scenario (0-based). */
  index: number;
  name: string;
  color: string;
  lr: number;
  loss: ArrayLike<number>;
  divergedAt: number | null;
  /** A classifier's accuracy per step (0–1), else null. */
  accuracy: ArrayLike<number> | null;
  /** A table classifier's validation loss per step; absent or null without a validation part. */
  validationLoss?: ArrayLike<number> | null;
}

export interface RunTableRow {
  index: number;
  name: string;
  color: string;
  lr: number;
  /** f at the last step; Infinity when the run diverged (it never got there). */
  finalLoss: number;
  /** The lowest f over the points the run reached. */
  bestLoss: number | null;
  /** f at the cursor step; null when the run diverged before it. */
  cursorLoss: number | null;
  stepsToTolerance: number | null;
  divergedAt: number | null;
  /** Final accuracy (0–1) of a classifier; null otherwise or when diverged. */
  accuracy: number | null;
  /** The validation loss at the cursor step (its last point past the end); null without one. */
  validationLoss: number | null;
  /** The step of the lowest validation loss, where early stopping would stop; null without one. */
  earlyStop: number | null;
}

export type RunTableColumn = Exclude<keyof RunTableRow, 'index' | 'color'>;
export type SortDirection = 'ascending' | 'descending';
export interface RunTableSort {
  column: RunTableColumn;
  direction: SortDirection;
}

/** The first step where the loss is within `tolerance` of f*, or of the run's best without f*. */
export function toleranceStep(
  loss: ArrayLike<number>,
  fStar: number | null,
  divergedAt: number | null,
  tolerance: number,
): number | null {
  if (divergedAt !== null || loss.length === 0) return null;
  if (fStar !== null && Number.isFinite(fStar)) return stepsToTolerance(loss, fStar, tolerance);
  let best = Infinity;
  for (let k = 0; k < loss.length; k++) if (loss[k]! < best) best = loss[k]!;
  return Number.isFinite(best) ? stepsToTolerance(loss, best, tolerance) : null;
}

/** One row per input run, in the inputs' order. */
export function runTableRows(
  runs: readonly RunTableInput[],
  options: { cursor: number; fStar: number | null; tolerance: number },
): RunTableRow[] {
  return runs.map((run) => {
    const { loss, divergedAt } = run;
    const n = loss.length;
    let best = Infinity;
    for (let k = 0; k < n; k++) if (loss[k]! < best) best = loss[k]!;
    const cursor = Math.max(0, Math.round(options.cursor));
    return {
      index: run.index,
      name: run.name,
      color: run.color,
      lr: run.lr,
      finalLoss: divergedAt !== null || n === 0 ? Infinity : loss[n - 1]!,
      bestLoss: Number.isFinite(best) ? best : null,
      // Past its last point a run that finished stays there; one that diverged has no value.
      cursorLoss: cursor < n ? loss[cursor]! : divergedAt === null && n > 0 ? loss[n - 1]! : null,
      stepsToTolerance: toleranceStep(loss, options.fStar, divergedAt, options.tolerance),
      divergedAt,
      accuracy:
        run.accuracy && run.accuracy.length > 0 && divergedAt === null
          ? run.accuracy[run.accuracy.length - 1]!
          : null,
      ...heldOutCells(run.validationLoss, cursor),
    };
  });
}

/** A run's validation loss at the cursor (its last point past the end) and its early stop. */
function heldOutCells(
  validation: ArrayLike<number> | null | undefined,
  cursor: number,
): Pick<RunTableRow, 'validationLoss' | 'earlyStop'> {
  if (!validation || validation.length === 0) return { validationLoss: null, earlyStop: null };
  const value = validation[Math.min(cursor, validation.length - 1)]!;
  return {
    validationLoss: Number.isFinite(value) ? value : null,
    earlyStop: lowestValidationStep(validation),
  };
}

/**
 * The rows sorted by a column: numbers by value, names alphabetically; a missing value (null)
 * last in either direction, ties in run order, so a sort never shuffles equal rows.
 */
export function sortRunRows(
  rows: readonly RunTableRow[],
  sort: RunTableSort | null,
): RunTableRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.column];
    const y = b[sort.column];
    if (x === null || y === null) {
      if (x === y) return a.index - b.index;
      return x === null ? 1 : -1;
    }
    const order =
      typeof x === 'string' ? x.localeCompare(y as string) : compareNumbers(x, y as number);
    return order !== 0 ? sign * order : a.index - b.index;
  });
}

function compareNumbers(x: number, y: number): number {
  return x === y ? 0 : x < y ? -1 : 1;
}

/** The next sort after a click on a column's heading: ascending first, then it flips. */
export function nextSort(current: RunTableSort | null, column: RunTableColumn): RunTableSort {
  return current?.column === column && current.direction === 'ascending'
    ? { column, direction: 'descending' }
    : { column, direction: 'ascending' };
}
