import { describe, expect, it } from 'vitest';
import { contourLevels } from '../../src/plot/colormap';
import { bandOfUnit, heightScale } from '../../src/plot/height-scale';

/** Ranges that take each of contourLevels' rules. */
const CASES: { name: string; min: number; max: number; fMin: number | null; scale: string }[] = [
  { name: 'Rosenbrock-like, decades above f*', min: 0.01, max: 2500, fMin: 0, scale: 'log' },
  { name: 'a narrow range', min: 3, max: 5, fMin: 0, scale: 'linear' },
  { name: 'unbounded below (a saddle)', min: -4, max: 3, fMin: null, scale: 'symlog' },
  { name: 'f* below the window', min: 40, max: 9000, fMin: 0, scale: 'log' },
];

describe('the 3D height scale is the colours’ scale (src/plot/height-scale.ts)', () => {
  for (const { name, min, max, fMin, scale } of CASES) {
    it(`${name}: threshold i of n sits at i/(n+1), the band of each threshold is contourLevels’`, () => {
      const levels = contourLevels(min, max, fMin);
      const height = heightScale(min, max, fMin);
      expect(height.scale).toBe(scale);
      expect(levels.scale).toBe(scale);
      const count = levels.thresholds.length;
      levels.thresholds.forEach((threshold, i) => {
        expect(height.unit(threshold)).toBeCloseTo((i + 1) / (count + 1), 9);
        // Just above a threshold is the band above it, as the 2D view paints it.
        const above = threshold + Math.abs(threshold) * 1e-9 + 1e-12;
        expect(bandOfUnit(height.unit(above), count)).toBe(i + 1);
      });
      // Symmetric log spans ±the larger extent, with 0 at half height.
      const [low, high] =
        scale === 'symlog' ? [-Math.max(-min, max), Math.max(-min, max)] : [min, max];
      expect(height.unit(low)).toBeCloseTo(0, 9);
      expect(height.unit(high)).toBeCloseTo(1, 9);
      if (scale === 'symlog') expect(height.unit(0)).toBeCloseTo(0.5, 12);
    });
  }

  it('the linear option is f itself over the window’s range', () => {
    const height = heightScale(0.01, 2500, 0, true);
    expect(height.scale).toBe('linear');
    expect(height.unit(1250.005)).toBeCloseTo(0.5, 12);
  });

  it('is monotonic, so the surface never folds over', () => {
    for (const { min, max, fMin } of CASES) {
      const { unit } = heightScale(min, max, fMin);
      let last = -Infinity;
      for (let i = 0; i <= 200; i++) {
        const value = unit(min + ((max - min) * i) / 200);
        expect(value).toBeGreaterThan(last);
        last = value;
      }
    }
  });

  it('a flat window or no finite value puts everything on the floor', () => {
    expect(heightScale(2, 2, 0).unit(2)).toBe(0);
    expect(heightScale(NaN, NaN, 0).unit(1)).toBe(0);
    expect(heightScale(2, 2, 0).unit(NaN)).toBeNaN();
  });
});
