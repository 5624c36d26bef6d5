import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { FIRST_VIEW } from '../../src/state/defaults';

describe('the link keeps the enlarged chart panel (big=1)', () => {
  it('writes big=1 only when enlarged, and reads it back', () => {
    const plain = encodeLink({ scenario: FIRST_VIEW, view: DEFAULT_VIEW });
    expect(plain).not.toContain('big=');
    const big = encodeLink({
      scenario: FIRST_VIEW,
      view: { ...DEFAULT_VIEW, chart: 'sweep', big: true },
    });
    expect(big).toContain('big=1');
    const { state, notices } = decodeLink(big);
    expect(notices).toEqual([]);
    expect(state.view.big).toBe(true);
    expect(state.view.chart).toBe('sweep');
  });
  it('reads big=0 as not enlarged and refuses other values with a notice', () => {
    expect(decodeLink('big=0').state.view.big).toBe(false);
    const { state, notices } = decodeLink('big=yes');
    expect(state.view.big ?? false).toBe(false);
    expect(notices.map((n) => n.param)).toEqual(['big']);
  });
});
