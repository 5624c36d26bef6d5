import { describe, expect, it } from 'vitest';
import { cameraEye } from '../../src/plot/camera3d';
import { boxOf } from '../../src/plot/surface-mesh';
import { DEFAULT_CAMERA } from '../../src/state/landscape-3d';
import { axisLabelPlaces } from '../../src/ui/landscape3d/axis-labels';

const WIDTH = 790;
const HEIGHT = 444;
/** A range label's box, centred on its place: "−27.07" in the view's small type. */
const LABEL = { width: 44, height: 15 };

function places(
  view: { x: [number, number]; y: [number, number] },
  azimuth: number,
  elevation: number,
) {
  const box = boxOf(view);
  const eye = cameraEye({ ...DEFAULT_CAMERA, azimuth, elevation }, box, WIDTH / HEIGHT);
  return new Map(axisLabelPlaces(eye, box, WIDTH, HEIGHT).map((l) => [l.id, l.at!]));
}

describe('the 3D view’s axis labels (issue 19)', () => {
  it('never lays two range labels over each other, however the camera turns', () => {
    // A square window (a model's slice: −27.07 at both axes' low ends, the same width of text).
    const square = {
      x: [-27.07, 27.07] as [number, number],
      y: [-27.07, 27.07] as [number, number],
    };
    for (let azimuth = -180; azimuth < 180; azimuth += 10)
      for (const elevation of [15, 30, 50, 70, 89]) {
        const at = places(square, azimuth, elevation);
        const ends = (['x0', 'x1', 'y0', 'y1'] as const).map((id) => [id, at.get(id)!] as const);
        for (const [a, p] of ends)
          for (const [b, q] of ends)
            if (a < b)
              expect(
                Math.abs(p[0] - q[0]) >= LABEL.width || Math.abs(p[1] - q[1]) >= LABEL.height,
                `${a} and ${b} at azimuth ${azimuth}, elevation ${elevation}`,
              ).toBe(true);
      }
  });

  it('names each axis at the middle of the floor edge nearer the eye, its range at the ends', () => {
    const at = places({ x: [-2, 2], y: [-1, 3] }, 0, 50);
    // Looking along +y from the −y side: x's name below the picture's middle, −2 left of 2.
    expect(at.get('x')![0]).toBeCloseTo(WIDTH / 2, 0);
    expect(at.get('x')![1]).toBeGreaterThan(HEIGHT / 2);
    expect(at.get('x0')![0]).toBeLessThan(at.get('x')![0]);
    expect(at.get('x1')![0]).toBeGreaterThan(at.get('x')![0]);
  });
});
