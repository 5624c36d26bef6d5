/**
 * A model slice's axes are named on screen by the plane's method, in the language shown; the
 * core's English names (SLICE_AXES) are never read back as keys (issue 15). A 2D problem's axis
 * symbols stay as they are.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { axisNames } from '../../src/i18n/text';
import { SLICE_AXES, sliceTitle } from '../../src/core/slice/types';
import { loadLanguage } from '../../src/i18n/load';

// Chinese is a chunk loaded when shown (docs/i18n.md, "How languages load").
beforeAll(() => loadLanguage('zh'));

afterEach(() => void i18n.changeLanguage('en'));

describe('axisNames', () => {
  it('a 2D problem keeps its symbols whatever their text', () => {
    expect(axisNames(['w', 'b'], null)).toEqual(['w', 'b']);
    expect(axisNames(['PC 1', 'PC 2'], null)).toEqual(['PC 1', 'PC 2']);
  });

  it('a slice is named by its method in either language', () => {
    expect(axisNames(SLICE_AXES.pca, 'pca')).toEqual(['PC 1', 'PC 2']);
    expect(axisNames(['x', 'y'], 'random')).toEqual(['direction 1', 'direction 2']);
    void i18n.changeLanguage('zh');
    const [pc1] = axisNames(SLICE_AXES.pca, 'pca');
    const [direction1] = axisNames(SLICE_AXES.random, 'random');
    expect(pc1).not.toBe('PC 1');
    expect(direction1).not.toBe('direction 1');
    expect(pc1).toBe(i18n.t('landscape.pc1'));
    expect(direction1).toBe(i18n.t('landscape.direction1'));
  });

  it('the core titles a slice once', () => {
    expect(sliceTitle('Two moons')).toBe('Two moons (2D slice)');
  });
});
