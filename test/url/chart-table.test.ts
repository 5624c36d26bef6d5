/** `chart=table` (issue 14): the Table tab travels in links and comes back from them. */
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { FIRST_VIEW } from '../../src/state/defaults';

describe('chart=table', () => {
  it('is written and read back', () => {
    const query = encodeLink({ scenario: FIRST_VIEW, view: { ...DEFAULT_VIEW, chart: 'table' } });
    expect(query).toContain('chart=table');
    const { state, notices } = decodeLink(query);
    expect(notices).toEqual([]);
    expect(state.view.chart).toBe('table');
  });

  it('an unknown tab still falls back to the loss, with a notice naming the table', () => {
    const { state, notices } = decodeLink('v=1&chart=tables');
    expect(state.view.chart).toBe('loss');
    expect(notices[0]?.message).toContain('table');
  });
});
