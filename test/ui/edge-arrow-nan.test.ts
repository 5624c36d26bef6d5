import { describe, expect, it } from 'vitest';
import { edgeArrow } from '../../src/ui/landscape/edge-arrow';

describe('edgeArrow never yields NaN', () => {
  it('for every combination of infinite, huge and degenerate inputs', () => {
    const values = [-Infinity, -1e308, -5, 0, 50, 1e308, Infinity];
    for (const px of values)
      for (const py of values)
        for (const [w, h] of [
          [100, 80],
          [1, 1],
          [0.001, 500],
        ]) {
          const arrow = edgeArrow(px, py, w!, h!);
          if (arrow)
            for (const v of [arrow.x, arrow.y, arrow.angle, arrow.labelX, arrow.labelY])
              expect(Number.isFinite(v), `${px},${py} in ${w}×${h}`).toBe(true);
        }
  });
});
