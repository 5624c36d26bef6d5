import { describe, expect, it } from 'vitest';
import {
  arrowHead,
  besideOverlaps,
  breakMark,
  descentStep,
  inset,
  EDGE_PX,
  labelPlacement,
  MIN_ARROW_PX,
  projectVector,
  separateLabels,
  screenArrow,
  stepTaken,
} from '../../src/ui/landscape/arrows-geometry';
import { projectTrajectory } from '../../src/core/slice';
import { formatArrows, NO_ARROWS, parseArrows } from '../../src/state/arrow-settings';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { getPreset } from '../../src/presets/presets';

/** A window of x ∈ [−2, 2], y ∈ [−1, 3] on a 400 × 400 plot (y grows upwards in data). */
const scales = { x: (x: number) => (x + 2) * 100, y: (y: number) => (3 - y) * 100 };

describe('descentStep', () => {
  it('is −α·v: plain gradient descent’s step along v', () => {
    expect(descentStep([3, -4], 0.1)).toEqual([-0.30000000000000004, 0.4]);
    expect(descentStep([0, 0], 0.5)).toEqual([-0, -0]);
  });
});

describe('stepTaken', () => {
  const trajectory = [0, 0, 1, 2, 4, 3];
  it('is θₖ − θₖ₋₁, and nothing at step 0 or past the end', () => {
    expect(stepTaken(trajectory, 1)).toEqual([1, 2]);
    expect(stepTaken(trajectory, 2)).toEqual([3, 1]);
    expect(stepTaken(trajectory, 0)).toBeNull();
    expect(stepTaken(trajectory, 3)).toBeNull();
  });
});

describe('screenArrow', () => {
  it('maps start and tip through the scales, with y flipped', () => {
    expect(screenArrow([0, 1], [1, 1], scales)).toEqual({
      x1: 200,
      y1: 200,
      x2: 300,
      y2: 100,
      clipped: false,
    });
  });

  it('keeps its true length while the tip stays in the plot', () => {
    const arrow = screenArrow([0, 1], [1, 1], scales, { width: 400, height: 400 })!;
    expect(arrow).toMatchObject({ x2: 300, y2: 100, clipped: false });
  });

  it('ends a tip that would leave the plot at its edge (less EDGE_PX), direction kept', () => {
    const arrow = screenArrow([0, 1], [3, 4], scales, { width: 400, height: 400 })!;
    expect(arrow.clipped).toBe(true);
    // Up and right from (200, 200): the top edge (y = EDGE_PX) comes first.
    expect(arrow.y2).toBeCloseTo(EDGE_PX, 9);
    expect((arrow.x2 - arrow.x1) / (arrow.y1 - arrow.y2)).toBeCloseTo(3 / 4, 12);
  });

  it('draws nothing from a start outside the plot', () => {
    expect(screenArrow([3, 1], [-1, 0], scales, { width: 400, height: 400 })).toBeNull();
  });

  it('draws nothing for a vector too short to see or not finite', () => {
    expect(screenArrow([0, 1], [(MIN_ARROW_PX - 0.5) / 100, 0], scales)).toBeNull();
    expect(screenArrow([0, 1], [NaN, 0], scales)).toBeNull();
    expect(screenArrow([Infinity, 1], [1, 0], scales)).toBeNull();
  });
});

describe('projectVector', () => {
  it('gives the dot products on orthonormal directions', () => {
    const d1 = [1 / Math.SQRT2, 1 / Math.SQRT2, 0];
    const d2 = [0, 0, 1];
    const [a, b] = projectVector([1, 3, -2], d1, d2);
    expect(a).toBeCloseTo(4 / Math.SQRT2, 12);
    expect(b).toBeCloseTo(-2, 12);
  });

  it('agrees with the trajectories’ projection: the image of θₖ − θₖ₋₁ is the difference of the images', () => {
    const d1 = Float64Array.of(1, 0.5, -0.2, 0.1);
    const d2 = Float64Array.of(0.3, -1, 0.4, 0.7);
    const center = Float64Array.of(0.1, 0.2, 0.3, 0.4);
    const points = Float64Array.of(1, 2, 3, 4, 0.5, -1, 2, 7);
    const projected = projectTrajectory(points, 2, 4, center, d1, d2);
    const delta = [0.5 - 1, -1 - 2, 2 - 3, 7 - 4];
    const [a, b] = projectVector(delta, d1, d2);
    expect(a).toBeCloseTo(projected[2]! - projected[0]!, 12);
    expect(b).toBeCloseTo(projected[3]! - projected[1]!, 12);
  });

  it('falls back to one direction when they are parallel', () => {
    expect(projectVector([2, 0], [1, 0], [2, 0])).toEqual([2, 0]);
  });
});

