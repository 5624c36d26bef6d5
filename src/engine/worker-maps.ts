/**
 * The engine worker's calls for sensitivity maps; spread into the worker's API. One call runs a
 * block of cells for at most a time budget, so the main thread drives a map chunk by chunk (each
 * call short enough that a newer request never has to kill the worker) and can stop between
 * chunks.
 */
import { transfer } from 'comlink';
import { buildProblem, type Problem } from '../core/problems';
import { divergenceBounds, type DivergenceBounds } from '../core/run';
import { computeMapCells, mapSteps, type MapAxes, type MapCells } from '../core/sensitivity';
import type { Scenario } from '../scenario/types';
import { workerValidated } from './worker-validate';

/** The cells a chunk asks for: from `start`, up to `count`, for at most `budgetMs` of work. */
export interface CellRange {
  start: number;
  count: number;
  /** Stop after the cell that passes this many milliseconds (default 40: one chunk ≤ ~50 ms). */
  budgetMs?: number;
}

/** A chunk's default time budget: the lab worker's lanes abort calls only past 250 ms. */
export const CHUNK_BUDGET_MS = 40;

/**
 * The last problem built, with its divergence bounds: a map's chunks all share one problem, and
 * building a dataset problem and its bounds (a 41 × 41 grid of f) per chunk would be waste.
 */
let prepared: { key: string; problem: Problem; bounds: DivergenceBounds } | null = null;

function prepare(problemSpec: Scenario['problem']): { problem: Problem; bounds: DivergenceBounds } {
  const key = JSON.stringify(problemSpec);
  if (prepared?.key !== key) {
    const problem = buildProblem(problemSpec);
    prepared = { key, problem, bounds: divergenceBounds(problem) };
  }
  return prepared;
}

/** The plain function behind `mapChunk` (testable in Node without comlink's transfer). */
export function mapChunkCells(
  scenario: Scenario,
  runIndex: number,
  axes: MapAxes,
  cells: CellRange,
): MapCells {
  // The worker trusts no caller: the scenario is validated as the run call does.
  const valid = workerValidated(scenario);
  const spec = valid.optimizers[runIndex];
  if (!spec) throw new Error(`mapChunk: no run ${runIndex}`);
  const { problem, bounds } = prepare(valid.problem);
  const settings = {
    start: valid.start,
    steps: mapSteps(valid.steps),
    seed: valid.seed,
    noise: valid.problem.noise ?? 0,
    bounds,
  };
  return computeMapCells(
    problem,
    settings,
    spec,
    axes,
    cells.start,
    cells.count,
    cells.budgetMs ?? CHUNK_BUDGET_MS,
  );
}

export const mapsWorkerApi = {
  /**
   * Final losses of cells `cells.start`, … of the run's map over `axes`, as many as fit in the
   * time budget (at least one). The arrays are transferred, not copied.
   */
  mapChunk(scenario: Scenario, runIndex: number, axes: MapAxes, cells: CellRange) {
    const result = mapChunkCells(scenario, runIndex, axes, cells);
    return transfer(result, [
      result.values.buffer as ArrayBuffer,
      result.divergedAt.buffer as ArrayBuffer,
    ]);
  },
};
