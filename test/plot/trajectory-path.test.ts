import { describe, expect, it } from 'vitest';
import { MAX_PATH_POINTS, keptIndexAt, trajectoryPath } from '../../src/plot/trajectory-path';

const identity = (v: number) => v;

describe('trajectoryPath', () => {
  it('draws every point that moves at least the minimum distance, with cumulative lengths', () => {
    const path = trajectoryPath(
      Float64Array.of(0, 0, 3, 4, 3, 4.1, 6, 8),
      2,
      identity,
      identity,
      1,
    );
    // (3, 4.1) is 0.1 px from (3, 4): skipped; the last point is always kept.
    expect(path.d).toBe('M0,0L3,4L6,8');
    expect(Array.from(path.steps)).toEqual([0, 1, 3]);
    expect(Array.from(path.lengths)).toEqual([0, 5, 10]); // measured from the last kept point
  });

  it('decimates a million-step run to what the pixels can show', () => {
    const n = 1_000_000;
    const trajectory = new Float64Array(2 * n);
    for (let k = 0; k < n; k++) {
      trajectory[2 * k] = Math.cos(k / n) * 300;
      trajectory[2 * k + 1] = Math.sin(k / n) * 300;
    }
    const path = trajectoryPath(trajectory, 2, identity, identity);
    expect(path.steps.length).toBeLessThan(1000);
    expect(path.steps[path.steps.length - 1]).toBe(n - 1);
  });

  it('draws a run oscillating about a minimum for a million steps once, not a million times', () => {
    const n = 1_000_000;
    const trajectory = new Float64Array(2 * n);
    for (let k = 0; k < n; k++) {
      // Down a slope for 100 steps, then bouncing ±20 px about (300, 200) for the rest.
      const settled = k >= 100;
      trajectory[2 * k] = settled ? 300 + (k % 2 ? 20 : -20) * (1 + (k % 7) / 10) : k * 3;
      trajectory[2 * k + 1] = settled ? 200 + (k % 3) * 5 : k * 2;
    }
    const plot = { width: 800, height: 600 };
    const path = trajectoryPath(trajectory, 2, identity, identity, 0.75, plot);
    expect(path.steps.length).toBeLessThan(300);
    expect(path.steps[0]).toBe(0);
    expect(path.steps[path.steps.length - 1]).toBe(n - 1);
    // The descent is drawn point by point.
    expect(Array.from(path.steps.slice(0, 100))).toEqual(Array.from({ length: 100 }, (_, k) => k));
  });

  it('keeps any run within the point budget, noise and all', () => {
    const n = 500_000;
    const trajectory = new Float64Array(2 * n);
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let k = 0; k < 2 * n; k++) trajectory[k] = random() * 800;
    const path = trajectoryPath(trajectory, 2, identity, identity, 0.75, {
      width: 800,
      height: 800,
    });
    expect(path.steps.length).toBeLessThanOrEqual(MAX_PATH_POINTS);
    expect(path.steps[path.steps.length - 1]).toBe(n - 1);
  });

  it('clamps coordinates far off screen', () => {
    const path = trajectoryPath(Float64Array.of(0, 0, 1e300, -1e300), 2, identity, identity);
    expect(path.d).toBe('M0,0L1000000,-1000000');
  });

  it('finds the last kept point at or before a step', () => {
    const path = trajectoryPath(
      Float64Array.of(0, 0, 0, 0.1, 0, 5, 0, 10),
      2,
      identity,
      identity,
      1,
    );
    expect(Array.from(path.steps)).toEqual([0, 2, 3]);
    expect(keptIndexAt(path, 0)).toBe(0);
    expect(keptIndexAt(path, 1)).toBe(0);
    expect(keptIndexAt(path, 2)).toBe(1);
    expect(keptIndexAt(path, 99)).toBe(2);
  });
});
