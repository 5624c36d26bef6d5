/**
 * The table of runs (issue 14, point 10): its rows from the results, steps to a tolerance with
 * and without a known minimum, the loss at the cursor, and sorting with missing values last.
 */
import { describe, expect, it } from 'vitest';
import {
  nextSort,
  runTableRows,
  sortRunRows,
  toleranceStep,
  type RunTableInput,
} from '../../src/plot/run-table';
import { stepsToTolerance } from '../../src/core/sweep';

const run = (index: number, loss: number[], divergedAt: number | null = null): RunTableInput => ({
  index,
  name: `run ${index}`,
  color: '#000000',
  lr: 0.1 * (index + 1),
  loss: Float64Array.from(loss),
  divergedAt,
  accuracy: null,
});

describe('rows', () => {
  const runs = [
    run(0, [10, 5, 2, 1, 0.5]),
    run(1, [10, 1, 0.01, 0.001, 1e-5]),
    run(2, [10, 20, 400], 3),
  ];
  const rows = runTableRows(runs, { cursor: 1, fStar: 0, tolerance: 1e-3 });

  it('final, best and cursor loss; divergence', () => {
    expect(rows.map((r) => r.finalLoss)).toEqual([0.5, 1e-5, Infinity]);
    expect(rows.map((r) => r.bestLoss)).toEqual([0.5, 1e-5, 10]);
    expect(rows.map((r) => r.cursorLoss)).toEqual([5, 1, 20]);
    expect(rows.map((r) => r.divergedAt)).toEqual([null, null, 3]);
  });

  it('the loss at the cursor follows the cursor; past a diverged run’s end there is none', () => {
    const at = (cursor: number) =>
      runTableRows(runs, { cursor, fStar: 0, tolerance: 1e-3 }).map((r) => r.cursorLoss);
    expect(at(0)).toEqual([10, 10, 10]);
    expect(at(4)).toEqual([0.5, 1e-5, null]);
    expect(at(99)).toEqual([0.5, 1e-5, null]);
  });

  it('steps to tolerance: the α sweep’s rule when f* is known', () => {
    // Within 10⁻³ of the start's gap (10): f ≤ 0.01.
    expect(rows.map((r) => r.stepsToTolerance)).toEqual([null, 2, null]);
    const loose = runTableRows(runs, { cursor: 0, fStar: 0, tolerance: 1e-1 });
    expect(loose.map((r) => r.stepsToTolerance)).toEqual([3, 1, null]);
    const loss = [10, 3, 1, 0.1, 0.005];
    expect(toleranceStep(loss, 0, null, 1e-3)).toBe(stepsToTolerance(loss, 0, 1e-3));
  });

  it('steps to tolerance without f*: where the loss stops improving on the run’s own best', () => {
    // Gains 9 of its 10 by step 1, the rest by 10⁻⁴ steps after.
    const loss = [5, -4, -4.9999, -5, -5, -5];
    expect(toleranceStep(loss, null, null, 1e-3)).toBe(2);
    expect(toleranceStep(loss, null, null, 1e-6)).toBe(3);
    expect(toleranceStep(loss, null, 4, 1e-3)).toBeNull(); // diverged: no best to trust
  });

  it('a classifier’s final accuracy', () => {
    const classifier = { ...run(0, [1, 0.5]), accuracy: Float64Array.from([0.5, 0.97]) };
    expect(
      runTableRows([classifier], { cursor: 0, fStar: null, tolerance: 1e-3 })[0]!.accuracy,
    ).toBe(0.97);
  });
});

describe('sorting', () => {
  const rows = runTableRows(
    [run(0, [10, 0.5]), run(1, [10, 1e-5]), run(2, [10, 400], 1), run(3, [10, 0.5])],
    { cursor: 0, fStar: 0, tolerance: 1e-3 },
  );

  it('by a column either way; ties stay in run order; missing values last', () => {
    const order = (column: Parameters<typeof nextSort>[1], direction: 'ascending' | 'descending') =>
      sortRunRows(rows, { column, direction }).map((r) => r.index);
    expect(order('finalLoss', 'ascending')).toEqual([1, 0, 3, 2]);
    expect(order('finalLoss', 'descending')).toEqual([2, 0, 3, 1]);
    expect(order('divergedAt', 'ascending')).toEqual([2, 0, 1, 3]);
    expect(order('divergedAt', 'descending')).toEqual([2, 0, 1, 3]);
    expect(order('name', 'descending')).toEqual([3, 2, 1, 0]);
    expect(sortRunRows(rows, null).map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });

  it('a click sorts ascending, a second click descending', () => {
    const first = nextSort(null, 'finalLoss');
    expect(first).toEqual({ column: 'finalLoss', direction: 'ascending' });
    expect(nextSort(first, 'finalLoss')).toEqual({ column: 'finalLoss', direction: 'descending' });
    expect(nextSort(nextSort(first, 'finalLoss'), 'finalLoss').direction).toBe('ascending');
    expect(nextSort(first, 'bestLoss')).toEqual({ column: 'bestLoss', direction: 'ascending' });
  });
});

describe('a table classifier’s validation columns (issue 22)', () => {
  it('reads the validation loss at the cursor and the step of its lowest, early stopping’s', () => {
    const validated = {
      ...run(0, [1, 0.5, 0.2, 0.1, 0.05]),
      validationLoss: Float64Array.of(1, 0.6, 0.4, 0.45, 0.5),
    };
    const rows = (cursor: number) =>
      runTableRows([validated, run(1, [1, 0.5])], { cursor, fStar: null, tolerance: 1e-3 });
    expect(rows(1).map((r) => r.validationLoss)).toEqual([0.6, null]);
    expect(rows(9).map((r) => r.validationLoss)).toEqual([0.5, null]);
    expect(rows(1).map((r) => r.earlyStop)).toEqual([2, null]);
    expect(sortRunRows(rows(4), { column: 'earlyStop', direction: 'descending' })[1]!.index).toBe(
      1,
    );
  });
});
