import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { LINK_PARAMS } from '../../src/url/fields';
import {
  DEFAULT_VIEW,
  VIEW_FIELDS,
  initialStoreView,
  sameStoreView,
  storeOfView,
  viewOfStore,
  type LinkView,
  type ViewFieldTable,
} from '../../src/url/view-fields';
import { CHART_MODES } from '../../src/state/chart-modes';
import { FIRST_VIEW } from '../../src/state/defaults';
import { createAppStore } from '../../src/state/store';

/** A value other than the default for every view field, valid for the first view (2 runs). */
const CHANGED: Required<LinkView> = {
  window: { x: [-1, 2], y: [-0.5, 3] },
  selectedRun: 1,
  cursor: 42,
  trails: 'hidden',
  chart: 'sweep',
  sharp: 'hessian',
  big: true,
  inspect: true,
  embed: true,
  lesson: ['lr', 'play'],
  slice: 'random',
  present: true,
  predict: true,
  lang: 'zh',
  arrows: { grad: true, step: false, state: true, allRuns: false },
  view: 'split',
  cam: { azimuth: 120.5, elevation: 20, zoom: 2.5, target: [0.25, -0.5] },
  z: 'linear',
  note: { kind: 'text', text: 'Watch the valley' },
  lessonId: 'training-a-model',
  lessonStep: 2,
  lessonData: 'eJzLSM3JyQcABiwCFQ',
};

/** The first view's link: its runs and nothing of the view. */
const BARE = encodeLink({ scenario: FIRST_VIEW, view: DEFAULT_VIEW });

const read = (view: LinkView) => decodeLink(encodeLink({ scenario: FIRST_VIEW, view })).state.view;

describe('the view-field table (src/url/view-fields.ts)', () => {
  it('declares every field of LinkView once, each with its own link key', () => {
    expect(Object.keys(VIEW_FIELDS).sort()).toEqual(Object.keys(CHANGED).sort());
    const keys = Object.values(VIEW_FIELDS).map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(LINK_PARAMS.map((param) => param.key)).toContain(key);
  });

  it('the first view writes no view parameter', () => {
    const viewKeys = Object.values(VIEW_FIELDS).map((field) => `${field.key}=`);
    for (const key of viewKeys) expect(BARE).not.toContain(`&${key}`);
  });

  for (const name of Object.keys(CHANGED) as (keyof LinkView)[]) {
    it(`${name}: a changed value goes through the link and back; its default is left out`, () => {
      const field = VIEW_FIELDS[name];
      const changed = { ...DEFAULT_VIEW, [name]: CHANGED[name] };
      const query = encodeLink({ scenario: FIRST_VIEW, view: changed });
      expect(query).toContain(`${field.key}=`);
      expect(read(changed)[name]).toEqual(CHANGED[name]);
      const plain = { ...DEFAULT_VIEW, [name]: field.default };
      expect(encodeLink({ scenario: FIRST_VIEW, view: plain })).toBe(BARE);
    });
  }

  it('every chart tab is accepted by the link, the gradient norm as grad', () => {
    for (const chart of CHART_MODES) expect(read({ ...DEFAULT_VIEW, chart }).chart).toBe(chart);
    expect(encodeLink({ scenario: FIRST_VIEW, view: { ...DEFAULT_VIEW, chart: 'gradNorm' } })).toBe(
      `${BARE}&chart=grad`,
    );
    expect(decodeLink('chart=pie').notices[0]?.message).toContain('loss, grad, accuracy');
  });
});

describe('the store and the link view', () => {
  it('the store starts at the first view, in English', () => {
    const state = createAppStore().getState();
    expect(viewOfStore(state)).toEqual({
      ...DEFAULT_VIEW,
      big: false,
      inspect: false,
      lang: 'en',
      note: null,
      arrows: state.arrows,
    });
    expect(initialStoreView()).toMatchObject({
      cursor: Number.MAX_SAFE_INTEGER,
      chartEnlarged: false,
      inspectorOpen: false,
      lang: 'en',
      note: null,
    });
  });

  it('a view goes into the store and out again unchanged', () => {
    const store = createAppStore();
    store.setState(storeOfView(CHANGED, { lang: 'en' }));
    const back = store.getState();
    expect(viewOfStore(back)).toEqual(CHANGED);
  });

  it('a link naming no language takes the fallback', () => {
    expect(storeOfView(DEFAULT_VIEW, { lang: 'zh' }).lang).toBe('zh');
  });

  it('sameStoreView sees a change to any mirrored field, embed included', () => {
    const store = createAppStore();
    const before = store.getState();
    expect(sameStoreView(before, { ...before })).toBe(true);
    for (const name of Object.keys(CHANGED) as (keyof LinkView)[]) {
      const one = storeOfView({ ...DEFAULT_VIEW, [name]: CHANGED[name] }, { lang: 'en' });
      expect(sameStoreView(before, { ...before, ...one }), name).toBe(false);
    }
  });

  it('a table missing a field does not compile', () => {
    const { note: _note, ...withoutNote } = VIEW_FIELDS;
    // @ts-expect-error `note` is missing: the table must declare every field of LinkView.
    const table: ViewFieldTable = withoutNote;
    expect(Object.keys(table)).not.toContain('note');
  });
});
