import { describe, expect, it } from 'vitest';
import { createQuietStore, setsOnlyQuiet } from '../../src/state/quiet-fields';
import { createAppStore } from '../../src/state/store';

interface Counter {
  count: number;
  busy: boolean;
  note: string;
}

/** A store of three fields, `busy` quiet, with a log of what each kind of listener was told. */
function logged() {
  const store = createQuietStore<Counter>(() => ({ count: 0, busy: false, note: '' }), ['busy']);
  const loud: string[] = [];
  const all: string[] = [];
  store.subscribe((s) => loud.push(`${s.count} ${s.busy}`));
  store.subscribeAll((s) => all.push(`${s.count} ${s.busy}`));
  return { store, loud, all };
}

describe('setsOnlyQuiet', () => {
  const quiet = new Set(['busy']);
  it('is true of a change of quiet fields only', () => {
    expect(setsOnlyQuiet({ busy: true }, quiet)).toBe(true);
  });
  it('is false of a change that sets another field, of nothing, of a non-object', () => {
    expect(setsOnlyQuiet({ busy: true, count: 1 }, quiet)).toBe(false);
    expect(setsOnlyQuiet({ count: 1 }, quiet)).toBe(false);
    expect(setsOnlyQuiet({}, quiet)).toBe(false);
    expect(setsOnlyQuiet(null, quiet)).toBe(false);
    expect(setsOnlyQuiet(3, quiet)).toBe(false);
  });
});

describe('createQuietStore', () => {
  it('tells a quiet change to subscribeAll only, and keeps the state current', () => {
    const { store, loud, all } = logged();
    store.setState({ busy: true });
    expect(store.getState().busy).toBe(true);
    expect(loud).toEqual([]);
    expect(all).toEqual(['0 true']);
  });

  it('tells any other change to every listener', () => {
    const { store, loud, all } = logged();
    store.setState({ count: 1 });
    store.setState({ count: 2, busy: true });
    expect(loud).toEqual(['1 false', '2 true']);
    expect(all).toEqual(['1 false', '2 true']);
  });

  it('reads a function of the state as the change it returns', () => {
    const { store, loud, all } = logged();
    store.setState((s) => ({ busy: !s.busy }));
    store.setState((s) => ({ count: s.count + 1 }));
    expect(loud).toEqual(['1 true']);
    expect(all).toEqual(['0 true', '1 true']);
  });

  it('takes a replacement as loud, whatever it holds', () => {
    const { store, loud } = logged();
    store.setState({ count: 0, busy: true, note: '' }, true);
    expect(loud).toEqual(['0 true']);
  });

  it('a quiet change made by a listener does not silence the rest of the loud change', () => {
    const store = createQuietStore<Counter>(() => ({ count: 0, busy: false, note: '' }), ['busy']);
    const told: string[] = [];
    // The first listener sets the quiet flag while the loud change is being told, as the run's
    // request does; the second must still hear of the loud change, and only of it.
    store.subscribe((s, previous) => {
      if (s.count !== previous.count) store.setState({ busy: true });
    });
    store.subscribe((s) => told.push(`${s.count} ${s.busy}`));
    store.setState({ count: 1 });
    expect(told).toEqual(['1 true']);
  });

  it('the slices set through it: a slice action that sets a quiet field is quiet', () => {
    const store = createQuietStore<Counter & { setBusy(b: boolean): void }>(
      (set) => ({ count: 0, busy: false, note: '', setBusy: (busy) => set({ busy }) }),
      ['busy'],
    );
    const loud: boolean[] = [];
    store.subscribe((s) => loud.push(s.busy));
    store.getState().setBusy(true);
    expect(store.getState().busy).toBe(true);
    expect(loud).toEqual([]);
  });
});

describe('the app store', () => {
  it('the engine’s busy flag is quiet: subscribe is not told, subscribeAll is', () => {
    const store = createAppStore();
    let loud = 0;
    let all = 0;
    store.subscribe(() => loud++);
    store.subscribeAll(() => all++);
    store.getState().setComputing(true);
    store.getState().setComputing(false);
    expect([loud, all]).toEqual([0, 2]);
    store.getState().selectRun(1);
    expect([loud, all]).toEqual([1, 3]);
  });
});