describe('arrow head, break mark and label', () => {
  const right = { x1: 0, y1: 50, x2: 100, y2: 50, clipped: false };

  it('the head’s tip is the arrow’s tip', () => {
    expect(arrowHead(right).startsWith('M100,50L')).toBe(true);
  });

  it('a short arrow’s head is at most half of it', () => {
    const short = { x1: 0, y1: 0, x2: 6, y2: 0, clipped: false };
    // Base at x = 3 (half the arrow), tip at 6.
    expect(arrowHead(short)).toMatch(/^M6,0L3,/);
  });

  it('inset moves the start along and the tip back, and leaves a short arrow alone', () => {
    expect(inset(right, 7, 0)).toMatchObject({ x1: 7, y1: 50, x2: 100, y2: 50 });
    expect(inset(right, 0, 8)).toMatchObject({ x1: 0, x2: 92 });
    const short = { x1: 0, y1: 0, x2: 10, y2: 0, clipped: false };
    expect(inset(short, 7, 0)).toBe(short);
  });

  it('Δθ moves sideways only when an arrow leaving its tip points back along it', () => {
    const step = { x1: 0, y1: 50, x2: 100, y2: 50, clipped: false };
    const back = { x1: 100, y1: 50, x2: -20, y2: 52, clipped: false };
    const on = { x1: 100, y1: 50, x2: 200, y2: 50, clipped: false };
    const across = { x1: 100, y1: 50, x2: 100, y2: 0, clipped: false };
    expect(besideOverlaps(step, [back])).toMatchObject({ x1: 0, y1: 45, x2: 100, y2: 45 });
    expect(besideOverlaps(step, [on])).toBe(step);
    expect(besideOverlaps(step, [across])).toBe(step);
  });

  it('the break mark is two slashes across the shaft', () => {
    expect(breakMark({ ...right, clipped: true }).match(/M/g)).toHaveLength(2);
  });

  it('a tip label goes beyond the tip, anchored away from the arrow', () => {
    expect(labelPlacement(right, 'tip')).toMatchObject({ x: 107, anchor: 'start' });
    const left = { x1: 100, y1: 50, x2: 0, y2: 50, clipped: false };
    expect(labelPlacement(left, 'tip')).toMatchObject({ x: -7, anchor: 'end' });
    const down = { x1: 50, y1: 0, x2: 50, y2: 100, clipped: false };
    const below = labelPlacement(down, 'tip');
    expect(below.anchor).toBe('middle');
    expect(below.y).toBeGreaterThan(100);
  });

  it('near the plot’s edge a label turns back into the plot', () => {
    const box = { width: 110, height: 100 };
    const place = labelPlacement(right, 'tip', box);
    expect(place.anchor).toBe('end');
    expect(place.x).toBeLessThanOrEqual(108);
  });

  it('a middle label goes above the shaft’s middle', () => {
    const place = labelPlacement(right, 'middle');
    expect(place.x).toBeCloseTo(50, 9);
    expect(place.y).toBeLessThan(50);
  });
});

describe('separateLabels', () => {
  it('keeps labels that do not overlap, moves one that does to a free line', () => {
    const a = { x: 100, y: 100, anchor: 'start' as const, width: 40 };
    const far = { x: 300, y: 100, anchor: 'start' as const, width: 40 };
    const clash = { x: 110, y: 104, anchor: 'start' as const, width: 40 };
    const [first, second, third] = separateLabels([a, far, clash]);
    expect(first).toEqual({ x: 100, y: 100, anchor: 'start' });
    expect(second).toEqual({ x: 300, y: 100, anchor: 'start' });
    expect(third).toEqual({ x: 110, y: 120, anchor: 'start' });
  });
});

describe('arrow settings in a link', () => {
  it('writes the kinds on and all, nothing when none is on', () => {
    expect(formatArrows(NO_ARROWS)).toBe('');
    expect(formatArrows({ ...NO_ARROWS, allRuns: true })).toBe('');
    expect(formatArrows({ grad: true, step: false, state: true, allRuns: true })).toBe(
      'grad,state,all',
    );
  });

  it('reads back what it writes and names what it does not know', () => {
    expect(parseArrows('grad,step,all')).toEqual({
      settings: { grad: true, step: true, state: false, allRuns: true },
      unknown: [],
    });
    expect(parseArrows('step,curl')).toEqual({
      settings: { ...NO_ARROWS, step: true },
      unknown: ['curl'],
    });
  });

  it('a link carries them (`arrows=`) and names a token it does not know', () => {
    const scenario = getPreset('learning-rate-quadratic')!.scenario;
    const arrows = { grad: true, step: false, state: true, allRuns: true };
    const query = encodeLink({ scenario, view: { ...DEFAULT_VIEW, arrows } });
    expect(query).toContain('arrows=grad,state,all');
    expect(decodeLink(query).state.view.arrows).toEqual(arrows);
    expect(encodeLink({ scenario, view: DEFAULT_VIEW })).not.toContain('arrows');
    const bad = decodeLink(`${query.replace('arrows=grad', 'arrows=curl,grad')}`);
    expect(bad.state.view.arrows).toEqual(arrows);
    expect(bad.notices.map((n) => n.param)).toEqual(['arrows']);
  });
});
