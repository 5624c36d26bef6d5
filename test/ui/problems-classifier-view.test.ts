import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/run';
import {
  CLASS_COLORS,
  FIELD_MAX_ALPHA,
  classCounts,
  fieldPixels,
  formatAccuracy,
  gridChecksum,
  gridSide,
  isoLinePath,
  paramsAt,
} from '../../src/ui/problems/classifier-view';

const run = (dim: number, trajectory: number[], divergedAt: number | null = null) =>
  ({ dim, trajectory: Float64Array.from(trajectory), divergedAt }) as unknown as RunResult;

/** A grid of f(u, v) at the value centres (u, v) = (i + ½, j + ½). */
function grid(nx: number, ny: number, f: (u: number, v: number) => number): Float64Array {
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) values[j * nx + i] = f(i + 0.5, j + 0.5);
  return values;
}

/** The points of a path "M1,2L3,4…" as [x, y] pairs. */
const pointsOf = (d: string) =>
  [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('paramsAt', () => {
  it('slices the point of the cursor step out of a dim-major trajectory', () => {
    const at = paramsAt(run(3, [0, 1, 2, 10, 11, 12, 20, 21, 22]), 1)!;
    expect([...at.params]).toEqual([10, 11, 12]);
    expect(at).toMatchObject({ step: 1, clamped: false });
  });

  it('gives the last valid point of a run that diverged before the cursor', () => {
    const at = paramsAt(run(2, [0, 1, 5, 6], 2), 40)!;
    expect([...at.params]).toEqual([5, 6]);
    expect(at).toMatchObject({ step: 1, clamped: true });
  });

  it('returns a copy, so sending it to the worker cannot detach the trajectory', () => {
    const result = run(2, [1, 2, 3, 4]);
    paramsAt(result, 0)!.params[0] = 99;
    expect(result.trajectory[0]).toBe(1);
  });

  it('is null for a run without points', () => {
    expect(paramsAt(run(3, []), 0)).toBeNull();
  });
});

describe('isoLinePath', () => {
  it('draws the ½ level of a linear ramp as a straight vertical line where it crosses ½', () => {
    // p = u / 10 crosses ½ at u = 5 on a 10 × 6 grid.
    const d = isoLinePath(
      grid(10, 6, (u) => u / 10),
      10,
      6,
      0.5,
      (u) => u * 10,
      (v) => v * 10,
    );
    const points = pointsOf(d);
    expect(d.startsWith('M')).toBe(true);
    expect(d.match(/M/g)).toHaveLength(1); // one polyline, not a segment per cell
    expect(points.length).toBe(6); // one crossing per row
    for (const [x] of points) expect(x).toBeCloseTo(50, 6);
    const ys = points.map((p) => p[1]).sort((a, b) => a! - b!);
    expect(ys[0]).toBeCloseTo(5);
    expect(ys[ys.length - 1]).toBeCloseTo(55);
  });

  it('closes the contour of a bump inside the grid with Z', () => {
    const bump = grid(20, 20, (u, v) => Math.exp(-((u - 10) ** 2 + (v - 10) ** 2) / 20));
    const d = isoLinePath(
      bump,
      20,
      20,
      0.5,
      (u) => u,
      (v) => v,
    );
    expect(d.endsWith('Z')).toBe(true);
    // Every point lies near the circle where exp(−r²/20) = ½: r = √(20 ln 2) ≈ 3.72.
    for (const [x, y] of pointsOf(d)) {
      expect(Math.hypot(x! - 10, y! - 10)).toBeGreaterThan(3.4);
      expect(Math.hypot(x! - 10, y! - 10)).toBeLessThan(3.9);
    }
  });

  it('is empty where the grid never reaches the level, and for degenerate grids', () => {
    expect(
      isoLinePath(
        new Float64Array(16).fill(0.2),
        4,
        4,
        0.5,
        (u) => u,
        (v) => v,
      ),
    ).toBe('');
    expect(
      isoLinePath(
        new Float64Array(3),
        3,
        1,
        0.5,
        (u) => u,
        (v) => v,
      ),
    ).toBe('');
  });

  it('splits a saddle cell by its mean: the side of the centre joins its two corners', () => {
    // Corners a (top left) and c (bottom right) above ½, b and d below. Which edge pairs a line
    // joins: "top+right" cuts off corner b (the centre is above), "left+top" cuts off a.
    const pairs = (values: Float64Array) =>
      isoLinePath(
        values,
        2,
        2,
        0.5,
        (u) => u,
        (v) => v,
      )
        .split('M')
        .filter(Boolean)
        .map((sub) =>
          pointsOf(sub)
            .map(([u, v]) =>
              v === 0.5 ? 'top' : v === 1.5 ? 'bottom' : u === 0.5 ? 'left' : 'right',
            )
            .sort()
            .join('+'),
        )
        .sort();
    expect(pairs(Float64Array.of(1, 0, 0, 1))).toEqual(['bottom+left', 'right+top']);
    expect(pairs(Float64Array.of(0.6, 0, 0, 0.6))).toEqual(['bottom+right', 'left+top']);
  });

  it('skips cells with NaN', () => {
    const values = grid(6, 6, (u) => u / 6);
    values.fill(NaN, 0, 6); // the top row
    const d = isoLinePath(
      values,
      6,
      6,
      0.5,
      (u) => u,
      (v) => v,
    );
    for (const [, y] of pointsOf(d)) expect(y).toBeGreaterThanOrEqual(1.5);
  });
});

describe('fieldPixels', () => {
  it('tints towards class 1 above ½ and class 0 below, clear on the boundary', () => {
    const pixels = fieldPixels(Float64Array.of(0, 0.5, 1, NaN));
    expect([...pixels.slice(0, 3)]).toEqual([0xd5, 0x5e, 0x00]);
    expect(pixels[3]).toBe(Math.round(255 * FIELD_MAX_ALPHA));
    expect(pixels[7]).toBe(0);
    expect([...pixels.slice(8, 11)]).toEqual([0x00, 0x72, 0xb2]);
    expect(pixels[15]).toBe(0);
    expect(CLASS_COLORS).toHaveLength(2);
  });

  it('grows the tint with the confidence', () => {
    const pixels = fieldPixels(Float64Array.of(0.6, 0.9));
    expect(pixels[3]!).toBeLessThan(pixels[7]!);
  });
});

describe('read-outs', () => {
  it('gridChecksum is equal for equal grids and differs when a value moves', () => {
    const a = Float64Array.of(0.1, 0.5, 0.9);
    expect(gridChecksum(a)).toBe(gridChecksum(Float64Array.from(a)));
    expect(gridChecksum(a)).not.toBe(gridChecksum(Float64Array.of(0.1, 0.51, 0.9)));
    expect(gridChecksum(a)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('formatAccuracy gives a percentage with one decimal', () => {
    expect(formatAccuracy(0.965)).toBe('96.5%');
    expect(formatAccuracy(1)).toBe('100.0%');
    expect(formatAccuracy(NaN)).toBe('—');
  });

  it('classCounts counts each label', () => {
    expect(classCounts(Float64Array.of(0, 1, 1, 0, 1))).toEqual([2, 3]);
  });

  it('gridSide follows the plot size within bounds', () => {
    expect(gridSide(150)).toBe(50);
    expect(gridSide(10)).toBe(24);
    expect(gridSide(2000)).toBe(128);
  });
});
