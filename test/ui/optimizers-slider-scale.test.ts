import { describe, expect, it } from 'vitest';
import { HYPERPARAMS, type NumericHyperparam } from '../../src/core/optimizers';
import {
  SLIDER_POSITIONS,
  rawValueAt,
  snapValue,
  toPosition,
  valueAt,
} from '../../src/ui/optimizers/slider-scale';

const NUMERIC = (Object.keys(HYPERPARAMS) as (keyof typeof HYPERPARAMS)[]).filter(
  (name): name is NumericHyperparam => HYPERPARAMS[name].kind === 'number',
);

describe('log scale (α, ε)', () => {
  const lr = HYPERPARAMS.lr;

  it('maps α’s slider ends 1e-5 and 10 to the ends and spaces decades evenly', () => {
    expect(toPosition(1e-5, lr)).toBe(0);
    expect(toPosition(10, lr)).toBe(SLIDER_POSITIONS);
    // Six decades over 1000 positions: 1e-4, 1e-3, … one sixth apart.
    const step = SLIDER_POSITIONS / 6;
    expect(toPosition(1e-4, lr)).toBeCloseTo(step, 9);
    expect(toPosition(1e-3, lr)).toBeCloseTo(2 * step, 9);
    expect(toPosition(1, lr)).toBeCloseTo(5 * step, 9);
  });

  it('pins values beyond the slider (0, 50) to its ends', () => {
    expect(toPosition(0, lr)).toBe(0);
    expect(toPosition(50, lr)).toBe(SLIDER_POSITIONS);
  });

  it('reads at most 3 significant digits at a position, fewer where a round value maps there', () => {
    expect(valueAt(SLIDER_POSITIONS / 2, lr)).toBe(0.01);
    expect(valueAt(0, lr)).toBe(1e-5);
    expect(valueAt(SLIDER_POSITIONS, lr)).toBe(10);
    for (let p = 0; p <= SLIDER_POSITIONS; p++) {
      const digits = valueAt(p, lr)
        .toExponential()
        .replace(/e.*$|\./g, '');
      expect(digits.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('one-minus-log scale (β1, β2, μ, ρ)', () => {
  const beta1 = HYPERPARAMS.beta1;
  const beta2 = HYPERPARAMS.beta2;

  it('spaces 0.9, 0.99 and 0.999 evenly', () => {
    const a = toPosition(0.9, beta2);
    const b = toPosition(0.99, beta2);
    const c = toPosition(0.999, beta2);
    expect(b - a).toBeCloseTo(c - b, 9);
    expect(a).toBeCloseTo(SLIDER_POSITIONS / 5, 9); // β2's slider ends at 1 − 1e-5
  });

  it('reaches 0 at the left end and the slider’s top at the right', () => {
    expect(toPosition(0, beta1)).toBe(0);
    expect(valueAt(0, beta1)).toBe(0);
    expect(valueAt(SLIDER_POSITIONS, beta1)).toBe(0.999);
    expect(valueAt(SLIDER_POSITIONS, beta2)).toBe(0.99999);
  });

  it('lands on 0.9, 0.99, 0.999 exactly', () => {
    expect(valueAt(toPosition(0.9, beta1), beta1)).toBe(0.9);
    expect(valueAt(toPosition(0.99, beta1), beta1)).toBe(0.99);
    expect(valueAt(toPosition(0.999, beta2), beta2)).toBe(0.999);
  });

  it('never reaches 1, which β excludes', () => {
    for (let p = 0; p <= SLIDER_POSITIONS; p++) expect(valueAt(p, beta2)).toBeLessThan(1);
  });
});

describe('linear scale (λ, τ)', () => {
  it('is proportional', () => {
    const wd = HYPERPARAMS.weightDecay;
    expect(toPosition(0.25, wd)).toBeCloseTo(250, 9);
    expect(valueAt(123, wd)).toBe(0.123);
    expect(valueAt(0, wd)).toBe(0);
  });
});

describe('snapValue', () => {
  it('keeps 3 significant digits, of 1 − v too on the one-minus-log scale', () => {
    expect(snapValue(0.0123456, 'log')).toBe(0.0123);
    expect(snapValue(123456, 'linear')).toBe(123000);
    expect(snapValue(0.9998734, 'one-minus-log')).toBe(0.999873);
    expect(snapValue(0.990023, 'one-minus-log', 1)).toBe(0.99);
    expect(snapValue(0.0123456, 'one-minus-log')).toBe(0.0123);
    expect(snapValue(0, 'log')).toBe(0);
  });
});

describe('every slider of the table', () => {
  it.each(NUMERIC)('%s: every position reads a value in range that maps back to it', (name) => {
    const spec = HYPERPARAMS[name];
    let previous = -Infinity;
    // A whole-number hyperparameter's slider has one position per value (Muon's nsSteps).
    const positions = spec.integer ? spec.slider[1] - spec.slider[0] : SLIDER_POSITIONS;
    for (let p = 0; p <= positions; p++) {
      const value = valueAt(p, spec);
      // Arrow keys step one position: the value must move and come back to the same position.
      expect(Math.round(toPosition(value, spec))).toBe(p);
      expect(value).toBeGreaterThan(previous);
      expect(value).toBeGreaterThanOrEqual(spec.min);
      expect(spec.maxExclusive ? value < spec.max : value <= spec.max).toBe(true);
      if (spec.integer) expect(Number.isInteger(value)).toBe(true);
      previous = value;
    }
  });

  it.each(NUMERIC)('%s: the raw value is the inverse of toPosition', (name) => {
    const spec = HYPERPARAMS[name];
    for (const p of spec.integer ? [1, 5, 9] : [1, 250, 500, 999]) {
      expect(toPosition(rawValueAt(p, spec), spec)).toBeCloseTo(p, 6);
    }
  });
});
