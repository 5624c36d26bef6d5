/**
 * Line-chart series of the loss and gradient-norm charts, without DOM: which points of each run
 * to draw (decimated per pixel column) and the SVG path through them.
 */
import { decimate } from './decimate';
import { clampCoord } from './finite';
import { lineBreaks, nonFiniteGaps, type Gap } from './gaps';

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
  /** 1 at k where the line restarts after a gap of non-finite values before indices[k]. */
  breaks: Uint8Array;
  /** The steps without a finite value, joined to at most one gap per pixel column: marked. */
  gaps: Gap[];
  /** False while the run's values are for an earlier setting being recomputed (drawn dimmed). */
  fresh?: boolean;
}

/**
 * Decimates each run's values to `columns` pixel columns over an axis of steps 0 … `steps`.
 *
 * @example chartSeries([{ index: 0, values: loss, divergedAt: null }], 400, 500)
 */
export function chartSeries(
  runs: readonly {
    index: number;
    values: Float64Array;
    divergedAt: number | null;
    fresh?: boolean;
  }[],
  columns: number,
  steps: number,
): ChartSeries[] {
  const buckets = Math.max(1, Math.round(columns));
  return runs.map((run) => ({ ...run, ...decimated(run.values, buckets, steps) }));
}

/** What a line draws of its values: the kept points, where it restarts, the gaps it marks. */
export type Drawn = Pick<ChartSeries, 'indices' | 'breaks' | 'gaps'>;

/**
 * Decimations by values array: when one run of eight changes (an α dragged), the seven reused
 * runs keep their arrays (src/state/reuse.ts) and are not decimated again — at 10⁶ steps each
 * decimation is a pass over a million values on the main thread. So too a λmax line whose run
 * did not change (src/plot/curvature-series.ts).
 */
const cache = new WeakMap<Float64Array, { buckets: number; steps: number; drawn: Drawn }>();

/** `values` decimated to `buckets` pixel columns over index 0 … `steps`, cached by array. */
export function decimated(values: Float64Array, buckets: number, steps: number): Drawn {
  const cached = cache.get(values);
  if (cached && cached.buckets === buckets && cached.steps === steps) return cached.drawn;
  const indices = decimate(values, buckets, steps);
  const exact = nonFiniteGaps(values);
  const drawn: Drawn = {
    indices,
    breaks: lineBreaks(indices, exact),
    gaps: exact.length <= buckets ? exact : nonFiniteGaps(values, Math.max(1, steps) / buckets),
  };
  cache.set(values, { buckets, steps, drawn });
  return drawn;
}

/**
 * The SVG path ("M x,y L x,y …") through the kept points, in screen pixels rounded to 0.01.
 * Empty for no points; a point alone in its piece draws as a dot-length segment so it still
 * shows with round caps. The line restarts where `breaks` says and skips a point it cannot place
 * (a coordinate that is not a number), so no segment crosses a gap.
 */
export function linePath(
  values: ArrayLike<number>,
  indices: ArrayLike<number>,
  toX: (step: number) => number,
  toY: (value: number) => number,
  breaks?: ArrayLike<number>,
): string {
  const parts: string[] = [];
  let pen = false;
  let alone = false;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    const x = toX(i);
    const y = toY(values[i]!);
    if (Number.isNaN(x) || Number.isNaN(y)) {
      pen = false;
      continue;
    }
    if (breaks?.[k]) pen = false;
    if (!pen && alone) parts.push('h0.01');
    parts.push(`${pen ? 'L' : 'M'}${round(x)},${round(y)}`);
    alone = !pen;
    pen = true;
  }
  if (alone) parts.push('h0.01');
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
  return Math.round(clampCoord(v) * 100) / 100;
}
