import { describe, expect, it } from 'vitest';
import { showsSteps } from '../../src/plot/step-legibility';

function path(points: [number, number][]) {
  return {
    xs: Float64Array.from(points.map((p) => p[0])),
    ys: Float64Array.from(points.map((p) => p[1])),
  };
}

describe('showsSteps', () => {
  it('a zig-zag of long jumps (diverging gradient descent) shows each step', () => {
    const zig: [number, number][] = [];
    for (let k = 0; k < 30; k++) zig.push([200 + k * 3, 150 + (k % 2 ? 1 : -1) * (10 + k * 4)]);
    expect(showsSteps(path(zig))).toBe(true);
  });

  it('a smooth curve stays a line', () => {
    const curve: [number, number][] = [];
    for (let k = 0; k < 50; k++) curve.push([k * 12, Math.sin(k / 10) * 80]);
    expect(showsSteps(path(curve))).toBe(false);
  });

  it('a zig-zag too fine to see, or with too many points, stays a line', () => {
    const fine: [number, number][] = [];
    for (let k = 0; k < 60; k++) fine.push([k, (k % 2) * 3]);
    expect(showsSteps(path(fine))).toBe(false);
    const many: [number, number][] = [];
    for (let k = 0; k < 1000; k++) many.push([k, (k % 2) * 40]);
    expect(showsSteps(path(many))).toBe(false);
  });

  it('too few points to judge stay a line', () => {
    expect(
      showsSteps(
        path([
          [0, 0],
          [50, 50],
          [0, 100],
        ]),
      ),
    ).toBe(false);
  });
});
