import { describe, expect, it } from 'vitest';
import { edgeArrow, EDGE_INSET } from '../../src/ui/landscape/edge-arrow';

const W = 400;
const H = 300;

describe('edgeArrow', () => {
  it('is null for a point inside the plot or one that cannot be placed', () => {
    expect(edgeArrow(200, 150, W, H)).toBeNull();
    expect(edgeArrow(0, 0, W, H)).toBeNull();
    expect(edgeArrow(Number.NaN, 10, W, H)).toBeNull();
  });

  it('sits on the right edge, pointing right, label inside and ending before it', () => {
    const a = edgeArrow(900, 150, W, H)!;
    expect(a.x).toBeCloseTo(W - EDGE_INSET);
    expect(a.y).toBeCloseTo(150);
    expect(a.angle).toBeCloseTo(0);
    expect(a.anchor).toBe('end');
    expect(a.labelX).toBeLessThan(a.x);
  });

  it('sits on the top edge for a point far above, pointing up, label below it', () => {
    const a = edgeArrow(200, -5000, W, H)!;
    expect(a.y).toBeCloseTo(EDGE_INSET);
    expect(a.x).toBeCloseTo(200);
    expect(a.angle).toBeCloseTo(-90);
    expect(a.labelY).toBeGreaterThan(a.y);
    expect(a.baseline).toBe('hanging');
  });

  it('follows the line from the centre to the point (a corner-ward point)', () => {
    const a = edgeArrow(-200, 300, W, H)!;
    // Direction from the centre (200, 150): (−400, 150); the left edge is hit first.
    expect(a.x).toBeCloseTo(EDGE_INSET);
    const t = (200 - EDGE_INSET) / 400;
    expect(a.y).toBeCloseTo(150 + t * 150);
    expect(a.angle).toBeCloseTo((Math.atan2(150, -400) * 180) / Math.PI);
    expect(a.anchor).toBe('start');
    // Steeper: the bottom edge first, the label above the arrow.
    const b = edgeArrow(-200, 450, W, H)!;
    expect(b.y).toBeCloseTo(H - EDGE_INSET);
    expect(b.labelY).toBeLessThan(b.y);
  });

  it('points along an infinite coordinate', () => {
    const a = edgeArrow(Number.POSITIVE_INFINITY, 100, W, H)!;
    expect(a.x).toBeCloseTo(W - EDGE_INSET);
    expect(a.y).toBeCloseTo(H / 2);
    const b = edgeArrow(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, W, H)!;
    expect(b.angle).toBeCloseTo(135);
  });

  it('always stays inside the plot', () => {
    for (const [x, y] of [
      [1e9, -1e9],
      [-3, 150],
      [200, 301],
      [-1e300, 1e300],
    ] as const) {
      const a = edgeArrow(x, y, W, H)!;
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x).toBeLessThanOrEqual(W);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeLessThanOrEqual(H);
    }
  });
});
