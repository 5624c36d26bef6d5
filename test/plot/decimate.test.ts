import { describe, expect, it } from 'vitest';
import { decimate } from '../../src/plot/decimate';

/** Min and max of values[from…to] (inclusive) over the kept indices or all of them. */
function extent(values: Float64Array, indices: ArrayLike<number> | null, from: number, to: number) {
  let lo = Infinity;
  let hi = -Infinity;
  const each = (i: number) => {
    if (i < from || i > to) return;
    lo = Math.min(lo, values[i]!);
    hi = Math.max(hi, values[i]!);
  };
  if (indices) for (let k = 0; k < indices.length; k++) each(indices[k]!);
  else for (let i = 0; i < values.length; i++) each(i);
  return [lo, hi];
}

describe('decimate', () => {
  it('decimate(values, 1) keeps first, min, max and last, in index order', () => {
    expect(Array.from(decimate(Float64Array.of(3, 1, 4, 2, 3, 4.5, 2.5), 1))).toEqual([0, 1, 5, 6]);
    // A maximum before the minimum keeps index order.
    expect(Array.from(decimate(Float64Array.of(3, 9, 5, 5, 0, 5, 4), 1))).toEqual([0, 1, 4, 6]);
  });

  it('keeps every point when there are no more than four per bucket', () => {
    const values = Float64Array.from({ length: 40 }, (_, i) => Math.sin(i));
    expect(Array.from(decimate(values, 10))).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('skips points that are not finite', () => {
    expect(Array.from(decimate(Float64Array.of(1, NaN, 3, Infinity), 4))).toEqual([0, 2]);
    const long = Float64Array.from({ length: 100 }, (_, i) => (i === 50 ? NaN : i));
    expect(Array.from(decimate(long, 2))).not.toContain(50);
  });

  it('a million-point series decimates to at most four points per column, keeping every column’s extremes', () => {
    const n = 1_000_000;
    // A decaying oscillation with one spike, the shapes a loss curve has.
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = Math.exp(-i / 2e5) * (1 + 0.5 * Math.sin(i / 37));
    values[777_777] = 50;
    const columns = 400;
    const kept = decimate(values, columns);
    expect(kept.length).toBeLessThanOrEqual(4 * columns);
    expect(kept.length).toBeGreaterThan(2 * columns);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(n - 1);
    expect(Array.from(kept)).toContain(777_777);
    for (let k = 1; k < kept.length; k++) expect(kept[k]!).toBeGreaterThan(kept[k - 1]!);
    // Each pixel column spans the same values as before.
    const per = (n - 1) / columns;
    for (const c of [0, 17, 199, 311, 399]) {
      const from = Math.ceil(c * per);
      const to = Math.min(n - 1, Math.ceil((c + 1) * per) - 1);
      expect(extent(values, kept, from, to)).toEqual(extent(values, null, from, to));
    }
  });

  it('maps indices onto a longer span, so a short series fills only its share of the columns', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => i % 7);
    // 1000 points on an axis of 10,000 steps over 100 columns: 10 columns used.
    const kept = decimate(values, 100, 10_000);
    expect(kept.length).toBeLessThanOrEqual(40);
    expect(kept[kept.length - 1]).toBe(999);
  });

  it('rejects a bucket count below one', () => {
    expect(() => decimate(Float64Array.of(1, 2), 0)).toThrow('invalid bucket count');
  });
});
