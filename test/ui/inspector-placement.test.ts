import { describe, expect, it } from 'vitest';
import { covers, inspectorSide } from '../../src/ui/inspector/placement';

describe('inspectorSide: the card away from the current-step marker', () => {
  const width = 800;
  const card = 372;

  it('moves to the left when the marker is under the card on the right, and back', () => {
    expect(inspectorSide('right', 700, width, card)).toBe('left');
    expect(inspectorSide('left', 100, width, card)).toBe('right');
  });

  it('stays where it is while the marker is clear of it (no jumping during playback)', () => {
    expect(inspectorSide('right', 100, width, card)).toBe('right');
    expect(inspectorSide('left', 700, width, card)).toBe('left');
    expect(inspectorSide('left', null, width, card)).toBe('left');
  });

  it('a card at most half as wide never covers the marker on the side it picks', () => {
    // InspectorPanel.css: min(372px, 50% − 36px), so the two sides leave a band between them.
    const half = width / 2 - 36;
    for (let x = 0; x <= width; x += 5)
      for (const start of ['left', 'right'] as const) {
        const side = inspectorSide(start, x, width, half);
        expect(covers(side, x, width, half), `${start} ${x}`).toBe(false);
      }
  });
});
