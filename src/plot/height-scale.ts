/**
 * The 3D view's heights and colours as one number per value of f (issue 19; docs/3d.md): the
 * position of f on the contour colours' own scale, 0 at the window's smallest f and 1 at its
 * largest. The colour levels (colormap.ts, `contourLevels`) put their thresholds evenly on this
 * scale — logarithmic in f − f* + a small offset where f spans more than two decades, symmetric
 * log around 0 for surfaces unbounded below, linear otherwise — so threshold i of `count` sits at
 * i / (count + 1), band k is where the unit lies in [k, k + 1) / (count + 1), and a height on this
 * scale shows Rosenbrock's valley as the colours do. test/plot/height-scale.test.ts checks the
 * thresholds against contourLevels for each rule. Pure.
 */
import { contourLevels, type LevelScale } from './colormap';
import { clampToLimit } from './finite';

export interface HeightScale {
  scale: LevelScale;
  /** f's position on the scale: 0 at the window's smallest f, 1 at its largest. */
  unit(f: number): number;
}

/** f spanning more than this ratio above its minimum is drawn on a log scale (as colormap.ts). */
const DECADES_FOR_LOG = 100;

/**
 * The colours' scale for values in [min, max] with the known global minimum `fMin` (null when f
 * is unbounded below), by contourLevels' rule; `linear` forces f itself (the height option).
 */
export function heightScale(
  min: number,
  max: number,
  fMin: number | null,
  linear = false,
): HeightScale {
  [min, max] = [clampToLimit(min), clampToLimit(max)];
  if (fMin !== null) fMin = clampToLimit(fMin);
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) {
    // One level (a flat window): everything sits on the floor.
    return { scale: 'linear', unit: (f) => (Number.isNaN(f) ? NaN : 0) };
  }
  const linearUnit = (f: number) => (f - min) / (max - min);
  if (linear) return { scale: 'linear', unit: linearUnit };
  if (fMin === null && min < 0 && max > 0) {
    const extent = Math.max(-min, max);
    const c = Math.max(extent / 1000, Number.MIN_VALUE);
    const forward = (v: number) => Math.sign(v) * Math.log1p(Math.abs(v) / c);
    const top = forward(extent);
    return { scale: 'symlog', unit: (f) => (forward(f) + top) / (2 * top) };
  }
  const base = fMin !== null ? Math.min(fMin, min) : min;
  const span = max - base;
  const offset = Math.max(span * 1e-4, Number.MIN_VALUE);
  const low = min - base + offset;
  const high = span + offset;
  if (!(high / low > DECADES_FOR_LOG)) return { scale: 'linear', unit: linearUnit };
  const logRatio = Math.log(high / low);
  return {
    scale: 'log',
    // Below the floor of the scale (f under the window's base, possible only between samples
    // of a surface whose minimum is unknown) the logarithm's argument stays positive.
    unit: (f) => Math.log(Math.max(f - base + offset, low * 1e-6) / low) / logRatio,
  };
}

/** The colour band of a unit: 0 below the first threshold, `count` above the last. */
export function bandOfUnit(unit: number, count: number): number {
  return Math.min(count, Math.max(0, Math.floor(unit * (count + 1))));
}

/** The levels the 2D view paints with, for the same range: the 3D view's colours. */
export const levelsFor = (min: number, max: number, fMin: number | null) =>
  contourLevels(min, max, fMin);
