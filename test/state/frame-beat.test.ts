/**
 * The frame beat (src/state/frame-beat.ts): kept from a run request until its hold has passed
 * since the last one, with one timer at a time, and asked for by the sync at every run.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFrameBeat, type FrameBeatDriver } from '../../src/state/frame-beat';
import { createAppStore } from '../../src/state/store';
import { startSync, type Sync } from '../../src/state/sync';
import { silentEngine } from './sync-fakes';

/** A driver on a clock the test moves, recording what the beat asked of it. */
function fakeDriver() {
  let time = 0;
  let timers: { at: number; callback: () => void; handle: number }[] = [];
  let next = 1;
  const calls: string[] = [];
  const driver: FrameBeatDriver = {
    start: () => calls.push('start'),
    stop: () => calls.push('stop'),
    now: () => time,
    later(callback, ms) {
      timers.push({ at: time + ms, callback, handle: next });
      return next++;
    },
    cancel(handle) {
      timers = timers.filter((timer) => timer.handle !== handle);
    },
  };
  const advance = (ms: number) => {
    const end = time + ms;
    for (;;) {
      const due = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((timer) => timer !== due);
      time = due.at;
      due.callback();
    }
    time = end;
  };
  return { driver, calls, advance, pending: () => timers.length };
}

describe('the frame beat', () => {
  it('starts at a request and stops when the hold has passed', () => {
    const { driver, calls, advance } = fakeDriver();
    const beat = createFrameBeat(driver, 500);
    expect(beat.active).toBe(false);
    beat.keep();
    expect(beat.active).toBe(true);
    expect(calls).toEqual(['start']);
    advance(499);
    expect(beat.active).toBe(true);
    advance(1);
    expect(beat.active).toBe(false);
    expect(calls).toEqual(['start', 'stop']);
  });

  it('holds from the last of a burst of requests, with one timer and one start', () => {
    const { driver, calls, advance, pending } = fakeDriver();
    const beat = createFrameBeat(driver, 500);
    for (let i = 0; i < 20; i++) {
      beat.keep();
      expect(pending()).toBe(1);
      advance(33);
    }
    // The last request came 33 ms ago: the beat lasts until 500 ms after it.
    advance(466);
    expect(beat.active).toBe(true);
    advance(1);
    expect(beat.active).toBe(false);
    expect(calls).toEqual(['start', 'stop']);
  });

  it('starts again after it stopped', () => {
    const { driver, calls, advance } = fakeDriver();
    const beat = createFrameBeat(driver, 100);
    beat.keep();
    advance(150);
    beat.keep();
    expect(beat.active).toBe(true);
    expect(calls).toEqual(['start', 'stop', 'start']);
  });

  it('stops at once when told, and a second stop does nothing', () => {
    const { driver, calls, pending } = fakeDriver();
    const beat = createFrameBeat(driver, 500);
    beat.keep();
    beat.stop();
    beat.stop();
    expect(beat.active).toBe(false);
    expect(pending()).toBe(0);
    expect(calls).toEqual(['start', 'stop']);
  });
});

describe('the sync and the frame beat', () => {
  let sync: Sync | null = null;
  afterEach(() => {
    sync?.stop();
    sync = null;
  });

  it('keeps the beat when a scenario is run, and stops it with the sync', () => {
    const { driver, calls } = fakeDriver();
    const store = createAppStore();
    const beat = createFrameBeat(driver, 500);
    sync = startSync(store, silentEngine(), beat);
    // The first scenario is run at the start.
    expect(calls).toEqual(['start']);
    beat.stop();
    const [first, ...rest] = store.getState().scenario.optimizers;
    store.getState().setScenario({
      ...store.getState().scenario,
      optimizers: [{ ...first!, lr: first!.lr * 2 }, ...rest],
    });
    expect(calls).toEqual(['start', 'stop', 'start']);
    sync.stop();
    sync = null;
    expect(calls).toEqual(['start', 'stop', 'start', 'stop']);
  });

  it('does not keep it for a scenario it refuses', () => {
    const { driver, calls } = fakeDriver();
    const store = createAppStore();
    const beat = createFrameBeat(driver, 500);
    sync = startSync(store, silentEngine(), beat);
    beat.stop();
    store.getState().setScenario({ ...store.getState().scenario, steps: -3 });
    expect(store.getState().scenario.steps).toBe(-3);
    expect(store.getState().engineError).toMatch(/steps/);
    expect(beat.active).toBe(false);
    expect(calls).toEqual(['start', 'stop']);
  });
});
