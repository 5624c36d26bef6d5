import { describe, expect, it } from 'vitest';
import { geometry } from '../../src/ui/landscape/geometry';
import { inCorner } from '../../src/ui/landscape/readout-corner';

// A 1000 × 600 landscape of x, y ∈ [0, 1] (the window is fitted to the plot's aspect).
const geo = geometry({ x: [0, 1], y: [0, 1] }, 1000, 600);
const at = (px: number, py: number): [number, number] => [geo.x.invert(px), geo.y.invert(py)];

describe('the hover read-out corner', () => {
  it('leaves the top-left corner when the pointer is in it', () => {
    expect(inCorner(geo, at(10, 10))).toBe(true);
    expect(inCorner(geo, at(300, 40))).toBe(true);
  });
  it('stays there for a pointer anywhere else', () => {
    expect(inCorner(geo, at(10, 200))).toBe(false);
    expect(inCorner(geo, at(600, 10))).toBe(false);
    expect(inCorner(geo, at(geo.plotWidth / 2, geo.plotHeight / 2))).toBe(false);
  });
  it('on a narrow plot, only its left half counts as the corner', () => {
    const narrow = geometry({ x: [0, 1], y: [0, 1] }, 300, 300);
    const point: [number, number] = [narrow.x.invert(narrow.plotWidth * 0.75), narrow.y.invert(5)];
    expect(inCorner(narrow, point)).toBe(false);
  });
});
