/**
 * The local quadratic model's switch in the arrow settings and the link (`arrows=model`,
 * docs/curvature-views.md): written after the arrow kinds, read back, alone or with them.
 */
import { describe, expect, it } from 'vitest';
import { formatArrows, NO_ARROWS, parseArrows } from '../../src/state/arrow-settings';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { FIRST_VIEW } from '../../src/state/defaults';

describe('the local quadratic model in the arrow settings', () => {
  it('is written as `model`, alone or after the kinds and before `all`', () => {
    expect(formatArrows({ ...NO_ARROWS, model: true })).toBe('model');
    expect(formatArrows({ ...NO_ARROWS, grad: true, model: true, allRuns: true })).toBe(
      'grad,model,all',
    );
    expect(formatArrows({ ...NO_ARROWS, model: false })).toBe('');
  });

  it('is read back from the link, and a link without it leaves it off', () => {
    expect(parseArrows('model,step')).toEqual({
      settings: { ...NO_ARROWS, step: true, model: true },
      unknown: [],
    });
    const arrows = { ...NO_ARROWS, model: true };
    const query = encodeLink({ scenario: FIRST_VIEW, view: { ...DEFAULT_VIEW, arrows } });
    expect(query).toContain('arrows=model');
    expect(decodeLink(query).state.view.arrows).toEqual(arrows);
    expect(parseArrows('grad').settings.model).toBeUndefined();
  });
});
