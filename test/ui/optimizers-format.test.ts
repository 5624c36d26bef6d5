import { describe, expect, it } from 'vitest';
import { HYPERPARAMS } from '../../src/core/optimizers';
import {
  describeRange,
  formatHyperparam,
  formatLoss,
  parseHyperparam,
} from '../../src/ui/optimizers/format';

describe('formatHyperparam', () => {
  it('writes decimals between 1e-3 and 1e4 and exponents outside', () => {
    expect(formatHyperparam(0.001)).toBe('0.001');
    expect(formatHyperparam(0.999)).toBe('0.999');
    expect(formatHyperparam(0.99987)).toBe('0.99987');
    expect(formatHyperparam(1e-8)).toBe('1e-8');
    expect(formatHyperparam(2.5e-4)).toBe('2.5e-4');
    expect(formatHyperparam(0)).toBe('0');
    expect(formatHyperparam(20000)).toBe('2e4');
  });

  it('reads back to the same number', () => {
    for (const v of [1e-12, 3.3e-7, 0.004, 0.1, 0.9, 0.99999, 7, 1e4]) {
      const parsed = parseHyperparam(formatHyperparam(v), { ...HYPERPARAMS.eps, max: 1e5 });
      expect(parsed).toEqual({ ok: true, value: v });
    }
  });
});

describe('formatLoss', () => {
  it('writes short exponents for small and large losses, plain digits between', () => {
    expect(formatLoss(0.0036912)).toBe('3.69e-3');
    expect(formatLoss(123456)).toBe('1.23e5');
    expect(formatLoss(4.4712)).toBe('4.47');
    expect(formatLoss(0.5)).toBe('0.500');
    expect(formatLoss(0)).toBe('0');
    expect(formatLoss(-1.0316)).toBe('−1.03');
    expect(formatLoss(-2e-5)).toBe('−2.00e-5');
    expect(formatLoss(Infinity)).toBe('∞');
    expect(formatLoss(NaN)).toBe('undefined');
  });
});

describe('parseHyperparam', () => {
  const lr = HYPERPARAMS.lr;
  const beta1 = HYPERPARAMS.beta1;

  it('accepts decimal and exponent forms', () => {
    expect(parseHyperparam('0.001', lr)).toEqual({ ok: true, value: 0.001 });
    expect(parseHyperparam(' 1e-3 ', lr)).toEqual({ ok: true, value: 0.001 });
    expect(parseHyperparam('1E-3', lr)).toEqual({ ok: true, value: 0.001 });
    expect(parseHyperparam('.5', lr)).toEqual({ ok: true, value: 0.5 });
    expect(parseHyperparam('2.', lr)).toEqual({ ok: true, value: 2 });
  });

  it('accepts the whole valid range, beyond the slider', () => {
    expect(parseHyperparam('50', lr)).toEqual({ ok: true, value: 50 });
    expect(parseHyperparam('0', lr)).toEqual({ ok: true, value: 0 });
    expect(parseHyperparam('0.9999999', beta1)).toEqual({ ok: true, value: 0.9999999 });
  });

  it('rejects text, out-of-range values and an excluded maximum with a message', () => {
    for (const [text, spec] of [
      ['abc', lr],
      ['', lr],
      ['1e', lr],
      ['0x10', lr],
      ['Infinity', lr],
      ['-0.1', lr],
      ['−0.1', lr],
      ['2e4', lr],
      ['1', beta1],
      ['1.5', beta1],
    ] as const) {
      const result = parseHyperparam(text, spec);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message.length).toBeLessThan(40);
    }
    expect(parseHyperparam('1', beta1)).toEqual({ ok: false, message: 'Needs 0 ≤ β1 < 1' });
  });

  it('describes ranges', () => {
    expect(describeRange(HYPERPARAMS.lr)).toBe('0 ≤ α ≤ 1e4');
    expect(describeRange(HYPERPARAMS.beta2)).toBe('0 ≤ β2 < 1');
  });
});
