/**
 * The Inside tab's colours (src/ui/insight): a confusion cell's shade (the diagonal by its row's
 * largest count, mistakes by the largest mistake) and its text colour (the one of near-black and
 * white with more contrast, WCAG 2), and the pictures' ink and diverging scales.
 */
import { describe, expect, it } from 'vitest';
import { cellColors, cellShade } from '../../src/ui/insight/ConfusionGrid';
import { pixelColor } from '../../src/ui/insight/PixelImage';

describe('cellShade', () => {
  // true 0: 8 right, 2 as 1; true 1: 1 as 0, 4 right.
  const counts = [8, 2, 1, 4];
  it('shades the diagonal by its row’s largest count and mistakes by the largest mistake', () => {
    expect(cellShade(counts, 2, 0, 0)).toEqual({ diagonal: true, shade: 1 });
    expect(cellShade(counts, 2, 1, 1)).toEqual({ diagonal: true, shade: 1 });
    expect(cellShade(counts, 2, 0, 1)).toEqual({ diagonal: false, shade: 1 });
    expect(cellShade(counts, 2, 1, 0)).toEqual({ diagonal: false, shade: 0.5 });
  });
  it('is 0 where nothing is counted', () => {
    expect(cellShade([0, 0, 0, 3], 2, 0, 0).shade).toBe(0);
    expect(cellShade([5, 0, 0, 3], 2, 1, 0).shade).toBe(0);
  });
});

describe('cellColors', () => {
  it('is white with dark text at 0, and white text on full blue', () => {
    expect(cellColors(true, 0)).toEqual({ background: 'rgb(255, 255, 255)', text: '#17212b' });
    expect(cellColors(true, 1).text).toBe('#ffffff');
  });
  it('keeps dark text on light orange', () => {
    expect(cellColors(false, 0.3).text).toBe('#17212b');
  });
});

describe('pixelColor', () => {
  it('draws ink black on white', () => {
    expect(pixelColor(0, { kind: 'ink', max: 16 })).toEqual([255, 255, 255]);
    expect(pixelColor(16, { kind: 'ink', max: 16 })).toEqual([0, 0, 0]);
    expect(pixelColor(8, { kind: 'ink', max: 16 })).toEqual([128, 128, 128]);
  });
  it('is white at 0 and symmetric: red at +max, blue at −max', () => {
    const scale = { kind: 'diverging', maxAbs: 2 } as const;
    expect(pixelColor(0, scale)).toEqual([255, 255, 255]);
    expect(pixelColor(2, scale)).toEqual([178, 24, 43]);
    expect(pixelColor(-2, scale)).toEqual([33, 102, 172]);
    expect(pixelColor(-5, scale)).toEqual([33, 102, 172]);
  });
});
