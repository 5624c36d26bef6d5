/**
 * The y axis of the loss, gradient-norm and accuracy charts, without DOM: what is plotted (f −
 * f*, f, ‖∇f‖ or accuracy), on which scale (log, symlog where f has no lower bound, linear 0–100%
 * for accuracy), its domain over the runs shown, its ticks and their labels.
 */
import { scaleLinear, scaleLog, scaleSymlog } from 'd3';
import { clampCoord, clampToLimit, DOMAIN_LIMIT, MAX_TICKS, safeLinearDomain } from './finite';

/** What the chart plots per step. */
export type ChartMeasure = 'loss' | 'gradNorm' | 'accuracy';

/** How the values of a series map onto the y axis. */
export interface ChartAxisSpec {
  /**
   * 'log' for positive quantities; 'symlog' for f where it can be negative without bound;
   * 'percent' for a fraction from 0 to 1 on a fixed linear axis read as 0–100%.
   */
  kind: 'log' | 'symlog' | 'percent';
  /** Axis name, e.g. "f − f*", "f" or "‖∇f‖". */
  label: string;
  /** Subtracted from every value before plotting: f* for "f − f*", else 0. */
  offset: number;
  /**
   * Smallest value drawn on a log axis: a value at or below it (an optimum reached exactly, or
   * f − f* below float resolution) is drawn on it, so the log stays finite.
   */
  floor: number;
}

/** The floor of a log axis: below this, a difference of doubles near 1 is rounding noise. */
export const LOG_FLOOR = 1e-16;

/**
 * The axis for a measure. The loss is plotted as f − f* on a log axis when the problem's global
 * minimum f* is known, so convergence reads as a straight descent whatever f* is; as f itself on
 * a log axis where f* is unknown but f ≥ 0 (a model's cross-entropy: its late decades, 10⁻²
 * against 10⁻³, stay apart); where f is unbounded below (saddles), f goes on a symlog axis.
 *
 * @example chartAxis('loss', -1.03) // → { kind: 'log', label: 'f − f*', offset: -1.03, floor: ~1e-16 }
 * @example chartAxis('loss', null, 0) // → { kind: 'log', label: 'f', offset: 0, floor: 1e-16 }
 */
export function chartAxis(
  measure: ChartMeasure,
  fMin: number | null,
  fLowerBound?: number,
): ChartAxisSpec {
  // Always the whole 0–100% range, so runs and scenarios compare at a glance.
  if (measure === 'accuracy')
    return { kind: 'percent', label: 'accuracy', offset: 0, floor: -Infinity };
  if (measure === 'gradNorm') return { kind: 'log', label: '‖∇f‖', offset: 0, floor: LOG_FLOOR };
  if (fMin === null || !Number.isFinite(fMin)) {
    if (fLowerBound === 0) return { kind: 'log', label: 'f', offset: 0, floor: LOG_FLOOR };
    return { kind: 'symlog', label: 'f', offset: 0, floor: -Infinity };
  }
  // f near f* is known to about one ulp of |f*|, so the floor scales with it.
  return {
    kind: 'log',
    label: 'f − f*',
    offset: fMin,
    floor: Math.max(LOG_FLOOR, 4 * Number.EPSILON * Math.abs(fMin)),
  };
}

/**
 * The value drawn for a raw value v: v − offset, clamped at the floor on a log axis. A finite v
 * gives a finite value within ±DOMAIN_LIMIT (v − offset can overflow for huge v); a non-finite v
 * gives NaN, which every scale maps to NaN and every drawing skips.
 */
export function plotted(spec: ChartAxisSpec, v: number): number {
  if (!Number.isFinite(v)) return NaN;
  const y = clampToLimit(v - spec.offset);
  return spec.kind === 'log' ? (y > spec.floor ? y : spec.floor) : y;
}

/** Symlog's linear zone: |f| below this reads linearly around 0 (d3.scaleSymlog's constant). */
export const SYMLOG_CONSTANT = 1;

/**
 * The y domain over the plotted values of every series shown, widened to whole decades on a
 * log axis (so the ends carry labelled ticks) and to the next power of ten on a symlog axis.
 * With no values, a placeholder domain; a single value gets a decade either side. Only finite
 * values count, and the domain stays within ±DOMAIN_LIMIT: always finite and of positive width.
 */
