import { describe, expect, it } from 'vitest';
import { contourLevels } from '../../src/plot/colormap';

describe('contourLevels', () => {
  it('uses a log scale in f − f* where f spans orders of magnitude (Rosenbrock)', () => {
    const levels = contourLevels(0.005, 7315, 0);
    expect(levels.scale).toBe('log');
    expect(levels.thresholds).toHaveLength(24);
    expect(levels.colors).toHaveLength(25);
    // Log spacing: thresholds minus f* plus the offset (1e-4 of the span) form a geometric series.
    const shifted = levels.thresholds.map((t) => t + 7315e-4);
    const ratio = shifted[1]! / shifted[0]!;
    for (let i = 2; i < shifted.length; i++)
      expect(shifted[i]! / shifted[i - 1]!).toBeCloseTo(ratio, 9);
    expect(levels.thresholds[0]).toBeGreaterThan(0.005);
    expect(levels.thresholds[23]).toBeLessThan(7315);
  });

  it('uses a linear scale where f − f* spans less than two decades (a window away from the minimum)', () => {
    const levels = contourLevels(10, 20, 0);
    expect(levels.scale).toBe('linear');
    expect(levels.thresholds[1]! - levels.thresholds[0]!).toBeCloseTo(
      levels.thresholds[2]! - levels.thresholds[1]!,
      12,
    );
  });

  it('uses a symmetric log scale around 0 where f is unbounded below (saddle)', () => {
    const levels = contourLevels(-4, 4, null);
    expect(levels.scale).toBe('symlog');
    const t = levels.thresholds;
    for (let i = 0; i < t.length; i++) expect(t[i]).toBeCloseTo(-t[t.length - 1 - i]!, 12);
  });

  it('is ascending and never throws on degenerate ranges', () => {
    for (const [min, max, fMin] of [
      [1, 1, 0],
      [NaN, NaN, 0],
      [-Infinity, 3, null],
      [0, 1e300, 0],
    ] as const) {
      const levels = contourLevels(min, max, fMin);
      expect(levels.colors.length).toBe(levels.thresholds.length + 1);
      for (let i = 1; i < levels.thresholds.length; i++)
        expect(levels.thresholds[i]!).toBeGreaterThan(levels.thresholds[i - 1]!);
    }
  });
});
