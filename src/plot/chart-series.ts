/**
 * Line-chart series of the loss and gradient-norm charts, without DOM: which points of each run
 * to draw (decimated per pixel column) and the SVG path through them.
 */
import { decimate } from './decimate';

/** One run's values per step, ready to draw. */
export interface ChartSeries {
  /** The run's index in the scenario's optimizers (its test id and colour slot). */
  index: number;
  /** value[k] at step k: the run's points before it stopped (length divergedAt if it diverged). */
  values: Float64Array;
  /** The steps to draw: `values` decimated to the chart's pixel columns, ascending. */
  indices: Int32Array;
  /** The step where the run diverged, or null. */
  divergedAt: number | null;
}

/**
 * Decimates each run's values to `columns` pixel columns over an axis of steps 0 … `steps`.
 *
 * @example chartSeries([{ index: 0, values: loss, divergedAt: null }], 400, 500)
 */
export function chartSeries(
  runs: readonly { index: number; values: Float64Array; divergedAt: number | null }[],
  columns: number,
  steps: number,
): ChartSeries[] {
  const buckets = Math.max(1, Math.round(columns));
  return runs.map((run) => ({ ...run, indices: decimated(run.values, buckets, steps) }));
}

/**
 * Decimations by values array: when one run of eight changes (an α dragged), the seven reused
 * runs keep their arrays (src/state/reuse.ts) and are not decimated again — at 10⁶ steps each
 * decimation is a pass over a million values on the main thread.
 */
const cache = new WeakMap<Float64Array, { buckets: number; steps: number; indices: Int32Array }>();

function decimated(values: Float64Array, buckets: number, steps: number): Int32Array {
  const cached = cache.get(values);
  if (cached && cached.buckets === buckets && cached.steps === steps) return cached.indices;
  const indices = decimate(values, buckets, steps);
  cache.set(values, { buckets, steps, indices });
  return indices;
}

/** Screen coordinates far outside the plot are clamped so the SVG renderer stays exact. */
const COORD_LIMIT = 1e6;

/**
 * The SVG path ("M x,y L x,y …") through the kept points, in screen pixels rounded to 0.01.
 * Empty for no points; a single point draws as a dot-length segment so it still shows with
 * round caps.
 */
export function linePath(
  values: ArrayLike<number>,
  indices: ArrayLike<number>,
  toX: (step: number) => number,
  toY: (value: number) => number,
): string {
  const n = indices.length;
  if (n === 0) return '';
  const parts = new Array<string>(n);
  for (let k = 0; k < n; k++) {
    const i = indices[k]!;
    parts[k] = `${k === 0 ? 'M' : 'L'}${round(toX(i))},${round(toY(values[i]!))}`;
  }
  if (n === 1) parts.push(`h0.01`);
  return parts.join('');
}

/**
 * The value of a series at a step for read-outs: the value there, or the last one before the
 * run stopped ('diverged' after a divergence, 'pending' where results do not reach yet).
 */
export function valueAt(
  series: Pick<ChartSeries, 'values' | 'divergedAt'>,
  step: number,
): { value: number; status: 'ok' | 'diverged' | 'pending' } {
  const last = series.values.length - 1;
  if (last < 0) return { value: NaN, status: series.divergedAt !== null ? 'diverged' : 'pending' };
  if (step <= last) return { value: series.values[Math.max(0, step)]!, status: 'ok' };
  return {
    value: series.values[last]!,
    status: series.divergedAt !== null ? 'diverged' : 'pending',
  };
}

function round(v: number): number {
  const c = v > COORD_LIMIT ? COORD_LIMIT : v < -COORD_LIMIT ? -COORD_LIMIT : v;
  return Math.round(c * 100) / 100;
}
