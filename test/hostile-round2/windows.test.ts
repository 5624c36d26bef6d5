/**
 * Issue 23, point 2: any window a link holds opens, and what the address bar then shows reopens
 * to exactly the same window. Windows with any finite extents (subnormals, spans below one ulp,
 * the coordinate limit) never throw; a window too small to draw is widened with a notice, to at
 * least MIN_WINDOW_FRACTION of the problem's view; decode∘encode is the identity on decoded
 * windows, and encode∘decode on the links the app writes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { View } from '../../src/core/problems';
import { FUNCTION_NAMES } from '../../src/core/problems';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { MAX_WINDOW_COORDINATE, MIN_WINDOW_FRACTION, referenceView } from '../../src/url/window';
import { writeNumber } from '../../src/url/values';

/** Finite doubles, the awkward ones likely: subnormals, ±0, one ulp apart, the limit. */
const coordinate = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -2e9, max: 2e9 }),
  fc.constantFrom(
    0,
    -0,
    5e-324,
    -5e-324,
    1e-320,
    1e-310,
    2,
    2.0000000000000004,
    1e9,
    -1e9,
    999999999.9999999,
    1e-7,
  ),
  fc.double({ noNaN: true, min: -1e-300, max: 1e-300 }),
);

const problem = fc.constantFrom(
  ...FUNCTION_NAMES,
  'expression(expr=x%5E2%2By%5E2)',
  'linear-regression',
  'mlp',
);

const windowLink = fc
  .tuple(problem, coordinate, coordinate, coordinate, coordinate)
  .map(([p, ...numbers]) => `v=1&p=${p}&win=${numbers.map(writeNumber).join(',')}`);

function side(window: View, axis: 'x' | 'y'): number {
  return window[axis][1] - window[axis][0];
}

describe('a window from a link', () => {
  it('never throws, is big enough to draw, and reopens to itself', () => {
    fc.assert(
      fc.property(windowLink, (link) => {
        const first = decodeLink(link);
        const window = first.state.view.window;
        if (window === null) return;
        const reference = referenceView(first.state.scenario.problem);
        const minimum =
          MIN_WINDOW_FRACTION * Math.min(side(reference, 'x'), side(reference, 'y')) * 0.99;
        for (const axis of ['x', 'y'] as const) {
          expect(side(window, axis)).toBeGreaterThanOrEqual(minimum);
          for (const value of window[axis]) {
            expect(Number.isFinite(value)).toBe(true);
            expect(Math.abs(value)).toBeLessThanOrEqual(MAX_WINDOW_COORDINATE);
          }
        }
        // What the address bar shows reopens to the same window, without a word.
        const shown = encodeLink(first.state);
        const again = decodeLink(shown);
        expect(again.notices).toEqual([]);
        expect(again.state.view.window).toEqual(window);
        for (const axis of ['x', 'y'] as const)
          window[axis].forEach((value, i) =>
            expect(Object.is(again.state.view.window![axis][i], value)).toBe(true),
          );
        expect(encodeLink(again.state)).toBe(shown);
      }),
      { numRuns: 2000 },
    );
  });

  it('widens subnormal extents about their centre, with a notice (the crash of issue 23)', () => {
    const { state, notices } = decodeLink('?v=1&p=himmelblau&win=0,1e-320,0,1e-320');
    const window = state.view.window!;
    expect(side(window, 'x')).toBeGreaterThanOrEqual(1e-4);
    expect(window.x[0]).toBeLessThan(0);
    expect(window.x[1]).toBeGreaterThan(0);
    expect(notices).toEqual([
      {
        param: 'win',
        message: expect.stringMatching(/^is too small to draw; widened about its centre to /),
        said: {
          key: 'status.linkWindowWidened',
          values: expect.objectContaining({ param: 'win' }),
        },
      },
    ]);
  });

  it('keeps a window one ulp wide at 2 on one reopening (the second example of issue 23)', () => {
    const first = decodeLink('?v=1&win=2,2.0000000000000004,0,1e-310');
    const shown = encodeLink(first.state);
    expect(decodeLink(shown).state.view.window).toEqual(first.state.view.window);
  });
});

describe('a window the app sets (zoom, pan)', () => {
  /** A window as gestures leave it: any size within the zoom limits of the problem's view. */
  const gestureWindow = fc
    .tuple(
      fc.constantFrom(...FUNCTION_NAMES),
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.double({ min: -4, max: 3, noNaN: true }),
      fc.double({ min: 0.25, max: 4, noNaN: true }),
    )
    .map(([name, cx, cy, zoom, aspect]) => {
      const reference = referenceView({ type: 'function', name });
      const width = side(reference, 'x') * 10 ** zoom;
      const height = width / aspect;
      const window: View = {
        x: [cx - width / 2, cx + width / 2],
        y: [cy - height / 2, cy + height / 2],
      };
      return { name, window };
    });

  it('is written as a link that reopens to the window the link says, without a notice', () => {
    fc.assert(
      fc.property(gestureWindow, ({ name, window }) => {
        const link = decodeLink(`v=1&p=${name}`);
        const shown = encodeLink({ ...link.state, view: { ...DEFAULT_VIEW, window } });
        const opened = decodeLink(shown);
        expect(opened.notices).toEqual([]);
        const read = opened.state.view.window!;
        // Within 1/10,000 of the window's size of where it was, and a fixed point from then on.
        for (const axis of ['x', 'y'] as const)
          read[axis].forEach((value, i) =>
            expect(Math.abs(value - window[axis][i]!)).toBeLessThanOrEqual(
              side(window, axis) * 1e-4,
            ),
          );
        expect(encodeLink(opened.state)).toBe(shown);
      }),
      { numRuns: 1000 },
    );
  });
});
