/**
 * Sensitivity maps of the Adam family (issue 5, point 3): the final loss of one run over a grid
 * of two of its hyperparameters, (β1, β2) or (α, ε), every other setting kept. Pure and
 * deterministic: a cell's value is exactly what `run()` gives for the run's spec with those two
 * values put in and the map's step count (see `mapSteps`), so the worker, the tests and the UI
 * agree by construction.
 */
import type { OptimizerSpec, OptimizerType, Scenario } from '../scenario/types';
import { hyperparamsOf } from './optimizers/hyperparams';
import { runOptimizer, type RunSettings } from './run';
import type { Problem } from './problems';

/** The hyperparameters a map can have on an axis. */
export type MapParam = 'beta1' | 'beta2' | 'lr' | 'eps';

/**
 * One axis of a map: `count` values of `param` evenly spaced in the scale's coordinate from
 * `range[0]` to `range[1]`, both ends included. `log` spaces log10 v; `one-minus-log` spaces
 * −log10(1 − v), as the β sliders do (0, 0.9, 0.99 and 0.999 evenly apart).
 *
 * @example { param: 'beta2', scale: 'one-minus-log', range: [0.9, 0.99999], count: 21 }
 */
export interface MapAxis {
  readonly param: MapParam;
  readonly scale: 'log' | 'one-minus-log';
  readonly range: readonly [number, number];
  readonly count: number;
}

/** A map's two axes: x across (columns), y up (rows). Cell i is column i % x.count, row ⌊i / x.count⌋. */
export interface MapAxes {
  readonly x: MapAxis;
  readonly y: MapAxis;
}

/** Which map: β1 × β2, or α × ε. */
export type MapId = 'beta' | 'alpha-eps';

/**
 * β1 from 0 to 0.999 in 18 steps of a sixth of a decade of 1 − β1, and β2 from 0.9 to 0.99999 in
 * 20 steps of a fifth: the counts are chosen so that the round values (0.9, 0.99, 0.999, …) and
 * PyTorch's defaults (0.9, 0.999) are cells, so a run at its defaults sits on a cell centre.
 */
export const BETA_AXES: MapAxes = {
  x: { param: 'beta1', scale: 'one-minus-log', range: [0, 0.999], count: 19 },
  y: { param: 'beta2', scale: 'one-minus-log', range: [0.9, 0.99999], count: 21 },
};

/** α from 1e-4 to 1 in fifths of a decade, ε from 1e-10 to 1 in half decades (1e-8 is a cell). */
export const ALPHA_EPS_AXES: MapAxes = {
  x: { param: 'lr', scale: 'log', range: [1e-4, 1], count: 21 },
  y: { param: 'eps', scale: 'log', range: [1e-10, 1], count: 21 },
};

/** The axes of each map. */
export const MAP_AXES: Readonly<Record<MapId, MapAxes>> = {
  beta: BETA_AXES,
  'alpha-eps': ALPHA_EPS_AXES,
};

/**
 * A map's runs stop after at most this many steps: 400 runs of 1,000 steps stay well under a
 * second in the worker even on a dataset problem, and the loss has long settled by then.
 */
export const MAP_STEP_CAP = 1000;

/** The steps each cell runs: the scenario's, capped at MAP_STEP_CAP. */
export function mapSteps(steps: number): number {
  return Math.min(steps, MAP_STEP_CAP);
}

/** The Adam family: the types whose hyperparameters include both β1 and β2 (Lion included). */
export function isAdamFamily(type: OptimizerType): boolean {
  const names = hyperparamsOf(type);
  return names.includes('beta1') && names.includes('beta2');
}

/** The maps a type has: the β map for the Adam family, the α–ε map only where it also takes ε (not Lion). */
export function mapsOf(type: OptimizerType): MapId[] {
  if (!isAdamFamily(type)) return [];
  return hyperparamsOf(type).includes('eps') ? ['beta', 'alpha-eps'] : ['beta'];
}

/** The axis coordinate of a value: log10 v, or −log10(1 − v) on the one-minus-log scale. */
export function axisCoordinate(axis: Pick<MapAxis, 'scale'>, value: number): number {
  return axis.scale === 'log' ? Math.log10(value) : -Math.log10(1 - value);
}

/** The value at an axis coordinate (the inverse of axisCoordinate). */
export function axisValueAt(axis: Pick<MapAxis, 'scale'>, c: number): number {
  return axis.scale === 'log' ? 10 ** c : 1 - 10 ** -c;
}

/**
 * A grid value rounded to 3 significant digits (of 1 − v on the one-minus-log scale), so that
 * a clicked cell puts a short, exact number on the run (and in its link), and the run then
 * computes exactly what the cell did.
 */
