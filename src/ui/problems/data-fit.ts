/**
 * Pure pieces of the data panel: the fitted line a run has reached at a step, its equation as
 * text, the mini-batch sizes offered, and where the legend goes so it does not cover the points.
 */
import { scaleLinear } from 'd3';
import { clampToLimit, safeLinearDomain } from '../../plot/finite';
import { LINEAR_X_RANGE } from '../../core/problems/linear-regression';
import type { RunResult } from '../../core/run';
import { t } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)
import { BATCH_SIZES } from './batch-sizes';

const MINUS = '−';

/** A coefficient with two decimals, or short exponent form when that would hide it (|v| ≥ 1000 or tiny). */
export function formatCoefficient(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  const abs = Math.abs(value);
  let text =
    abs !== 0 && (abs >= 1000 || abs < 0.005)
      ? abs.toExponential(1).replace('e+', 'e')
      : abs.toFixed(2);
  if (text === '0.00') text = '0';
  return value < 0 && text !== '0' ? MINUS + text : text;
}

/** The line y = w·x + b as read aloud in class: "y = 1.93x + 1.12", "y = −0.50x − 2.00". */
export function formatLine(w: number, b: number): string {
  const slope = formatCoefficient(w);
  const intercept = formatCoefficient(Math.abs(b));
  const sign = b < 0 && intercept !== '0' ? MINUS : '+';
  return `y = ${slope}x ${sign} ${intercept}`;
}

/** The (w, b) a run holds at a step. */
export interface FittedLine {
  w: number;
  b: number;
  /** The step whose point this is: the cursor step, or the last valid one of a diverged run. */
  step: number;
  /** True when the cursor is past the run's last valid point (the run diverged before it). */
  clamped: boolean;
}

/**
 * The run's parameters at the cursor step, or null when the run has no 2-parameter point. A run
 * that diverged before the cursor shows its last valid point rather than nothing.
 */
export function fittedLineAt(result: RunResult, cursor: number): FittedLine | null {
  if (result.dim !== 2) return null;
  const points = Math.floor(result.trajectory.length / 2);
  if (points === 0) return null;
  const wanted = Math.max(0, Math.round(Number.isFinite(cursor) ? cursor : 0));
  const step = Math.min(wanted, points - 1);
  return {
    w: result.trajectory[2 * step]!,
    b: result.trajectory[2 * step + 1]!,
    step,
    clamped: wanted > points - 1,
  };
}

/** An entry of the mini-batch select: a size, or undefined for the full batch. */
export interface BatchOption {
  value: number | undefined;
  label: string;
}

/**
 * The select's entries for a dataset of n points: full batch first, then the offered sizes that
 * are smaller than n (validation takes 1…n, and n itself is the full batch), plus the current
 * size if a link set another one, so the select always shows what is in effect.
 */
export function batchOptions(n: number, current: number | undefined): BatchOption[] {
  const sizes = new Set(BATCH_SIZES.filter((size) => size < n));
  if (current !== undefined && current < n) sizes.add(current);
  return [
    { value: undefined, label: t('data.fullBatch', { n }) },
    ...[...sizes]
      .sort((a, b) => a - b)
      .map((size) => ({
        value: size,
        label: size === 1 ? t('data.sgd') : t('data.miniBatch', { size }),
      })),
  ];
}

/** A segment in data coordinates. */
export type Segment = readonly [x0: number, y0: number, x1: number, y1: number];

/**
 * The part of the line y = w·x + b inside the box x ∈ [x0, x1], y ∈ [y0, y1], or null when the
 * line misses the box (an early or diverging fit far off the data). Clipping here rather than
 * with an SVG clip path keeps huge coordinates out of the DOM.
 */
export function clipLine(
  w: number,
  b: number,
  [x0, x1]: readonly [number, number],
  [y0, y1]: readonly [number, number],
): Segment | null {
  if (!Number.isFinite(w) || !Number.isFinite(b)) return null;
  if (w === 0) return b >= y0 && b <= y1 ? [x0, b, x1, b] : null;
  // x where the line crosses the box's bottom and top, ordered along x.
  const xa = (y0 - b) / w;
  const xb = (y1 - b) / w;
  const lo = Math.max(x0, Math.min(xa, xb));
  const hi = Math.min(x1, Math.max(xa, xb));
  if (!(lo <= hi)) return null;
  return [lo, w * lo + b, hi, w * hi + b];
}

/** The scatter's window: x over the data's range, y over the points' extent, padded and rounded. */
export function dataDomains(ys: ArrayLike<number>): {
  x: [number, number];
  y: [number, number];
} {
  const [x0, x1] = LINEAR_X_RANGE;
  const padX = (x1 - x0) * 0.03;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < ys.length; i++) {
    // Finite values only, within ±DOMAIN_LIMIT: a span near 1.8e308 would overflow to ∞.
    const y = clampToLimit(ys[i]!);
    if (!Number.isFinite(y)) continue;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
  }
  if (!(yMin <= yMax)) return { x: [x0 - padX, x1 + padX], y: [0, 1] };
  const padY = (yMax - yMin) * 0.06 || 1;
  const y = safeLinearDomain(
    scaleLinear()
      .domain(safeLinearDomain([yMin - padY, yMax + padY]))
      .nice()
      .domain() as [number, number],
  );
  return { x: [x0 - padX, x1 + padX], y };
}

/** Where the line y = w·x + b passes the box when it misses it: above or below (at the box's middle x). */
export function sideOfBox(
  w: number,
  b: number,
  [x0, x1]: readonly [number, number],
  [y0, y1]: readonly [number, number],
): 'above' | 'below' | 'inside' {
  if (clipLine(w, b, [x0, x1], [y0, y1])) return 'inside';
  const y = w * ((x0 + x1) / 2) + b;
  return y > y1 || Number.isNaN(y) ? 'above' : y < y0 ? 'below' : 'inside';
}
