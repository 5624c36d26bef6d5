/**
 * `inspect=1`: the step inspector open, a view field of the link (src/url/view-fields.ts,
 * docs/links.md), so that a lesson step's link can open it (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW, storeOfView, viewOfStore } from '../../src/url/view-fields';
import { FIRST_VIEW } from '../../src/state/defaults';
import { createAppStore } from '../../src/state/store';
import { applyLink } from '../../src/state/url-sync';
import { readLink } from '../../src/lessons/format/link';
import { LessonErrors } from '../../src/lessons/format/errors';

const LINK = 'v=1&p=rosenbrock&o=adam(lr=0.01)';
/** The link as written back: Rosenbrock is the default problem, left out. */
const CLEAN = 'v=1&o=adam(lr=0.01)';

describe('inspect= in the link', () => {
  it('is absent from the first view and closed by default', () => {
    expect(DEFAULT_VIEW.inspect).toBeUndefined();
    expect(encodeLink({ scenario: FIRST_VIEW, view: DEFAULT_VIEW })).not.toContain('inspect');
    expect(createAppStore().getState().inspectorOpen).toBe(false);
    expect(decodeLink(LINK).state.view.inspect).toBeUndefined();
  });

  it('goes through the link and back: 1 opens, 0 is the default and left out', () => {
    const open = encodeLink({ scenario: FIRST_VIEW, view: { ...DEFAULT_VIEW, inspect: true } });
    expect(open).toContain('&inspect=1');
    expect(decodeLink(open)).toMatchObject({ state: { view: { inspect: true } }, notices: [] });
    const closed = decodeLink(`${LINK}&inspect=0`);
    expect(closed.notices).toEqual([]);
    expect(closed.state.view.inspect).toBe(false);
    expect(encodeLink(closed.state)).toBe(CLEAN);
  });

  it('a malformed value is a notice and leaves the inspector closed', () => {
    const { state, notices } = decodeLink(`${LINK}&inspect=banana`);
    expect(notices).toEqual([{ param: 'inspect', message: 'must be 1 or 0; ignored' }]);
    expect(state.view.inspect).toBeUndefined();
    expect(encodeLink(state)).toBe(CLEAN);
  });

  it('opening a link opens or closes the inspector in the store, and the store writes it back', () => {
    const store = createAppStore();
    expect(applyLink(store, `${LINK}&inspect=1`)).toBe(0);
    expect(store.getState().inspectorOpen).toBe(true);
    expect(viewOfStore(store.getState()).inspect).toBe(true);
    // A link without it (a lesson's next step, Back) closes it: the view is as the link says.
    applyLink(store, LINK);
    expect(store.getState().inspectorOpen).toBe(false);
    store.getState().setInspectorOpen(true);
    expect(
      encodeLink({ scenario: store.getState().scenario, view: viewOfStore(store.getState()) }),
    ).toBe(`${CLEAN}&inspect=1`);
    expect(storeOfView({ ...DEFAULT_VIEW, inspect: true }, { lang: 'en' }).inspectorOpen).toBe(
      true,
    );
  });

  it('a lesson step’s link may hold it', () => {
    const errors = new LessonErrors();
    const read = readLink(errors, `${LINK}&inspect=1`, 'steps[0].link');
    expect(errors.list).toEqual([]);
    expect(read?.decoded.state.view.inspect).toBe(true);
  });
});
