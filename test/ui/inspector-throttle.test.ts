import { describe, expect, it } from 'vitest';
import { createThrottle, type Timers } from '../../src/ui/inspector/throttle';

/** A fake clock: time moves only when the test says. */
function fakeTimers() {
  let now = 0;
  let queue: { at: number; callback: () => void; id: number }[] = [];
  let id = 0;
  const timers: Timers = {
    now: () => now,
    setTimeout: (callback, ms) => (queue.push({ at: now + ms, callback, id: ++id }), id),
    clearTimeout: (handle) => (queue = queue.filter((t) => t.id !== handle)),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of queue.filter((q) => q.at <= now)) {
      queue = queue.filter((q) => q !== t);
      t.callback();
    }
  };
  return { timers, advance };
}

describe('createThrottle (leading and trailing)', () => {
  it('fires the first request at once and collapses a burst into one call at the interval’s end', () => {
    const { timers, advance } = fakeTimers();
    let calls = 0;
    const throttle = createThrottle(100, () => calls++, timers);
    throttle.request();
    expect(calls).toBe(1);
    for (let i = 0; i < 10; i++) {
      advance(5);
      throttle.request();
    }
    expect(calls).toBe(1);
    advance(50);
    expect(calls).toBe(2); // the trailing call: the last change is not lost
    advance(500);
    expect(calls).toBe(2);
  });

  it('calls at most 10 times a second during a 60 Hz stream of changes (playback)', () => {
    const { timers, advance } = fakeTimers();
    let calls = 0;
    const throttle = createThrottle(100, () => calls++, timers);
    for (let frame = 0; frame < 60; frame++) {
      throttle.request();
      advance(1000 / 60);
    }
    expect(calls).toBeGreaterThanOrEqual(9);
    expect(calls).toBeLessThanOrEqual(11);
  });

  it('cancel drops the pending call', () => {
    const { timers, advance } = fakeTimers();
    let calls = 0;
    const throttle = createThrottle(100, () => calls++, timers);
    throttle.request();
    throttle.request();
    throttle.cancel();
    advance(200);
    expect(calls).toBe(1);
  });
});
