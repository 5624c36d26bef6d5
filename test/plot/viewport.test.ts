import { describe, expect, it } from 'vitest';
import type { View } from '../../src/core/problems';
import { fitView, panView, sameView, zoomView, ZOOM_LIMITS } from '../../src/plot/viewport';

const view: View = { x: [-2, 2], y: [-1, 3] };

describe('fitView', () => {
  it('widens a square view to a wide plot, centred, so that units are equal on both axes', () => {
    const fitted = fitView(view, 800, 400);
    expect(fitted.y).toEqual([-1, 3]);
    expect(fitted.x[1] - fitted.x[0]).toBeCloseTo(8, 12);
    expect((fitted.x[0] + fitted.x[1]) / 2).toBeCloseTo(0, 12);
  });

  it('heightens a view for a tall plot and leaves a fitted view unchanged', () => {
    const fitted = fitView(view, 200, 400);
    expect(fitted.x).toEqual([-2, 2]);
    expect(fitted.y[1] - fitted.y[0]).toBeCloseTo(8, 12);
    expect(sameView(fitView(fitted, 200, 400), fitted)).toBe(true);
  });
});

describe('zoomView and panView', () => {
  it('keeps the zoom centre fixed', () => {
    const zoomed = zoomView(view, 0.5, [1, 2], view);
    expect(zoomed.x).toEqual([-0.5, 1.5]);
    expect(zoomed.y).toEqual([0.5, 2.5]);
  });

  it('stops zooming at the limits relative to the default view', () => {
    let v = view;
    for (let i = 0; i < 200; i++) v = zoomView(v, 0.5, [0, 0], view);
    expect(v.x[1] - v.x[0]).toBeCloseTo(4 * ZOOM_LIMITS.min, 12);
    for (let i = 0; i < 200; i++) v = zoomView(v, 2, [0, 0], view);
    expect(v.x[1] - v.x[0]).toBeCloseTo(4 * ZOOM_LIMITS.max, 6);
  });

  it('pans by data units', () => {
    expect(panView(view, 1, -1)).toEqual({ x: [-1, 3], y: [-2, 2] });
  });
});
