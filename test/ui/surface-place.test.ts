import { describe, expect, it } from 'vitest';
import { geometry } from '../../src/ui/landscape/geometry';
import { surfaceRect } from '../../src/ui/landscape/surface-place';

const geo = geometry({ x: [-2, 2], y: [-1, 3] }, 640, 480);

describe('surfaceRect', () => {
  it('covers the whole plot for a picture of the window shown', () => {
    const rect = surfaceRect(geo.view, geo);
    expect(rect.left).toBeCloseTo(0, 9);
    expect(rect.top).toBeCloseTo(0, 9);
    expect(rect.width).toBeCloseTo(geo.plotWidth, 9);
    expect(rect.height).toBeCloseTo(geo.plotHeight, 9);
  });

  it('stretches an old picture to where its window lies after a zoom or a pan', () => {
    const [x0, x1] = geo.view.x;
    const [y0, y1] = geo.view.y;
    // The window's left half, upper half: after a zoom out, it covers that part of the plot.
    const half = {
      x: [x0, (x0 + x1) / 2] as [number, number],
      y: [(y0 + y1) / 2, y1] as [number, number],
    };
    const rect = surfaceRect(half, geo);
    expect(rect.left).toBeCloseTo(0, 9);
    expect(rect.top).toBeCloseTo(0, 9);
    expect(rect.width).toBeCloseTo(geo.plotWidth / 2, 9);
    expect(rect.height).toBeCloseTo(geo.plotHeight / 2, 9);
    // A picture of a window wider than the plot's (a zoom in) reaches past its edges.
    const wide = { x: [x0 - 1, x1 + 1] as [number, number], y: [y0, y1] as [number, number] };
    const outside = surfaceRect(wide, geo);
    expect(outside.left).toBeLessThan(0);
    expect(outside.left + outside.width).toBeGreaterThan(geo.plotWidth);
  });
});
