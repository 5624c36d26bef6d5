/**
 * Pure geometry of the schedule plots: lr(t) in the editor (linear y from 0, the shape people
 * know from the PyTorch docs), the card's sparkline, and the lr strip under the loss chart (log
 * y, as runs' lrs differ by orders of magnitude). No DOM: numbers in, path strings out.
 */

import { clampCoord, clampToLimit, DOMAIN_LIMIT } from '../../plot/finite';

/** A point of a plotted series: step and value. */
export type SeriesPoint = readonly [step: number, value: number];

/**
 * The points to draw of `values[0…count−1]`, at most about `2·buckets`: every point when there
 * are few, else each bucket's lowest and highest in the order they occur, so that a step drop or
 * the one-cycle peak keeps its full height at any width.
 */
export function decimate(values: ArrayLike<number>, buckets: number): SeriesPoint[] {
  const n = values.length;
  const size = Math.max(1, Math.floor(buckets));
  if (n <= 2 * size) return Array.from({ length: n }, (_, k) => [k, values[k]!] as const);
  const points: SeriesPoint[] = [];
  for (let b = 0; b < size; b++) {
    const from = Math.floor((b * n) / size);
    const to = Math.floor(((b + 1) * n) / size);
    let lo = from;
    let hi = from;
    for (let k = from + 1; k < to; k++) {
      if (values[k]! < values[lo]!) lo = k;
      if (values[k]! > values[hi]!) hi = k;
    }
    const first = Math.min(lo, hi);
    const last = Math.max(lo, hi);
    points.push([first, values[first]!]);
    if (last !== first) points.push([last, values[last]!]);
  }
  return points;
}

/** An SVG path through the points, skipping (breaking at) values the scale cannot place. */
export function linePath(
  points: readonly SeriesPoint[],
  x: (step: number) => number,
  y: (value: number) => number | null,
): string {
  let d = '';
  let pen = false;
  for (const [step, value] of points) {
    const py = y(value);
    if (py === null || !Number.isFinite(py)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round(x(step))},${round(py)}`;
    pen = true;
  }
  return d;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** The largest finite value of the series, or 0. */
export function maxOf(series: readonly ArrayLike<number>[]): number {
  let max = 0;
  for (const values of series)
    for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      if (Number.isFinite(v) && v > max) max = v;
    }
  return max;
}

/**
 * A linear value → pixel scale from 0 (at `bottom`) to `max` (at `top`), finite for every finite
 * value (the position is taken first: (top − bottom)·v overflows for v near 1.8e308).
 */
export function linearY(max: number, bottom: number, top: number): (v: number) => number {
  const hi = max > 0 && Number.isFinite(max) ? max : 1;
  return (v) => bottom + (top - bottom) * clampCoord(v / hi);
}

/** How far below the largest lr the log axis reaches: an lr annealed to 0 dives to the floor. */
export const LOG_SPAN = 1e-5;

/**
 * The log axis of the lr strip: whole decades around every positive finite value, no deeper
 * than LOG_SPAN below the largest (a cosine to etaMin 0 would otherwise stretch it without
 * end), at least one decade tall. Null when there is nothing positive to show.
 *
 * @example logDomain([[0.1, 0.05, 0.001]]) // → [1e-3, 1e-1]
 */
export function logDomain(series: readonly ArrayLike<number>[]): [number, number] | null {
  let lo = Infinity;
  let hi = 0;
  for (const values of series)
    for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      if (!(v > 0) || !Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  if (!(hi > 0)) return null;
  // Whole decades of values near Number.MAX_VALUE would end at 10³⁰⁹ = ∞.
  // Subnormal ones at 10⁻³²⁴ = 0: both ends stay within 10^±300.
  hi = Math.max(1 / DOMAIN_LIMIT, clampToLimit(hi));
  lo = Math.max(Math.min(lo, hi), hi * LOG_SPAN, 1 / DOMAIN_LIMIT);
  // A little tolerance, so 0.1 (stored as 0.1000…01) is its own decade's top, not the next one's.
  const top = Math.ceil(Math.log10(hi) - 1e-9);
  let bottom = Math.floor(Math.log10(lo) + 1e-9);
  if (bottom >= top) bottom = top - 1;
  return [10 ** bottom, 10 ** top];
}

/**
 * A log value → pixel scale over `domain`; values at or below the domain's bottom (an lr of 0)
 * sit on the bottom edge rather than vanish.
 */
export function logY(
  domain: readonly [number, number],
  bottom: number,
  top: number,
): (v: number) => number | null {
  const l0 = Math.log10(domain[0]);
  const span = Math.log10(domain[1]) - l0 || 1;
  return (v) => {
    if (Number.isNaN(v) || v === Infinity) return null;
    const t = v > domain[0] ? (Math.log10(v) - l0) / span : 0;
    return bottom + (top - bottom) * Math.min(1, t);
  };
}

/** A linear step → pixel scale from step 0 to `steps`. */
export function stepX(steps: number, width: number, left = 0): (step: number) => number {
  const span = Math.max(1, steps);
  return (step) => left + (width * step) / span;
}

/**
 * A sparkline of lr(t): `values` over a `width`×`height` box, 0 at the bottom, the largest value
 * a pixel under the top so the 1.5 px stroke is not cut.
 */
export function sparklinePath(values: ArrayLike<number>, width: number, height: number): string {
  const inset = 1;
  return linePath(
    decimate(values, width),
    stepX(Math.max(1, values.length - 1), width),
    linearY(maxOf([values]), height - inset, inset),
  );
}

/** The smallest and largest finite values (a loop: spreading a long array overflows the stack). */
export function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [0, 0];
}