export function chartDomain(
  spec: ChartAxisSpec,
  series: readonly { values: ArrayLike<number>; indices: ArrayLike<number> }[],
  options: { tight?: boolean } = {},
): [number, number] {
  if (spec.kind === 'percent') return [0, 1];
  let lo = Infinity;
  let hi = -Infinity;
  for (const { values, indices } of series) {
    const [low, high] = extent(spec, values, indices);
    if (low < lo) lo = low;
    if (high > hi) hi = high;
  }
  if (spec.kind === 'log') {
    if (lo > hi) return [1e-3, 1e1];
    // `tight`: values within a factor of TIGHT_SPAN keep their own narrow domain, padded, so
    // lines that differ by 1% (λmax = 4 between limits 3.96 and 4.04) are not drawn as one.
    if (options.tight && lo > 0 && hi / lo < TIGHT_SPAN) {
      const pad = Math.max(1.02, (hi / lo) ** 0.1);
      return safeDomain(spec, [lo / pad, hi * pad]);
    }
    let a = Math.floor(Math.log10(lo) + 1e-9);
    let b = Math.ceil(Math.log10(hi) - 1e-9);
    if (a === b) {
      a -= 1;
      b += 1;
    }
    return [10 ** Math.max(a, -LOG_LIMIT), 10 ** Math.min(b, LOG_LIMIT)];
  }
  if (lo > hi) return [-10, 10];
  const lo2 = -niceDecade(-lo) || 0; // no −0
  const hi2 = niceDecade(hi);
  // One value at ±10³⁰⁰ has no room for ±1 left: widened within the limit instead.
  return safeLinearDomain(lo2 === hi2 ? [lo2 - 1, hi2 + 1] : [lo2, hi2]);
}

/**
 * The plotted values' extent over a series' kept points, cached by its `indices` (the
 * decimation's cache keeps the array of a run that did not change, src/plot/chart-series.ts):
 * a slider input then scans the one run it changed, not every run shown (issue 17).
 */
const extents = new WeakMap<
  object,
  { spec: ChartAxisSpec; values: ArrayLike<number>; extent: [number, number] }
>();

function extent(
  spec: ChartAxisSpec,
  values: ArrayLike<number>,
  indices: ArrayLike<number>,
): [number, number] {
  const cached = extents.get(indices);
  if (
    cached &&
    cached.values === values &&
    cached.spec.kind === spec.kind &&
    cached.spec.offset === spec.offset &&
    cached.spec.floor === spec.floor
  )
    return cached.extent;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < indices.length; k++) {
    const v = plotted(spec, values[indices[k]!]!);
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const result: [number, number] = [lo, hi];
  extents.set(indices, { spec, values, extent: result });
  return result;
}

/** A `tight` log domain is kept within a factor of this (chartDomain); wider ones snap to decades. */
const TIGHT_SPAN = 5;

/** Decades of a log or symlog domain reach no further than 10^±this (DOMAIN_LIMIT). */
const LOG_LIMIT = Math.round(Math.log10(DOMAIN_LIMIT));

/** The smallest of 0 and ±10^k (0 ≤ k ≤ LOG_LIMIT) at or above v. */
function niceDecade(v: number): number {
  if (v <= 0) {
    if (v > -SYMLOG_CONSTANT) return 0;
    return -(10 ** Math.floor(Math.log10(-v) + 1e-9));
  }
  if (v <= SYMLOG_CONSTANT) return SYMLOG_CONSTANT;
  return 10 ** Math.min(LOG_LIMIT, Math.ceil(Math.log10(v) - 1e-9));
}

/**
 * A domain of an axis made usable whatever a caller passes: on a log axis, ends positive and
 * within 10^±LOG_LIMIT; otherwise finite within ±DOMAIN_LIMIT; ascending, of positive width.
 */
export function safeDomain(
  spec: Pick<ChartAxisSpec, 'kind'>,
  domain: readonly [number, number],
): [number, number] {
  if (spec.kind !== 'log')
    return safeLinearDomain(domain, spec.kind === 'percent' ? [0, 1] : [-10, 10]);
  const min = 10 ** -LOG_LIMIT;
  const max = 10 ** LOG_LIMIT;
  const end = (v: number, fallback: number) =>
    Number.isNaN(v) ? fallback : Math.min(max, Math.max(min, v));
  let a = end(domain[0], 1e-3);
  let b = end(domain[1], 10);
  if (a > b) [a, b] = [b, a];
  // At least a factor of 10 apart in exponent resolution: a log domain of one value is degenerate.
  if (!(b > a * (1 + 1e-9))) return a * 10 <= max ? [a, a * 10] : [b / 10, b];
  return [a, b];
}

