/** The Inside tab's log lines (src/plot/log-lines.ts): decades, ticks, labels and gapped paths. */
import { describe, expect, it } from 'vitest';
import { decadeLabel, decadeTicks, logDomain, logLinePath } from '../../src/plot/log-lines';

describe('logDomain', () => {
  it('spans the whole decades of the finite positive values', () => {
    expect(logDomain([[0.002, 0.5, NaN, 0, -1]])).toEqual({ lo: -3, hi: 0 });
    expect(logDomain([[3]], [1e-3])).toEqual({ lo: -3, hi: 1 });
  });
  it('is at least one decade wide, and 1e-4 … 1 without values', () => {
    expect(logDomain([[0.1]])).toEqual({ lo: -1, hi: 0 });
    expect(logDomain([[NaN, 0]])).toEqual({ lo: -4, hi: 0 });
  });
});

describe('decadeTicks and labels', () => {
  it('labels every decade, or every other when there are many', () => {
    expect(decadeTicks({ lo: -3, hi: 0 })).toEqual([-3, -2, -1, 0]);
    expect(decadeTicks({ lo: -10, hi: 0 })).toEqual([-10, -8, -6, -4, -2, 0]);
  });
  it('writes short labels', () => {
    expect([-4, -2, -1, 0, 1, 2].map(decadeLabel)).toEqual([
      '1e-4',
      '0.01',
      '0.1',
      '1',
      '10',
      '1e+2',
    ]);
  });
});

describe('logLinePath', () => {
  const id = (v: number) => v;
  it('breaks the line where a value cannot be drawn', () => {
    expect(logLinePath([0, 1, 2, 3], [1, 10, NaN, 100], id, id)).toBe('M0.0 0.0L1.0 1.0M3.0 2.0');
  });
  it('keeps every stride-th point and the last', () => {
    expect(logLinePath([0, 1, 2, 3, 4], [1, 1, 1, 1, 10], id, id, 3)).toBe(
      'M0.0 0.0L3.0 0.0L4.0 1.0',
    );
  });
});
