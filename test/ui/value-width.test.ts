import { describe, expect, it } from 'vitest';
import { formatLoss } from '../../src/ui/optimizers/format';
import { figuresWidth, valueWidth } from '../../src/ui/optimizers/value-width';

/** Widths measured in Chromium in the UI font, bold, tabular figures (in ch). */
const MEASURED: [string, number][] = [
  ['4.47', 3.55],
  ['9.43e-3', 6.12],
  ['−1.03', 4.75],
  ['−1.03e3', 6.73],
  ['−9.99e-9', 7.32],
  ['1.23e-12', 7.12],
  ['−1.23e-308', 9.32],
  ['undefined', 8.14],
  ['未定义', 4.31],
  ['∞', 1.2],
  ['−∞', 2.4],
];

describe('valueWidth', () => {
  it('holds each value measured, with at most 1ch to spare', () => {
    for (const [text, measured] of MEASURED) {
      const width = valueWidth(text);
      expect(width, text).toBeGreaterThanOrEqual(measured);
      expect(width - measured, text).toBeLessThanOrEqual(1);
    }
  });

  it('keeps one width while the digits change but not the form', () => {
    const widths = (values: number[]) => new Set(values.map((v) => valueWidth(formatLoss(v))));
    expect(widths([4.47, 12.5, 1.03, 99.9])).toEqual(new Set([4]));
    expect(widths([9.43e-3, 1.02e-2, 5.85e-9, 3.94e-6])).toEqual(new Set([6.5]));
    expect(widths([0.105, 0.999])).toEqual(new Set([5]));
  });

  it('is a whole number of half ch', () => {
    for (const text of ['0', '1.5', 'e', '−', '未', 'x'])
      expect((valueWidth(text) * 2) % 1).toBe(0);
  });

  it('a whole number’s figures exactly: one ch a figure, the separator as measured', () => {
    expect(figuresWidth('7')).toBe(1);
    expect(figuresWidth('120')).toBe(3);
    // "1,234" measured 4.54ch in the timeline's bold UI font.
    expect(figuresWidth('1,234')).toBeGreaterThanOrEqual(4.54);
    expect(figuresWidth('1,234') - 4.54).toBeLessThanOrEqual(0.05);
    expect(valueWidth('1,234')).toBeGreaterThanOrEqual(figuresWidth('1,234'));
  });
});
