/**
 * Contour levels and colours of a loss surface (docs/functions.md, "The colour-level rule"): logarithmic in
 * f − f_min (+ a small offset) where f spans orders of magnitude, linear otherwise, and a
 * symmetric log scale around 0 with a diverging map for functions unbounded below. Pure.
 */
import { interpolateRgb } from 'd3';
import { clampToLimit } from './finite';
import { rdBu, viridis } from './ramps';

export type LevelScale = 'log' | 'linear' | 'symlog';

export interface ContourLevels {
  scale: LevelScale;
  /** Ascending thresholds; band i lies between thresholds[i − 1] and thresholds[i]. */
  thresholds: number[];
  /** thresholds.length + 1 colours: below the first threshold, each band, above the last. */
  colors: string[];
}

/** f spanning more than this ratio above its minimum is drawn on a log scale. */
const DECADES_FOR_LOG = 100;

/** The colour of a position that is not a number (a value NaN): a neutral grey, in no band. */
export const NO_VALUE_COLOR = '#9e9e9e';

/**
 * Viridis (perceptually uniform, colour-blind safe) mixed 30 % with white: lightness stays
 * monotonic, and dark trajectory lines with white halos stand out on every band. t outside
 * 0 … 1 (±∞ too) takes the nearer end; NaN takes NO_VALUE_COLOR.
 */
export function sequentialColor(t: number): string {
  if (Number.isNaN(t)) return NO_VALUE_COLOR;
  return interpolateRgb(viridis(Math.min(1, Math.max(0, t))), '#ffffff')(0.3);
}

/** A diverging map (blue below 0, red above), softened the same way; NaN as sequentialColor. */
export function divergingColor(t: number): string {
  if (Number.isNaN(t)) return NO_VALUE_COLOR;
  return interpolateRgb(rdBu(1 - Math.min(1, Math.max(0, t))), '#ffffff')(0.15);
}

/**
 * Levels for values in [min, max]. `fMin` is the problem's known global minimum (null when f is
 * unbounded below); `count` is the number of thresholds.
 */
export function contourLevels(
  min: number,
  max: number,
  fMin: number | null,
  count = 24,
): ContourLevels {
  // Huge-but-finite values (1.79e308) would overflow max − min: the levels span ±DOMAIN_LIMIT.
  [min, max] = [clampToLimit(min), clampToLimit(max)];
  if (fMin !== null) fMin = clampToLimit(fMin);
  count = Number.isFinite(count) ? Math.max(1, Math.min(256, Math.floor(count))) : 24;
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) {
    const level = Number.isFinite(min) ? min : 0;
    return {
      scale: 'linear',
      thresholds: [level],
      colors: [sequentialColor(0), sequentialColor(1)],
    };
  }
  if (fMin === null && min < 0 && max > 0) return symlogLevels(min, max, count);

  const base = fMin !== null ? Math.min(fMin, min) : min;
  const span = max - base;
  // The offset keeps log(f − base) finite at the minimum; 1e-4 of the span shows ~4 decades.
  const offset = Math.max(span * 1e-4, Number.MIN_VALUE);
  const low = min - base + offset;
  const high = span + offset;
  const thresholds: number[] = [];
  const useLog = high / low > DECADES_FOR_LOG;
  for (let i = 1; i <= count; i++) {
    const t = i / (count + 1);
    thresholds.push(useLog ? base - offset + low * (high / low) ** t : min + (max - min) * t);
  }
  const colors = Array.from({ length: count + 1 }, (_, i) => sequentialColor(i / count));
  return { scale: useLog ? 'log' : 'linear', thresholds, colors };
}

/** sign(v)·log(1 + |v|/c) spacing, symmetric around 0, for surfaces unbounded below. */
function symlogLevels(min: number, max: number, count: number): ContourLevels {
  const extent = Math.max(-min, max);
  // A subnormal extent (±5e-324) would make c zero and every level NaN.
  const c = Math.max(extent / 1000, Number.MIN_VALUE);
  const forward = (v: number) => Math.sign(v) * Math.log1p(Math.abs(v) / c);
  const inverse = (u: number) => Math.sign(u) * c * Math.expm1(Math.abs(u));
  const top = forward(extent);
  const thresholds: number[] = [];
  for (let i = 1; i <= count; i++) thresholds.push(inverse(-top + (2 * top * i) / (count + 1)));
  const colors = Array.from({ length: count + 1 }, (_, i) => divergingColor(i / count));
  return { scale: 'symlog', thresholds, colors };
}
