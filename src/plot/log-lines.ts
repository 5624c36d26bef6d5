/**
 * Lines on a log-scaled y axis for the Inside tab's per-layer norms (issue 22): the decades that
 * hold the values, their ticks, and an SVG path that leaves a gap where a value cannot be drawn
 * (zero, NaN: softmax regression's ratio at θ = 0), thinned to about two points per pixel.
 */

/** A log axis from 10^lo to 10^hi, lo < hi whole numbers. */
export interface LogDomain {
  readonly lo: number;
  readonly hi: number;
}

/** The whole decades around every finite positive value of `series` and `extra`; 1e-4 … 1 if none. */
export function logDomain(
  series: readonly ArrayLike<number>[],
  extra: readonly number[] = [],
): LogDomain {
  let min = Infinity;
  let max = -Infinity;
  const take = (v: number) => {
    if (v > 0 && Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  };
  for (const values of series) for (let i = 0; i < values.length; i++) take(values[i]!);
  extra.forEach(take);
  if (min === Infinity) return { lo: -4, hi: 0 };
  const lo = Math.floor(Math.log10(min));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(max)) || 0); // no −0
  return { lo, hi };
}

/** The exponents to label: every decade, or every k-th when there are more than `most`. */
export function decadeTicks(domain: LogDomain, most = 6): number[] {
  const span = domain.hi - domain.lo;
  const every = Math.max(1, Math.ceil(span / Math.max(1, most - 1)));
  const ticks: number[] = [];
  for (let e = domain.lo; e <= domain.hi; e += every) ticks.push(e);
  return ticks;
}

/** "1e-3", "0.01", "0.1", "1", "10", "1e+2": short labels of a decade. */
export function decadeLabel(exponent: number): string {
  if (exponent >= -2 && exponent <= 1) return String(10 ** exponent);
  return `1e${exponent > 0 ? '+' : ''}${exponent}`;
}

/**
 * The SVG path through (xs[i], ys[i]) mapped by `x` and `y`, every `stride`-th point (the last
 * always), a new subpath after any value that is not finite and positive.
 */
export function logLinePath(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  x: (v: number) => number,
  y: (v: number) => number,
  stride = 1,
): string {
  const parts: string[] = [];
  let open = false;
  const count = Math.min(xs.length, ys.length);
  const step = Math.max(1, Math.floor(stride));
  for (let i = 0; i < count; i++) {
    if (i % step !== 0 && i !== count - 1) continue;
    const v = ys[i]!;
    if (!(v > 0 && Number.isFinite(v))) {
      open = false;
      continue;
    }
    parts.push(`${open ? 'L' : 'M'}${x(xs[i]!).toFixed(1)} ${y(Math.log10(v)).toFixed(1)}`);
    open = true;
  }
  return parts.join('');
}
