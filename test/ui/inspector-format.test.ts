import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/ui/inspector/format';

describe('formatNumber (the inspector’s numbers)', () => {
  it('keeps 4 significant digits, without trailing zeros, with a true minus sign', () => {
    expect(formatNumber(0.123456)).toBe('0.1235');
    expect(formatNumber(-12.5)).toBe('−12.5');
    expect(formatNumber(2)).toBe('2');
    expect(formatNumber(4096.4)).toBe('4096');
    expect(formatNumber(0.001)).toBe('0.001');
  });

  it('switches to exponent form below 1e-3 and from 1e5', () => {
    expect(formatNumber(1.23456e-8)).toBe('1.235e−8');
    expect(formatNumber(-0.00025)).toBe('−2.5e−4');
    expect(formatNumber(3e6)).toBe('3e6');
    expect(formatNumber(123456)).toBe('1.235e5');
  });

  it('says what undefined and non-finite values are', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(-Infinity)).toBe('−∞');
  });
});
