/**
 * Scales over data that may hold ±∞, NaN and huge-but-finite values (issue 23, class 8), without
 * DOM. A formula like `1/0` or `1.7976931348623157e308` gives such values; every domain is
 * computed from the finite ones only and kept finite and non-degenerate here, so that widths,
 * logarithms, tick counts and pixel positions derived from it are finite too.
 */
import { ticks as d3Ticks } from 'd3';

/**
 * The largest magnitude a domain reaches: far enough from Number.MAX_VALUE that a domain's
 * width (up to 2·10³⁰⁰), its next power of ten and a range times a position stay finite.
 */
export const DOMAIN_LIMIT = 1e300;

/**
 * The smallest width of a linear domain: d3's tick step is 10^−k for a width near 10^−k, and
 * 10^−k must stay finite (it overflows past k = 308, which subnormal widths reach).
 */
export const MIN_SPAN = 1e-200;

/** Widths below this fraction of the domain's magnitude are rounding noise, not a range. */
const MIN_RELATIVE_SPAN = 1e-9;

/** Screen coordinates are clamped to ±this many pixels: SVG renderers stay exact within it. */
export const COORD_LIMIT = 1e6;

/** At most this many ticks from any tick generator, whatever it is asked for. */
export const MAX_TICKS = 50;

/**
 * v clamped to ±DOMAIN_LIMIT; NaN stays NaN (callers skip it).
 *
 * @example clampToLimit(Infinity) // → 1e300
 */
export function clampToLimit(v: number): number {
  return v > DOMAIN_LIMIT ? DOMAIN_LIMIT : v < -DOMAIN_LIMIT ? -DOMAIN_LIMIT : v;
}

/**
 * A pixel coordinate clamped to ±COORD_LIMIT; NaN stays NaN, so a caller can tell a point that
 * cannot be placed from one far off the plot.
 */
export function clampCoord(v: number): number {
  return v > COORD_LIMIT ? COORD_LIMIT : v < -COORD_LIMIT ? -COORD_LIMIT : v;
}

/**
 * The smallest and largest finite values of `values` (at `indices` when given), or null when
 * there is none. A loop: spreading a long array into Math.min overflows the stack.
 */
export function finiteExtent(
  values: ArrayLike<number>,
  indices?: ArrayLike<number>,
): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const n = indices ? indices.length : values.length;
  for (let k = 0; k < n; k++) {
    const v = values[indices ? indices[k]! : k]!;
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * A linear domain that every scale and tick generator can use: ends finite and within
 * ±DOMAIN_LIMIT, ascending, and wider than both MIN_SPAN and a small fraction of its magnitude
 * (a degenerate or too-narrow domain is widened about its centre). Non-finite ends fall back to
 * `fallback`.
 *
 * @example safeLinearDomain([2, 2]) // → [1, 3]
 * @example safeLinearDomain([0, Infinity]) // → [0, 1e300]
 */
export function safeLinearDomain(
  domain: readonly [number, number],
  fallback: readonly [number, number] = [0, 1],
): [number, number] {
  let a = Number.isNaN(domain[0]) ? fallback[0] : clampToLimit(domain[0]);
  let b = Number.isNaN(domain[1]) ? fallback[1] : clampToLimit(domain[1]);
  if (a > b) [a, b] = [b, a];
  const magnitude = Math.max(Math.abs(a), Math.abs(b));
  const minWidth = Math.max(MIN_SPAN, magnitude * MIN_RELATIVE_SPAN);
  if (b - a >= minWidth) return [a, b];
  // Widen about the centre (halves first: a + b can overflow), keeping within the limit.
  const centre = a / 2 + b / 2;
  const half = magnitude === 0 ? 1 : Math.max(minWidth, magnitude * 1e-6);
  let lo = centre - half;
  let hi = centre + half;
  if (hi > DOMAIN_LIMIT) [lo, hi] = [DOMAIN_LIMIT - 2 * half, DOMAIN_LIMIT];
  if (lo < -DOMAIN_LIMIT) [lo, hi] = [-DOMAIN_LIMIT, -DOMAIN_LIMIT + 2 * half];
  return [lo, hi];
}

/**
 * d3's linear ticks over a domain made safe first, at most MAX_TICKS of them and never more
 * than about twice `count`. Where d3.ticks would loop or allocate by the domain's width, this
 * is bounded whatever the domain holds.
 *
 * @example linearTicks([0, 1], 5) // → [0, 0.2, 0.4, 0.6, 0.8, 1]
 */
export function linearTicks(domain: readonly [number, number], count: number): number[] {
  const n = Number.isFinite(count) ? Math.max(1, Math.min(MAX_TICKS, Math.round(count))) : 5;
  const [a, b] = safeLinearDomain(domain);
  const raw = d3Ticks(a, b, n).filter(Number.isFinite);
  if (raw.length <= MAX_TICKS) return raw;
  const stride = Math.ceil(raw.length / MAX_TICKS);
  return raw.filter((_, i) => i % stride === 0);
}

/**
 * A linear value → coordinate map over a safe domain: finite for every finite value (clamped to
 * ±COORD_LIMIT), NaN for a non-finite one so that callers skip it.
 *
 * @example linearMap([0, 10], [100, 0])(5) // → 50
 */
export function linearMap(
  domain: readonly [number, number],
  range: readonly [number, number],
): (v: number) => number {
  const [d0, d1] = safeLinearDomain(domain);
  const [r0, r1] = range;
  return (v) => {
    if (!Number.isFinite(v)) return NaN;
    // Positions first, each term finite: (v − d0) can overflow for v and d0 of opposite signs.
    const t = (v / 2 - d0 / 2) / (d1 / 2 - d0 / 2);
    return clampCoord(r0 + (r1 - r0) * clampCoord(t));
  };
}
