/**
 * The sweep chart without DOM: the metrics it can plot, the y axis of each, the α ⇄ pixel scale,
 * and each run's line, broken where an α has no value, with its diverged α listed apart.
 */
import { scaleLog } from 'd3';
import {
  chartAxis,
  chartDomain,
  chartYScale,
  plotted,
  type ChartAxisSpec,
} from '../../plot/chart-scale';
import { linearMap } from '../../plot/finite';
import { SWEEP_LR_MAX, SWEEP_LR_MIN, type SweepPoint } from '../../core/sweep';
import { t } from '../../i18n';
import '../../i18n/en-lab'; // its words load with this chunk (docs/i18n.md)
import type { SweepEntry } from './sweep-scheduler';
import { plotArea } from '../charts/geometry';

/** A run as the chart draws it. */
export interface SweepChartRun {
  index: number;
  name: string;
  color: string;
  lr: number;
  entry: SweepEntry;
  stale: boolean;
}

/** What the chart plots per α. */
export type SweepMetric = 'final' | 'best' | 'steps';

export const SWEEP_METRICS: readonly SweepMetric[] = ['final', 'best', 'steps'];

/** A metric's name in the select, in the language shown. */
export function sweepMetricLabel(metric: SweepMetric): string {
  return metric === 'final'
    ? t('sweep.metricFinal')
    : metric === 'best'
      ? t('sweep.metricBest')
      : t('sweep.metricSteps');
}

/** Room for value ticks on the left and α ticks below; a little above for the top tick's label. */
export const SWEEP_MARGIN = { top: 8, right: 14, bottom: 20, left: 46 } as const;

/**
 * The y axis: a loss axis of the loss chart (log f − f*, or symlog f), or linear steps. `label`
 * names it in words ("final f − f*"), `symbol` is the loss chart's symbol alone ("f − f*").
 */
export type SweepAxis =
  | (ChartAxisSpec & { metric: 'final' | 'best'; symbol: string })
  | { metric: 'steps'; kind: 'linear'; label: string; steps: number };

/** The axis of a metric; steps need a known minimum f* (else there is no tolerance to reach). */
export function sweepAxis(metric: SweepMetric, fMin: number | null, steps: number): SweepAxis {
  if (metric === 'steps') {
    return { metric, kind: 'linear', label: t('sweep.axisSteps'), steps };
  }
  const spec = chartAxis('loss', fMin);
  const label =
    metric === 'final'
      ? t('sweep.axisFinal', { label: spec.label })
      : t('sweep.axisBest', { label: spec.label });
  return { ...spec, metric, symbol: spec.label, label };
}

/** The value of a point on a metric's axis, or null where it has none (diverged, not reached). */
export function metricValue(point: SweepPoint | undefined, metric: SweepMetric): number | null {
  if (!point || point.divergedAt !== null) return null;
  if (metric === 'steps') return point.stepsToTolerance;
  const v = metric === 'final' ? point.finalLoss : point.bestLoss;
  return Number.isFinite(v) ? v : null;
}

export interface SweepGeometry {
  width: number;
  height: number;
  plotWidth: number;
  plotHeight: number;
  axis: SweepAxis;
  /** The y domain in plotted units (after offset and floor). */
  domain: [number, number];
  /** α → x pixel (log). */
  x: (lr: number) => number;
  /** x pixel → α, clamped to the grid's range. */
  lrAt: (px: number) => number;
  /** Raw metric value → y pixel. */
  y: (value: number) => number;
  /** Plotted value → y pixel, for ticks. */
  yPlotted: (value: number) => number;
}

/** The y domain over the values of every line shown. */
export function sweepDomain(
  axis: SweepAxis,
  lines: readonly (readonly (SweepPoint | undefined)[])[],
): [number, number] {
  if (axis.kind === 'linear') return [0, Math.max(1, axis.steps)];
  const values: number[] = [];
  for (const points of lines) {
    for (const p of points) {
      const v = metricValue(p, axis.metric);
      if (v !== null) values.push(v);
    }
  }
  return chartDomain(axis, [{ values, indices: values.map((_, i) => i) }]);
}

