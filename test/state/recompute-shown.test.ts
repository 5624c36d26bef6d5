import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/run';
import { FIRST_VIEW } from '../../src/state/defaults';
import { SHOW_AFTER_MS, startRecomputeShown, type Timers } from '../../src/state/recompute-shown';
import { pairRuns } from '../../src/state/run-views';
import { createAppStore } from '../../src/state/store';
import type { Scenario } from '../../src/scenario/types';

const two: Scenario = {
  ...FIRST_VIEW,
  steps: 20,
  optimizers: [
    { type: 'gd', lr: 0.001 },
    { type: 'adam', lr: 0.1 },
  ],
};
const withLr = (lr: number): Scenario => ({
  ...two,
  optimizers: [two.optimizers[0]!, { type: 'adam', lr }],
});

/** Timers run by hand: `advance(ms)` fires what is due. */
function manualTimers() {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      due.set(nextId, { at: now + ms, callback });
      return nextId++;
    },
    clearTimeout: (handle) => due.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...due].sort((a, b) => a[1].at - b[1].at))
      if (timer.at <= now) {
        due.delete(id);
        timer.callback();
      }
  };
  return { timers, advance, pending: () => due.size };
}

function setUp() {
  const store = createAppStore();
  store.setState({ scenario: two });
  store.getState().setResults(two, run(two));
  const clock = manualTimers();
  const stop = startRecomputeShown(store, clock.timers);
  const fresh = () => pairRuns(store.getState()).runs.map((r) => r.fresh);
  return { store, clock, stop, fresh };
}

describe('runs being recomputed are shown as such only past a short lag (issue 17)', () => {
  it('a change answered within the lag never dims its run', () => {
    const { store, clock, fresh } = setUp();
    // The store is told nothing of a young lag: each notification reaches every subscriber.
    let notifications = 0;
    store.subscribe(() => notifications++);
    store.setState({ scenario: withLr(0.2) });
    expect(store.getState().lagShown).toBe(false);
    expect(fresh()).toEqual([true, true]);
    clock.advance(SHOW_AFTER_MS - 1);
    store.getState().setResults(store.getState().scenario, run(withLr(0.2)));
    expect(store.getState().lagShown).toBe(false);
    expect(fresh()).toEqual([true, true]);
    expect(clock.pending()).toBe(0);
    expect(notifications).toBe(2); // the change and its results, nothing more
  });

  it('a lag past SHOW_AFTER_MS dims the changed run, and only it', () => {
    const { store, clock, fresh } = setUp();
    store.setState({ scenario: withLr(0.2) });
    clock.advance(SHOW_AFTER_MS);
    expect(store.getState().lagShown).toBe(true);
    expect(fresh()).toEqual([true, false]);
    store.getState().setResults(store.getState().scenario, run(withLr(0.2)));
    expect(store.getState().lagShown).toBe(false);
    expect(fresh()).toEqual([true, true]);
  });

  it('a change after a shown lag starts a young one: the run is not dimmed again at once', () => {
    const { store, clock, fresh } = setUp();
    store.setState({ scenario: withLr(0.2) });
    clock.advance(SHOW_AFTER_MS);
    expect(fresh()).toEqual([true, false]);
    // Results for the first change come while a second one is pending: young again.
    const answered = store.getState().scenario;
    store.setState({ scenario: withLr(0.3) });
    store.getState().setResults(answered, run(answered));
    expect(store.getState().lagShown).toBe(false);
    expect(fresh()).toEqual([true, true]);
    clock.advance(SHOW_AFTER_MS);
    expect(fresh()).toEqual([true, false]);
  });

  it('stops with its store: no timer left, the flag no longer kept', () => {
    const { store, clock, stop } = setUp();
    store.setState({ scenario: withLr(0.2) });
    stop();
    expect(clock.pending()).toBe(0);
    clock.advance(SHOW_AFTER_MS);
    expect(store.getState().lagShown).toBe(false); // no timer shows the lag
  });
});
