import { describe, expect, it } from 'vitest';
import { splitSymbol, toColorInputValue } from '../../src/ui/optimizers/labels';
import { placeBelow, revealDelta } from '../../src/ui/optimizers/placement';

describe('labels', () => {
  it('splits a trailing digit off a symbol as a subscript', () => {
    expect(splitSymbol('β1')).toEqual(['β', '1']);
    expect(splitSymbol('α')).toEqual(['α', '']);
    expect(splitSymbol('G₀')).toEqual(['G₀', '']);
    expect(splitSymbol('T_w')).toEqual(['T', 'w']);
  });

  it('gives colour inputs #rrggbb', () => {
    expect(toColorInputValue('#0072B2')).toBe('#0072b2');
    expect(toColorInputValue('#abc')).toBe('#aabbcc');
    expect(toColorInputValue('red')).toBe('#000000');
  });
});

describe('placement', () => {
  const rect = (top: number, bottom: number, left = 0, right = 0) =>
    ({ top, bottom, left, right }) as DOMRect;

  it('places a popover under its trigger, aligned to either edge, within the viewport', () => {
    const viewport = { width: 1280, height: 720 };
    expect(placeBelow(rect(70, 100, 1100, 1250), viewport, 'end')).toEqual({
      top: 104,
      right: 30,
      maxHeight: 608,
    });
    expect(placeBelow(rect(300, 326, 850, 876), viewport, 'start')).toEqual({
      top: 330,
      left: 850,
      maxHeight: 382,
    });
  });

  it('keeps a popover of known width on screen, whichever edge it is aligned with', () => {
    const viewport = { width: 1280, height: 720 };
    // A 300 px menu right-aligned with a button ending 244 px from the left would start at −56.
    expect(placeBelow(rect(70, 100, 150, 244), viewport, 'end', 300).right).toBe(972);
    expect(placeBelow(rect(70, 100, 150, 244), viewport, 'end', 0).right).toBe(1036);
    // Left-aligned with a trigger near the right edge: pulled back so that it ends 8 px inside.
    expect(placeBelow(rect(70, 100, 1200, 1230), viewport, 'start', 200).left).toBe(1072);
    // Wider than the viewport: it starts at the margin.
    expect(placeBelow(rect(70, 100, 600, 700), viewport, 'start', 2000).left).toBe(8);
  });

  it('scrolls a list just enough to show an item, its top first', () => {
    const list = { top: 100, bottom: 400 };
    expect(revealDelta(list, { top: 150, bottom: 300 })).toBe(0);
    expect(revealDelta(list, { top: 60, bottom: 200 })).toBe(-40);
    expect(revealDelta(list, { top: 350, bottom: 450 })).toBe(50);
    expect(revealDelta(list, { top: 300, bottom: 700 })).toBe(200);
    expect(revealDelta(list, { top: 350, bottom: 398 }, 8)).toBe(6);
    expect(revealDelta(list, { top: 104, bottom: 200 }, 8)).toBe(-4);
  });
});
