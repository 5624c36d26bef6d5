/**
 * The Curvature chart's series, without DOM (issue 20; docs/curvature-chart.md): which sharpness
 * a run's line shows, its points decimated to the chart's pixel columns (a model's are every k-th
 * step, so a line's points are indexed apart from its steps), each run's limit line, the y axis,
 * and a series' value at a step for the cursor and the read-out.
 */
import { isPreconditioned } from '../core/curvature/stability';
import type { CurvatureData } from '../engine/worker-curvature';
import type { OptimizerSpec } from '../scenario/types';
import { LOG_FLOOR, type ChartAxisSpec } from './chart-scale';
import { decimated, type ChartSeries, type Drawn } from './chart-series';
import type { StabilityLine } from './stability-line';

/**
 * Which sharpness the chart shows: each run's own (the Hessian's λmax for gradient descent and
 * momentum, the preconditioned λmax for the adaptive types, each against its own limit), or the
 * Hessian's λmax for every run.
 */
export type SharpnessView = 'own' | 'hessian';

/** What a run's line plots. */
export type Sharpness = 'hessian' | 'preconditioned';

/**
 * The sharpness of `spec`'s line: the preconditioned λmax for an adaptive type in the `own` view
 * when the data has it; the Hessian's otherwise.
 */
export function shownSharpness(
  spec: OptimizerSpec,
  view: SharpnessView,
  data: Pick<CurvatureData, 'preconditioned'> | null,
): Sharpness {
  if (view === 'hessian' || !isPreconditioned(spec.type)) return 'hessian';
  return data === null || data.preconditioned !== null ? 'preconditioned' : 'hessian';
}

/** Whether a run's limit line belongs on the chart: it bounds the sharpness its line shows. */
export function limitShown(line: Pick<StabilityLine, 'on'>, sharpness: Sharpness): boolean {
  return line.on === sharpness;
}

/** A run's λmax line: a ChartSeries whose k-th value is at step `steps[k]`, not at step k. */
export interface CurvatureSeries extends ChartSeries {
  /** The step of each value. */
  steps: Int32Array;
  /** The values are every `every`-th step. */
  every: number;
  sharpness: Sharpness;
}

/** The run a series is built from. */
export interface CurvatureRunInput {
  index: number;
  data: CurvatureData;
  sharpness: Sharpness;
  divergedAt: number | null;
  fresh: boolean;
}

/**
 * `values` decimated to `columns` pixel columns over an index span of `span` (the chart's steps
 * in the series' own index: steps / every), or over all of them where they reach past it.
 */
function drawn(values: Float64Array, columns: number, span: number): Drawn {
  return decimated(values, Math.max(1, Math.round(columns)), Math.max(span, values.length - 1));
}

/**
 * A run's λmax line over a chart of `steps` steps and `columns` pixel columns.
 *
 * @example curvatureSeries({ index: 0, data, sharpness: 'hessian', divergedAt: null, fresh: true }, 400, 500)
 */
export function curvatureSeries(
  run: CurvatureRunInput,
  columns: number,
  steps: number,
): CurvatureSeries {
  const { data } = run;
  const values =
    run.sharpness === 'preconditioned' && data.preconditioned
      ? data.preconditioned
      : data.lambdaMax;
  const every = Math.max(1, data.every);
  return {
    index: run.index,
    values,
    ...drawn(values, columns, Math.ceil(steps / every)),
    divergedAt: run.divergedAt,
    fresh: run.fresh,
    steps: data.step,
    every,
    sharpness: run.sharpness,
  };
}

/** A run's limit line, one value per step (the step k → k + 1's limit at step k). */
export interface LimitSeries {
  index: number;
  values: Float64Array;
  indices: Int32Array;
  breaks: Uint8Array;
}

/** The limit line of run `index` decimated to `columns` pixel columns. */
export function limitSeries(index: number, line: StabilityLine, columns: number): LimitSeries {
  return { index, values: line.limit, ...drawn(line.limit, columns, line.limit.length - 1) };
}

/**
 * The y axis: λmax on a log axis while every value drawn (λmax and the limits) is positive;
 * otherwise symlog, linear within ±1 around 0 and logarithmic beyond. λmax is negative where f
 * is concave in every direction (near a maximum) and 0 where it is flat; a log axis cannot place
 * those, and dropping them would hide the very points where gradient descent climbs away, so the
 * axis turns symlog for them rather than clamping them to a floor. The limits can be negative too
 * (SGD's weight decay lowers them by its coefficient).
 */
export function curvatureAxis(
  label: string,
  series: readonly { values: ArrayLike<number>; indices: ArrayLike<number> }[],
): ChartAxisSpec {
  for (const { values, indices } of series) {
    for (let k = 0; k < indices.length; k++) {
      const v = values[indices[k]!]!;
      if (Number.isFinite(v) && !(v > 0))
        return { kind: 'symlog', label, offset: 0, floor: -Infinity };
    }
  }
  return { kind: 'log', label, offset: 0, floor: LOG_FLOOR };
}

/** The index of the last value at or before `step` (binary search), or −1 before the first. */
export function sampleIndex(steps: ArrayLike<number>, step: number): number {
  let lo = 0;
  let hi = steps.length - 1;
  if (hi < 0 || step < steps[0]!) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (steps[mid]! <= step) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A series' value at `step` for the cursor and the read-out: its last sample at or before the
 * step ('ok'); 'diverged' past a divergence; 'pending' before its first sample.
 */
export function curvatureAt(
  series: Pick<CurvatureSeries, 'steps' | 'values' | 'divergedAt'>,
  step: number,
): { value: number; step: number; status: 'ok' | 'diverged' | 'pending' } {
  const i = sampleIndex(series.steps, step);
  if (i < 0) return { value: NaN, step, status: 'pending' };
  const diverged = series.divergedAt !== null && step >= series.divergedAt;
  return { value: series.values[i]!, step: series.steps[i]!, status: diverged ? 'diverged' : 'ok' };
}

/** The step a pointer at `step` reads: the nearest sample step of a series drawn every k steps. */
export function snapStep(step: number, every: number): number {
  return every > 1 ? Math.round(step / every) * every : Math.round(step);
}
