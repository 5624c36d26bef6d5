import { describe, expect, it } from 'vitest';
import { pinchView } from '../../src/ui/landscape/pinch';
import type { View } from '../../src/core/problems';

// A 400 px wide plot over a 4-unit window: 100 px per unit, y from 2 (top) down to −2.
const view: View = { x: [-2, 2], y: [-2, 2] };
const reference: View = { x: [-2, 2], y: [-2, 2] };
const width = (v: View) => v.x[1] - v.x[0];
/** The data point at a plot pixel of a view drawn 400 px wide. */
const dataAt = (v: View, [px, py]: [number, number]) => {
  const u = width(v) / 400;
  return [v.x[0] + px * u, v.y[1] - py * u];
};

describe('pinchView', () => {
  it('zooms in by the ratio of spacings when the fingers spread about a fixed midpoint', () => {
    const next = pinchView(
      view,
      400,
      reference,
      [
        [150, 200],
        [250, 200],
      ],
      [
        [100, 200],
        [300, 200],
      ],
    );
    expect(width(next)).toBeCloseTo(2, 12);
    // The midpoint (200, 200) was over (0, 0) and still is.
    const [x, y] = dataAt(next, [200, 200]);
    expect(x).toBeCloseTo(0, 12);
    expect(y).toBeCloseTo(0, 12);
  });

  it('keeps the point under the fingers under them when they pinch in and move', () => {
    const from: [[number, number], [number, number]] = [
      [100, 100],
      [300, 300],
    ];
    const to: [[number, number], [number, number]] = [
      [220, 180],
      [320, 280],
    ];
    const anchor = dataAt(view, [200, 200]);
    const next = pinchView(view, 400, reference, from, to);
    expect(width(next)).toBeCloseTo(8, 12); // spacing halved: the window doubles
    const [x, y] = dataAt(next, [270, 230]); // the new midpoint
    expect(x).toBeCloseTo(anchor[0]!, 12);
    expect(y).toBeCloseTo(anchor[1]!, 12);
  });

  it('stays within the zoom limits of the reference view (1e-4 of its width at most)', () => {
    const tiny: View = { x: [0, 0.001], y: [0, 0.001] };
    const next = pinchView(
      tiny,
      400,
      reference,
      [
        [195, 200],
        [205, 200],
      ],
      [
        [0, 200],
        [400, 200],
      ],
    );
    // 40× in would make it 2.5e-5 wide; the limit holds it at 4 × 1e-4.
    expect(width(next)).toBeCloseTo(4e-4, 12);
  });

  it('ignores touches too close together to measure', () => {
    const same = pinchView(
      view,
      400,
      reference,
      [
        [200, 200],
        [201, 200],
      ],
      [
        [100, 200],
        [300, 200],
      ],
    );
    expect(same).toBe(view);
  });
});