export function sweepGeometry(
  width: number,
  height: number,
  axis: SweepAxis,
  domain: [number, number],
): SweepGeometry {
  const { plotWidth, plotHeight } = plotArea(width, height, SWEEP_MARGIN);
  const x = scaleLog().domain([SWEEP_LR_MIN, SWEEP_LR_MAX]).range([0, plotWidth]).clamp(true);
  const yPlotted =
    axis.kind === 'linear'
      ? linearMap(domain, [plotHeight, 0])
      : chartYScale(axis, domain, [plotHeight, 0]);
  return {
    width,
    height,
    plotWidth,
    plotHeight,
    axis,
    domain,
    x: (lr) => x(lr),
    lrAt: (px) => x.invert(Math.max(0, Math.min(plotWidth, px))),
    y: (value) => yPlotted(axis.kind === 'linear' ? value : plotted(axis, value)),
    yPlotted,
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A run's line as an SVG path: consecutive α with values are joined; an α without one (not yet
 * computed, diverged, tolerance not reached) breaks the line. A lone point is a zero-length
 * segment, which the round line cap draws as a dot. Also the α where the run diverged.
 */
export function sweepLine(
  points: readonly (SweepPoint | undefined)[],
  lrs: readonly number[],
  geo: Pick<SweepGeometry, 'x' | 'y'>,
  metric: SweepMetric,
): { d: string; diverged: number[] } {
  let d = '';
  let open = false;
  const diverged: number[] = [];
  points.forEach((point, i) => {
    if (point && point.divergedAt !== null) diverged.push(lrs[i]!);
    const v = metricValue(point, metric);
    const y = v === null ? NaN : round(geo.y(v));
    if (Number.isNaN(y)) {
      open = false;
      return;
    }
    const x = round(geo.x(lrs[i]!));
    const after = i + 1 < points.length ? metricValue(points[i + 1], metric) : null;
    const next = after === null || Number.isNaN(geo.y(after)) ? null : after;
    if (open) d += `L${x},${y}`;
    else d += next === null ? `M${x},${y}h0` : `M${x},${y}`;
    open = true;
  });
  return { d, diverged };
}

/**
 * The α a pointer at x pixel sets: the grid's α when within `snapPx` of a grid point (so a click
 * on a point sets exactly the α that was swept there), else α rounded to two significant digits.
 */
export function pickLr(
  px: number,
  geo: Pick<SweepGeometry, 'x' | 'lrAt'>,
  lrs: readonly number[],
  snapPx = 4,
): number {
  let nearest = lrs[0]!;
  for (const lr of lrs) if (Math.abs(geo.x(lr) - px) < Math.abs(geo.x(nearest) - px)) nearest = lr;
  if (Math.abs(geo.x(nearest) - px) <= snapPx) return nearest;
  return Number(geo.lrAt(px).toPrecision(2));
}

/** The grid step in log α: one press of ← or → on the chart moves α by it. */
export function stepLr(lr: number, lrs: readonly number[], direction: 1 | -1): number {
  if (direction > 0) return lrs.find((g) => g > lr * (1 + 1e-9)) ?? lrs[lrs.length - 1]!;
  return [...lrs].reverse().find((g) => g < lr * (1 - 1e-9)) ?? lrs[0]!;
}

/**
 * The diverged α of a sweep as ranges of consecutive grid points, e.g. one range from the
 * first α that diverged to the end of the grid: drawn as a bar along the top with × at its start.
 */
export function divergedRanges(
  points: readonly (SweepPoint | undefined)[],
  lrs: readonly number[],
): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  let open: { from: number; to: number } | null = null;
  points.forEach((point, i) => {
    if (point && point.divergedAt !== null) {
      if (open) open.to = lrs[i]!;
      else ranges.push((open = { from: lrs[i]!, to: lrs[i]! }));
    } else if (point) open = null; // a missing point does not split a range
  });
  return ranges;
}