/**
 * Tick values for a y domain: powers of ten (every decade, or every k-th when there are more
 * decades than fit in `maxTicks`) on a log axis, nice linear ticks on one narrower than that; 0 and ±powers of ten on a symlog axis. At most
 * about `maxTicks` (and MAX_TICKS) whatever the domain: a non-finite domain is made safe first.
 */
export function chartTicks(
  spec: ChartAxisSpec,
  unsafeDomain: readonly [number, number],
  maxTicks: number,
): number[] {
  const limit = Number.isFinite(maxTicks)
    ? Math.max(2, Math.min(MAX_TICKS, Math.floor(maxTicks)))
    : 2;
  const domain = safeDomain(spec, unsafeDomain);
  if (spec.kind === 'percent') {
    // Every 25% when there is room for five ticks, else every 50%.
    const stride = limit >= 5 ? 0.25 : 0.5;
    const ticks: number[] = [];
    for (let k = 0; k * stride <= 1 + 1e-9; k++) ticks.push(+(k * stride).toFixed(2));
    return ticks.filter((t) => t >= domain[0] - 1e-9 && t <= domain[1] + 1e-9);
  }
  if (spec.kind === 'log') {
    // A domain holding fewer than two powers of ten (a tight one): evenly spaced nice ticks.
    // d3's count is a hint: asked for fewer until there are at most `limit`.
    if (Math.floor(Math.log10(domain[1])) - Math.ceil(Math.log10(domain[0])) < 1) {
      for (let count = Math.min(limit, 5); count > 1; count--) {
        const ticks = scaleLinear().domain(domain).ticks(count);
        if (ticks.length <= Math.min(limit, 5)) return ticks;
      }
      return [domain[0], domain[1]];
    }
    const a = Math.round(Math.log10(domain[0]));
    const b = Math.round(Math.log10(domain[1]));
    const stride = Math.max(1, Math.ceil((b - a) / (limit - 1)));
    const ticks: number[] = [];
    // Anchored on 10⁰ so the same decades are labelled whatever the domain's ends.
    for (let e = Math.ceil(a / stride) * stride; e <= b; e += stride) ticks.push(10 ** e);
    return ticks;
  }
  // Symlog: 0 and ±10^k out to the ends, thinned by exponent stride.
  const exponents = (v: number) => (Math.abs(v) >= 1 ? Math.round(Math.log10(Math.abs(v))) : -1);
  const top = exponents(domain[1]);
  const bottom = exponents(domain[0]);
  const count = (domain[1] > 0 ? top + 1 : 0) + (domain[0] < 0 ? bottom + 1 : 0) + 1;
  const stride = Math.max(1, Math.ceil(count / limit));
  const ticks: number[] = [0];
  for (let e = 0; e <= Math.max(top, bottom); e += stride) {
    if (domain[1] >= 10 ** e) ticks.push(10 ** e);
    if (domain[0] <= -(10 ** e)) ticks.unshift(-(10 ** e));
  }
  return ticks;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * A tick label: plain numbers from 0.01 to 1000, 10ⁿ beyond (legible at a glance on a
 * projector), a true minus sign.
 *
 * @example formatTick(1e-6) // → "10⁻⁶"
 */
export function formatTick(v: number): string {
  if (!Number.isFinite(v)) return formatNonFinite(v);
  if (v === 0) return '0';
  const sign = v < 0 ? '−' : '';
  const abs = Math.abs(v);
  const e = Math.round(Math.log10(abs));
  if (Math.abs(abs - 10 ** e) <= 1e-9 * abs && (e < -2 || e > 3)) {
    return `${sign}10${String(e).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;
  }
  return sign + String(+abs.toPrecision(6));
}

/**
 * A value as its axis labels it: a percentage on a percent axis ("75%"), else formatTick.
 *
 * @example formatAxisValue(chartAxis('accuracy', null), 0.5) // → "50%"
 */
export function formatAxisValue(spec: ChartAxisSpec, v: number): string {
  if (!Number.isFinite(v)) return formatNonFinite(v);
  return spec.kind === 'percent' ? `${+(v * 100).toFixed(1)}%` : formatTick(v);
}

/**
 * A read-out of a plotted value: a percentage with one decimal on a percent axis ("96.5%"),
 * else formatReading of the value less the axis offset.
 *
 * @example formatAxisReading(chartAxis('accuracy', null), 0.965) // → "96.5%"
 */
export function formatAxisReading(spec: ChartAxisSpec, v: number): string {
  // A value that is not a number reads as such: "—" is for a value that is not there.
  if (Number.isNaN(v) && spec.kind !== 'percent') return 'NaN';
  if (spec.kind !== 'percent') return formatReading(v - spec.offset);
  return Number.isFinite(v) ? `${(Math.round(v * 1000) / 10).toFixed(1)}%` : '—';
}

/** ∞, −∞ or NaN as a label: a true minus sign, legible on a projector. */
export function formatNonFinite(v: number): string {
  return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';
}

/**
 * A step count for the x axis: 1,500 as "1.5k", 1,000,000 as "1M".
 *
 * @example formatStep(250000) // → "250k"
 */
export function formatStep(step: number): string {
  const abs = Math.abs(step);
  if (abs >= 1e6) return `${+(step / 1e6).toPrecision(4)}M`;
  if (abs >= 1e4 || (abs >= 1e3 && step % 100 === 0)) return `${+(step / 1e3).toPrecision(4)}k`;
  return String(step);
}

/**
 * A value in a read-out: 3 significant digits, exponent form outside [0.001, 10⁵), a true minus.
 *
 * @example formatReading(0.000123) // → "1.23e−4"
 */
export function formatReading(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '—' : v > 0 ? '∞' : '−∞';
  const abs = Math.abs(v);
  const text =
    abs !== 0 && (abs < 1e-3 || abs >= 1e5)
      ? v.toExponential(2).replace(/e\+?/, 'e')
      : String(+v.toPrecision(3));
  return text.replace(/-/g, '−');
}

/**
 * The d3 y scale of an axis over a pixel range, taking plotted values (see `plotted`): a finite
 * value maps to a finite coordinate (within ±COORD_LIMIT pixels), a non-finite one to NaN, which
 * drawings skip. The domain is made safe first (see safeDomain).
 *
 * @example chartYScale(spec, [1e-6, 1], [200, 0])(1e-3) // → 100
 */
export function chartYScale(
  spec: ChartAxisSpec,
  unsafeDomain: readonly [number, number],
  range: readonly [number, number],
): (v: number) => number {
  const domain = safeDomain(spec, unsafeDomain);
  const scale =
    spec.kind === 'log'
      ? scaleLog().domain(domain).range(range)
      : spec.kind === 'percent'
        ? scaleLinear().domain(domain).range(range)
        : scaleSymlog().constant(SYMLOG_CONSTANT).domain(domain).range(range);
  return (v) => {
    if (!Number.isFinite(v)) return NaN;
    // 0 or less has no logarithm: it sits far below the bottom, where the clamp holds it.
    const y = scale(spec.kind === 'log' && !(v > 0) ? Number.MIN_VALUE : v);
    return Number.isFinite(y) ? clampCoord(y) : NaN;
  };
}

/**
 * Ticks thinned so their labels are at least `minGap` pixels apart: 0 is kept first, then the
 * largest magnitudes (the ends of the axis), then the rest, each only if it clears every kept
 * one. Returned in ascending order. On a symlog axis 0 and ±1 sit close together; this keeps 0.
 *
 * @example spacedTicks([-1, 0, 1, 10], (v) => -v * 5, 12) // → [0, 10]
 */
export function spacedTicks(
  ticks: readonly number[],
  toPixel: (v: number) => number,
  minGap: number,
): number[] {
  const order = [...ticks].sort((a, b) => (a === 0 ? -1 : b === 0 ? 1 : Math.abs(b) - Math.abs(a)));
  const kept: { v: number; px: number }[] = [];
  for (const v of order) {
    const px = toPixel(v);
    if (!Number.isFinite(px)) continue;
    if (kept.every((k) => Math.abs(k.px - px) >= minGap)) kept.push({ v, px });
  }
  return kept.map((k) => k.v).sort((a, b) => a - b);
}
