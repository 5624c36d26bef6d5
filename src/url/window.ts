/**
 * The landscape window a link may hold (issue 23, point 2). Any four finite numbers read into a
 * window the landscape can draw, and what the address bar shows reopens to exactly that window:
 *
 * - Size: each side is at least MIN_WINDOW_FRACTION of the smaller side of the problem's view
 *   (ten times finer than zooming can reach, ZOOM_LIMITS), and at least 1e-9 of its coordinates'
 *   size (so float64 still tells its pixels apart). A smaller window (`0,1e-320,0,1e-320`, whose
 *   subnormal extents broke the surface's grid) is widened about its centre, with a notice.
 * - Precision: a window is written to 1/10,000 of its size, and read back onto that same grid
 *   (`quantizeWindow`), so that encode∘decode is the identity on decoded windows.
 */
import type { View } from '../core/problems';
import { PCA_MIN_HALF_WIDTH } from '../core/slice/types';
import { describeProblem } from '../core/problems';
import { ZOOM_LIMITS } from '../plot/viewport';
import type { ProblemSpec } from '../scenario/types';
import { readNumbers } from './param-text';
import { writeNumber } from './values';

/** The smallest side of a window, relative to the smaller side of the problem's view. */
export const MIN_WINDOW_FRACTION = ZOOM_LIMITS.min / 10;
/** The smallest side of a window, relative to the size of its coordinates. */
const MIN_RELATIVE_TO_COORDINATES = 1e-9;
/** The largest coordinate a window may reach: well past any view, still far from overflow. */
export const MAX_WINDOW_COORDINATE = 1e9;
/** A window is written to this fraction of its size. */
const PRECISION = 1e4;
/**
 * A side this close to the minimum is not widened: quantising moves a side by at most 1/5,000
 * of its size, which must never make a decoded window "too small" when read again.
 */
const SLACK = 0.99;

/**
 * The view a window's size is judged against: the problem's own for a 2D problem; for a model,
 * whose landscape is a plane through its parameters, the smallest view a plane has.
 */
export function referenceView(problem: ProblemSpec): View {
  const { info, dim } = describeProblem(problem);
  if (dim === 2) return info.view;
  return {
    x: [-PCA_MIN_HALF_WIDTH, PCA_MIN_HALF_WIDTH],
    y: [-PCA_MIN_HALF_WIDTH, PCA_MIN_HALF_WIDTH],
  };
}

/** The smallest side a window at `low … high` may have, against `reference`. */
function minimumSide(reference: View, low: number, high: number): number {
  const side = Math.min(reference.x[1] - reference.x[0], reference.y[1] - reference.y[0]);
  return Math.max(
    MIN_WINDOW_FRACTION * side,
    MIN_RELATIVE_TO_COORDINATES * Math.max(Math.abs(low), Math.abs(high)),
  );
}

/** One axis widened about its centre to at least `minimum`, kept within the coordinate limit. */
function widen(low: number, high: number, minimum: number): [number, number] {
  const center = low / 2 + high / 2;
  let from = center - minimum / 2;
  let to = center + minimum / 2;
  if (to > MAX_WINDOW_COORDINATE)
    [from, to] = [MAX_WINDOW_COORDINATE - minimum, MAX_WINDOW_COORDINATE];
  if (from < -MAX_WINDOW_COORDINATE)
    [from, to] = [-MAX_WINDOW_COORDINATE, -MAX_WINDOW_COORDINATE + minimum];
  return [from, to];
}

/**
 * `window` widened where a side is below the minimum (`widened` says whether it was), then
 * quantised. The window must be finite, ordered and within ±MAX_WINDOW_COORDINATE (readWindow
 * checks that).
 */
export function clampWindow(window: View, reference: View): { window: View; widened: boolean } {
  let widened = false;
  const axis = ([low, high]: readonly [number, number]): [number, number] => {
    const minimum = minimumSide(reference, low, high);
    if (high - low >= minimum * SLACK) return [low, high];
    widened = true;
    return widen(low, high, minimum);
  };
  const clamped = { x: axis(window.x), y: axis(window.y) };
  return { window: quantizeWindow(clamped), widened };
}

/** Decimal places that write an axis of `span` to 1/PRECISION of its size. */
function digitsFor(span: number): number {
  return Math.max(0, Math.min(20, Math.ceil(-Math.log10(span / PRECISION))));
}

/**
 * One axis rounded to 1/PRECISION of its size. The places follow the rounded span, which may
 * cross a power of ten: rounding is repeated at the coarser places until the span asks for no
 * coarser ones. Numbers on a coarse grid lie on every finer one, so the result is a fixed point:
 * rounding it again changes nothing.
 */
function quantizeAxis([low, high]: readonly [number, number]): [number, number] {
  let from = low;
  let to = high;
  let digits = digitsFor(to - from);
  for (;;) {
    // toFixed drops the sign of −0: so must the grid, for rounding twice to change nothing.
    from = Number(from.toFixed(digits)) + 0;
    to = Number(to.toFixed(digits)) + 0;
    const next = digitsFor(to - from);
    if (next >= digits) return [from, to];
    digits = next;
  }
}

/** The window on the grid it is written to (1/10,000 of each side). */
export function quantizeWindow(window: View): View {
  return { x: quantizeAxis(window.x), y: quantizeAxis(window.y) };
}

/** A link's `win`: the window on its grid of 1/10,000 of its size, exact to the eye, short to read. */
export function writeWindow(window: View): string {
  const { x, y } = quantizeWindow(window);
  return [x[0], x[1], y[0], y[1]].map(writeNumber).join(',');
}

/**
 * Four finite numbers in order within the coordinate limit; a window too small to draw is widened
 * with the scenario, whose problem sets the scale (codec.ts, below).
 */
export function readWindow(raw: string): { value?: View; message?: string } {
  const numbers = readNumbers(raw, 4);
  if (typeof numbers === 'string') return { message: `${numbers} (x from, x to, y from, y to)` };
  const [x0, x1, y0, y1] = numbers as [number, number, number, number];
  if (!(x0 < x1 && y0 < y1)) return { message: 'each range must run from low to high' };
  if (numbers.some((n) => Math.abs(n) > MAX_WINDOW_COORDINATE))
    return { message: `coordinates must lie within ±${MAX_WINDOW_COORDINATE}` };
  return { value: { x: [x0, x1], y: [y0, y1] } };
}
