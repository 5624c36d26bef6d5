/**
 * A draped path as a ribbon's vertex arrays (src/ui/landscape3d/ribbon.ts): two vertices a
 * point, and each point's distance along the path (box units), which spaces a dashed path's
 * dashes and carries on across a break between strips.
 */
import { describe, expect, it } from 'vitest';
import { ribbonOf } from '../../src/ui/landscape3d/ribbon';
import type { DrapedPath } from '../../src/plot/drape';

const path: DrapedPath = {
  // Strip one: (0,0,0) → (3,4,0) → (3,4,12); strip two: (10,0,0) → (10,1,0).
  points: new Float32Array([0, 0, 0, 3, 4, 0, 3, 4, 12, 10, 0, 0, 10, 1, 0]),
  steps: new Float32Array([0, 1, 2, 5, 6]),
  strips: new Uint32Array([0, 3, 3, 5]),
  own: new Uint8Array([1, 1, 1, 1, 1]),
};

describe('ribbonOf', () => {
  const ribbon = ribbonOf(path);

  it('two vertices a point, the step on both, two triangles a segment', () => {
    expect(Array.from(ribbon.step)).toEqual([0, 0, 1, 1, 2, 2, 5, 5, 6, 6]);
    expect(Array.from(ribbon.side)).toEqual([-1, 1, -1, 1, -1, 1, -1, 1, -1, 1]);
    // Three segments (two in the first strip, one in the second): none across the break.
    expect(ribbon.index).toHaveLength(3 * 6);
    expect(Array.from(ribbon.index.slice(12))).toEqual([6, 7, 8, 8, 7, 9]);
  });

  it('the distance along the path, from its first point, across the break', () => {
    expect(Array.from(ribbon.along)).toEqual([0, 0, 5, 5, 17, 17, 17, 17, 18, 18]);
  });
});
