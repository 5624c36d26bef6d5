import { describe, expect, it } from 'vitest';
import type { SweepPoint } from '../../src/core/sweep';
import {
  divergedRanges,
  metricValue,
  pickLr,
  stepLr,
  sweepAxis,
  sweepDomain,
  sweepGeometry,
  sweepLine,
  SWEEP_MARGIN,
} from '../../src/ui/lab/sweep-geometry';

const point = (lr: number, finalLoss: number, extra: Partial<SweepPoint> = {}): SweepPoint => ({
  lr,
  finalLoss,
  bestLoss: finalLoss / 2,
  stepsToTolerance: 10,
  divergedAt: null,
  ...extra,
});

describe('sweepAxis()', () => {
  it('plots losses as f − f* on a log axis when f* is known, f on symlog when not, steps linearly', () => {
    expect(sweepAxis('final', 0, 100)).toMatchObject({ kind: 'log', label: 'final f − f*' });
    expect(sweepAxis('best', null, 100)).toMatchObject({ kind: 'symlog', label: 'best f' });
    expect(sweepAxis('steps', 0, 100)).toMatchObject({ kind: 'linear', steps: 100 });
  });
});

describe('metricValue()', () => {
  it('has no value for a diverged α, a missing point or a tolerance not reached', () => {
    expect(metricValue(point(1, 2), 'final')).toBe(2);
    expect(metricValue(point(1, 2), 'best')).toBe(1);
    expect(metricValue(point(1, 2), 'steps')).toBe(10);
    expect(metricValue(point(1, Infinity, { divergedAt: 3 }), 'best')).toBeNull();
    expect(metricValue(undefined, 'final')).toBeNull();
    expect(metricValue(point(1, 2, { stepsToTolerance: null }), 'steps')).toBeNull();
  });
});

describe('sweepGeometry()', () => {
  const axis = sweepAxis('final', 0, 100);
  const { left, right, top, bottom } = SWEEP_MARGIN;
  const geo = sweepGeometry(left + right + 600, top + bottom + 100, axis, [1e-4, 1]);

  it('maps α from 1e-5 to 10 across the plot on a log scale, and back', () => {
    expect(geo.x(1e-5)).toBeCloseTo(0, 9);
    expect(geo.x(10)).toBeCloseTo(600, 9);
    expect(geo.x(1e-2)).toBeCloseTo(300, 9); // the middle decade of six
    expect(geo.lrAt(300)).toBeCloseTo(1e-2, 12);
    expect(geo.lrAt(-50)).toBeCloseTo(1e-5, 15); // clamped to the grid
    expect(geo.y(1e-4)).toBeCloseTo(100, 9);
    expect(geo.y(1)).toBeCloseTo(0, 9);
  });

  it('sweepLine() breaks the line at α without a value and lists the diverged α', () => {
    const lrs = [1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1];
    const points = [
      point(1e-5, 1),
      point(1e-4, 1e-2),
      undefined,
      point(1e-2, 1e-4),
      point(0.1, Infinity, { divergedAt: 4 }),
      point(1, Infinity, { divergedAt: 2 }),
    ];
    const { d, diverged } = sweepLine(points, lrs, geo, 'final');
    expect(d).toBe('M0,0L100,50M300,100h0');
    expect(diverged).toEqual([0.1, 1]);
  });

  it('pickLr() snaps to a grid α within 4 px, else rounds to two significant digits', () => {
    const lrs = [1e-3, 1e-2];
    expect(pickLr(geo.x(1e-2) + 3, geo, lrs)).toBe(1e-2);
    expect(pickLr(geo.x(3.14e-3), geo, lrs)).toBe(3.1e-3);
  });

  it('stepLr() moves to the neighbouring grid α, and stops at the ends', () => {
    const lrs = [1e-3, 1e-2, 0.1];
    expect(stepLr(3e-3, lrs, 1)).toBe(1e-2);
    expect(stepLr(1e-2, lrs, -1)).toBe(1e-3);
    expect(stepLr(0.1, lrs, 1)).toBe(0.1);
    expect(stepLr(1e-4, lrs, -1)).toBe(1e-3);
  });

  it('sweepDomain() spans whole decades over the values shown; steps span 0 to the run length', () => {
    expect(sweepDomain(axis, [[point(1, 3e-3), point(2, 0.5)]])).toEqual([1e-3, 1]);
    expect(sweepDomain(sweepAxis('steps', 0, 250), [])).toEqual([0, 250]);
  });
});

describe('divergedRanges()', () => {
  it('joins consecutive diverged α into ranges; a missing point does not split one', () => {
    const lrs = [1, 2, 3, 4, 5, 6];
    const d = (lr: number) => point(lr, Infinity, { divergedAt: 1 });
    const ranges = divergedRanges([d(1), point(2, 1), d(3), undefined, d(5), d(6)], lrs);
    expect(ranges).toEqual([
      { from: 1, to: 1 },
      { from: 3, to: 6 },
    ]);
  });
});