export function snapAxisValue(axis: Pick<MapAxis, 'scale'>, value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  if (axis.scale === 'log') return Number(value.toPrecision(3));
  const gap = Number((1 - value).toPrecision(3));
  const decimals = Math.max(0, 2 - Math.floor(Math.log10(gap)));
  return Number((1 - gap).toFixed(Math.min(20, decimals)));
}

/** The axis' `count` values, ends included, snapped (see snapAxisValue). */
export function axisValues(axis: MapAxis): Float64Array {
  if (!(axis.count >= 2) || !Number.isInteger(axis.count)) throw new Error('invalid axis count');
  const c0 = axisCoordinate(axis, axis.range[0]);
  const c1 = axisCoordinate(axis, axis.range[1]);
  const values = new Float64Array(axis.count);
  for (let i = 0; i < axis.count; i++) {
    values[i] = snapAxisValue(axis, axisValueAt(axis, c0 + ((c1 - c0) * i) / (axis.count - 1)));
  }
  return values;
}

/** The number of cells of a map. */
export function cellCount(axes: MapAxes): number {
  return axes.x.count * axes.y.count;
}

/** The two values of cell `index` (row-major from the bottom-left: x varies fastest). */
export function cellValues(
  axes: MapAxes,
  index: number,
  xs = axisValues(axes.x),
  ys = axisValues(axes.y),
): { x: number; y: number } {
  return { x: xs[index % axes.x.count]!, y: ys[Math.floor(index / axes.x.count)]! };
}

/** The spec with the two mapped hyperparameters replaced. */
export function withCell(spec: OptimizerSpec, axes: MapAxes, x: number, y: number): OptimizerSpec {
  return { ...spec, [axes.x.param]: x, [axes.y.param]: y };
}

/** The values of a block of cells: the final loss, or NaN where the run diverged (and where). */
export interface MapCells {
  /** Index of the first cell. */
  start: number;
  /** Final loss f (not f − f*) of each cell computed; NaN where the run diverged. */
  values: Float64Array;
  /** The step where each cell's run diverged, or −1. */
  divergedAt: Int32Array;
  /** Milliseconds spent running these cells. */
  elapsedMs: number;
}

/**
 * Runs cells `start`, `start + 1`, … of a map: up to `count` of them, stopping early (after at
 * least one cell) once `budgetMs` has passed, so that the caller can keep each call short. The
 * settings' steps should already be capped (mapSteps).
 */
export function computeMapCells(
  problem: Problem,
  settings: RunSettings,
  spec: OptimizerSpec,
  axes: MapAxes,
  start: number,
  count: number,
  budgetMs = Infinity,
  now: () => number = () => performance.now(),
): MapCells {
  const total = cellCount(axes);
  const first = Math.max(0, Math.min(total, Math.floor(start)));
  const end = Math.min(total, first + Math.max(0, Math.floor(count)));
  const xs = axisValues(axes.x);
  const ys = axisValues(axes.y);
  const values = new Float64Array(end - first);
  const divergedAt = new Int32Array(end - first);
  const started = now();
  let done = 0;
  for (let index = first; index < end; index++) {
    const { x, y } = cellValues(axes, index, xs, ys);
    const result = runOptimizer(problem, withCell(spec, axes, x, y), settings);
    values[done] = result.divergedAt === null ? result.loss[result.loss.length - 1]! : NaN;
    divergedAt[done] = result.divergedAt ?? -1;
    done++;
    if (now() - started > budgetMs) break;
  }
  return {
    start: first,
    values: done === values.length ? values : values.slice(0, done),
    divergedAt: done === divergedAt.length ? divergedAt : divergedAt.slice(0, done),
    elapsedMs: now() - started,
  };
}

/**
 * What a map's values depend on, as a string: the problem, start, seed, the capped steps and
 * the run's spec without the two mapped hyperparameters and without presentation (label,
 * colour, hidden). Equal keys mean equal maps, so moving a mapped value only moves the marker.
 */
export function mapKey(scenario: Scenario, runIndex: number, axes: MapAxes): string {
  const spec = scenario.optimizers[runIndex];
  if (!spec) return '';
  const rest: Record<string, unknown> = { ...spec };
  for (const name of [axes.x.param, axes.y.param, 'label', 'color', 'hidden']) delete rest[name];
  return JSON.stringify([
    scenario.problem,
    scenario.start,
    scenario.seed,
    mapSteps(scenario.steps),
    axes,
    Object.keys(rest)
      .sort()
      .map((k) => [k, rest[k]]),
  ]);
}
