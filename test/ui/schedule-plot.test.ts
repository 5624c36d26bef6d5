import { describe, expect, it } from 'vitest';
import { lrSequenceOf } from '../../src/core/schedules';
import { placeEditor } from '../../src/ui/schedule/placement';
import {
  LOG_SPAN,
  decimate,
  extent,
  linePath,
  linearY,
  logDomain,
  logY,
  maxOf,
  sparklinePath,
  stepX,
} from '../../src/ui/schedule/schedule-plot';

describe('decimate', () => {
  it('keeps every point of a short series', () => {
    expect(decimate([3, 2, 1], 10)).toEqual([
      [0, 3],
      [1, 2],
      [2, 1],
    ]);
  });

  it("keeps a long series' extremes: a step drop and the one-cycle peak survive", () => {
    const { lr } = lrSequenceOf(
      { type: 'adam', lr: 0.1, schedule: { type: 'one-cycle', pctStart: 0.3 } },
      10_000,
    );
    const points = decimate(lr, 100);
    expect(points.length).toBeLessThanOrEqual(200);
    expect(Math.max(...points.map(([, v]) => v))).toBe(Math.max(...lr));
    // Steps stay in order, so the path never doubles back.
    for (let i = 1; i < points.length; i++)
      expect(points[i]![0]).toBeGreaterThan(points[i - 1]![0]);

    const step = Array.from({ length: 1000 }, (_, k) => (k < 500 ? 1 : 0.5));
    const kept = decimate(step, 30).map(([, v]) => v);
    expect(kept).toContain(1);
    expect(kept).toContain(0.5);
  });
});

describe('linePath', () => {
  it('moves, draws, and breaks where the scale cannot place a value', () => {
    const points = [
      [0, 1],
      [1, 2],
      [2, NaN],
      [3, 4],
    ] as const;
    const y = (v: number) => (Number.isNaN(v) ? null : 10 * v);
    expect(linePath(points, (s) => s * 5, y)).toBe('M0,10L5,20M15,40');
  });
});

describe('scales', () => {
  it('maps 0 and the largest value to the linear axis ends', () => {
    const y = linearY(0.1, 80, 0);
    expect(y(0)).toBe(80);
    expect(y(0.1)).toBe(0);
    expect(y(0.05)).toBe(40);
    // An all-zero series still has an axis.
    expect(linearY(0, 80, 0)(0)).toBe(80);
  });

  it('maps steps 0…steps onto the width', () => {
    const x = stepX(500, 374, 50);
    expect(x(0)).toBe(50);
    expect(x(500)).toBe(424);
  });

  it('finds the largest finite value and the extent, over long arrays too', () => {
    expect(maxOf([[1, 5, Infinity], new Float64Array([2, NaN])])).toBe(5);
    const long = new Float64Array(300_000).fill(0.9);
    long[123] = 0.85;
    expect(extent(long)).toEqual([0.85, 0.9]);
  });
});

describe('logDomain', () => {
  it('spans whole decades around every positive lr', () => {
    expect(logDomain([[0.1, 0.05, 0.001]])).toEqual([1e-3, 1e-1]);
    expect(logDomain([[0.003], [0.2]])).toEqual([1e-3, 1]);
  });

  it('is at least one decade tall', () => {
    expect(logDomain([[0.1, 0.1]])).toEqual([1e-2, 1e-1]);
  });

  it(`ignores zeros and reaches at most ${LOG_SPAN} below the largest lr`, () => {
    // A cosine annealed to etaMin = 0 ends at 0 and passes through tiny values first.
    expect(logDomain([[0.1, 1e-12, 0]])).toEqual([1e-6, 1e-1]);
    expect(logDomain([[0, 0]])).toBeNull();
    expect(logDomain([])).toBeNull();
  });

  it('puts values at or below the bottom on the bottom edge', () => {
    const y = logY([1e-3, 1e-1], 30, 0);
    expect(y(1e-1)).toBe(0);
    expect(y(1e-2)).toBeCloseTo(15, 9);
    expect(y(0)).toBe(30);
    expect(y(NaN)).toBeNull();
  });
});

describe('sparklinePath', () => {
  it('draws a decaying lr from the top left down to the bottom right, inside the box', () => {
    const d = sparklinePath([1, 0.5, 0], 60, 14);
    expect(d).toBe('M0,1L30,7L60,13');
  });
});

describe('placeEditor', () => {
  const viewport = { width: 1280, height: 720 };
  const size = { width: 420, height: 300 };
  const card = { left: 840 };

  it('opens beside the card, over the landscape, near a trigger in the upper half', () => {
    const place = placeEditor(card, { top: 200, bottom: 222, left: 980 }, viewport, size);
    expect(place).toEqual({ top: 160, right: 448, maxHeight: 704 });
  });

  it('grows upwards from a trigger in the lower half, and stays on screen', () => {
    const low = placeEditor(card, { top: 400, bottom: 422, left: 980 }, viewport, size);
    expect(low.top).toBe(422 + 40 - 300);
    const tall = placeEditor(card, { top: 400, bottom: 422, left: 980 }, viewport, {
      width: 420,
      height: 900,
    });
    expect(tall.top).toBe(8);
  });

  it('opens below the trigger when there is no room beside the card', () => {
    const place = placeEditor({ left: 200 }, { top: 100, bottom: 122, left: 250 }, viewport, size);
    expect(place).toEqual({ top: 126, left: 250, maxHeight: 704 });
  });
});
