import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/plot/camera3d';
import { runMarkers } from '../../src/ui/landscape3d/Progress3d';
import type { Run3d } from '../../src/ui/landscape3d/use-scene-runs';

/** A run whose point at step k is (k, 0, 0), and its averaged point's (k, 1, 0) if it keeps one. */
function run(index: number, averages: boolean, selected = false): Run3d {
  return {
    index,
    colour: [10 * index, 20, 30],
    selected,
    endStep: 10,
    pointAt: (k: number): Vec3 => [k, 0, 0],
    averagedAt: averages ? (k: number): Vec3 => [k, 1, 0] : null,
  } as unknown as Run3d;
}

describe('runMarkers (the 3D view’s markers of the runs at the cursor)', () => {
  it('rings a run’s averaged point in its colour, under θ’s dot', () => {
    const markers = runMarkers([run(0, false), run(1, true, true)], 4);
    expect(markers.map((m) => [m.kind, m.at, m.colour])).toEqual([
      [0, [4, 0, 0], [0, 20, 30]],
      [5, [4, 1, 0], [10, 20, 30]],
      [0, [4, 0, 0], [10, 20, 30]],
    ]);
    // The selected run's dot is the larger; the ring is the 2D view's size.
    expect(markers[2]!.size).toBeGreaterThan(markers[0]!.size);
    expect(markers[1]!.size).toBe(12);
  });

  it('a point off the surface has no marker', () => {
    const off = { ...run(0, true), pointAt: () => null, averagedAt: () => null } as Run3d;
    expect(runMarkers([off], 3)).toEqual([]);
  });
});
