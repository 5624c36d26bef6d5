/**
 * Hyperparameter sliders: a value ⇄ an integer slider position 0…SLIDER_POSITIONS, on the scale
 * the HYPERPARAMS table gives (log for α and ε, one-minus-log for β, μ and ρ near 1, linear).
 * Values read from a slider are snapped to few significant digits so that shared URLs stay
 * short, yet never so coarsely that a position rounds back to another one (arrow keys would
 * then get stuck).
 */
import type { NumericHyperparamSpec, SliderScale } from '../../core/optimizers';

/** Slider positions: fine enough to drag smoothly, coarse enough to step with arrow keys. */
export const SLIDER_POSITIONS = 1000;

/** Significant digits of a snapped slider value: 3 by default, up to 8 where positions crowd. */
const DEFAULT_DIGITS = 3;
const MAX_DIGITS = 8;

type Scale = Pick<NumericHyperparamSpec, 'scale' | 'slider' | 'integer'>;

/**
 * The scale's coordinate of a value, in which the slider is linear: log10 v, −log10(1 − v)
 * (so 0 ↦ 0, 0.9 ↦ 1, 0.99 ↦ 2, 0.999 ↦ 3), or v itself.
 */
function coordinate(scale: SliderScale, value: number): number {
  switch (scale) {
    case 'log':
      return Math.log10(value);
    case 'one-minus-log':
      return -Math.log10(1 - value);
    case 'linear':
      return value;
  }
}

function fromCoordinate(scale: SliderScale, c: number): number {
  switch (scale) {
    case 'log':
      return 10 ** c;
    case 'one-minus-log':
      return 1 - 10 ** -c;
    case 'linear':
      return c;
  }
}

/**
 * The slider's number of positions: SLIDER_POSITIONS, or one per whole number of a whole-number
 * hyperparameter's linear slider (Muon's Newton–Schulz steps: 0…10), so that each arrow key
 * press moves to the next value.
 */
export function positionsOf({ slider, integer }: Scale): number {
  return integer ? slider[1] - slider[0] : SLIDER_POSITIONS;
}

/** The slider position (0…positionsOf, not rounded) of a value; values outside the slider's range pin to its ends. */
export function toPosition(value: number, spec: Scale): number {
  const { scale, slider } = spec;
  const [lo, hi] = slider;
  const positions = positionsOf(spec);
  if (!(value > lo)) return 0; // also NaN and, on a log scale, 0
  if (value >= hi) return positions;
  const c0 = coordinate(scale, lo);
  const c1 = coordinate(scale, hi);
  return (positions * (coordinate(scale, value) - c0)) / (c1 - c0);
}

/** The raw (unsnapped) value at a slider position. */
export function rawValueAt(position: number, spec: Scale): number {
  const { scale, slider } = spec;
  const [lo, hi] = slider;
  const positions = positionsOf(spec);
  if (position <= 0) return lo;
  if (position >= positions) return hi;
  const c0 = coordinate(scale, lo);
  const c1 = coordinate(scale, hi);
  return fromCoordinate(scale, c0 + ((c1 - c0) * position) / positions);
}

/** The number of decimals that keep `digits` significant digits of |x|. */
function decimalsFor(x: number, digits: number): number {
  if (x === 0) return 0;
  return Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(x))));
}

/**
 * `value` rounded to `digits` significant digits. On the one-minus-log scale the digits are
 * those of 1 − v as well, so 0.99987 keeps its 87 instead of becoming 1.
 */
export function snapValue(value: number, scale: SliderScale, digits = DEFAULT_DIGITS): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  if (scale !== 'one-minus-log') return Number(value.toPrecision(digits));
  const decimals = Math.min(
    20,
    Math.max(decimalsFor(value, digits), decimalsFor(1 - value, digits)),
  );
  return Number(value.toFixed(decimals));
}

/**
 * The value at an integer slider position, snapped to the fewest significant digits that still
 * map back to the same position: round values (0.01, 0.99, 0.9) where a position holds one,
 * usually three digits, more only where positions are closer than that.
 */
export function valueAt(position: number, spec: Scale): number {
  const p = Math.max(0, Math.min(positionsOf(spec), Math.round(position)));
  const raw = rawValueAt(p, spec);
  // A whole-number hyperparameter (Muon's Newton–Schulz steps) takes the nearest whole value.
  if (spec.integer) return Math.round(raw);
  for (let digits = 1; digits <= MAX_DIGITS; digits++) {
    const snapped = snapValue(raw, spec.scale, digits);
    if (Math.round(toPosition(snapped, spec)) === p) return snapped;
  }
  return raw;
}
