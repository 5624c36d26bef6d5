/**
 * When the address bar is written during a gesture (src/state/url-sync.ts; issue 17): a drag's
 * replacements wait until it pauses (or a second at most), so a slider input does not pay for
 * `history.replaceState`; a change that opens a history entry is pushed at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/state/store';
import {
  REPLACE_DELAY_MS,
  REPLACE_MAX_WAIT_MS,
  startUrlSync,
  type UrlSync,
} from '../../src/state/url-sync';

/** A window with a history that records its calls, opened at `search`. */
function fakeWindow(search: string) {
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const location = { pathname: '/', search, hash: '' };
  const history = {
    state: null,
    pushState: (_: unknown, __: string, url: string) => calls.push({ kind: 'push', url }),
    replaceState: (_: unknown, __: string, url: string) => calls.push({ kind: 'replace', url }),
  };
  const target = {
    history,
    location,
    navigator: { languages: ['en-US'], language: 'en-US' },
    addEventListener: () => {},
    removeEventListener: () => {},
  } as unknown as Window;
  return { target, calls };
}

let sync: UrlSync | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  sync?.stop();
  sync = null;
  vi.useRealTimers();
});

/** Moves run 1's α every 50 ms for `count` inputs, the clock advancing with them. */
function drag(store: ReturnType<typeof createAppStore>, count: number, from = 0.015) {
  for (let i = 0; i < count; i++) {
    store.getState().updateOptimizer(0, { lr: from + i * 1e-4 });
    vi.advanceTimersByTime(50);
  }
}

describe('the address bar during a drag (issue 17)', () => {
  it('writes a drag once it pauses, with its last value', () => {
    const store = createAppStore();
    const { target, calls } = fakeWindow('?p=rosenbrock&o=gd(lr=0.01)');
    sync = startUrlSync(store, target);
    calls.length = 0;
    // The first change after a quiet second opens an entry at once (one drag, one step back).
    vi.advanceTimersByTime(2000);
    drag(store, 1);
    expect(calls.map((c) => c.kind)).toEqual(['push']);
    // The rest of the drag, 50 ms apart: nothing written while it goes on…
    drag(store, 8, 0.02);
    expect(calls).toHaveLength(1);
    // …then its last value, once it has paused REPLACE_DELAY_MS.
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    expect(calls.map((c) => c.kind)).toEqual(['push', 'replace']);
    expect(calls[1]!.url).toContain(`lr=${String(0.02 + 7 * 1e-4)}`);
  });

  it('writes a long drag at least every REPLACE_MAX_WAIT_MS', () => {
    const store = createAppStore();
    const { target, calls } = fakeWindow('?p=rosenbrock&o=gd(lr=0.01)');
    sync = startUrlSync(store, target);
    vi.advanceTimersByTime(2000);
    drag(store, 1);
    calls.length = 0;
    const inputs = Math.ceil((2.5 * REPLACE_MAX_WAIT_MS) / 50);
    drag(store, inputs, 0.03);
    // Never a pause, yet the link followed twice within 2.5 s of dragging, not 50 times.
    expect(calls.every((c) => c.kind === 'replace')).toBe(true);
    expect(calls.length).toBe(2);
  });

  it('writes nothing for a change that leaves the link as it is', () => {
    const store = createAppStore();
    const { target, calls } = fakeWindow('?p=rosenbrock&o=gd(lr=0.01)');
    sync = startUrlSync(store, target);
    calls.length = 0;
    const lr = store.getState().scenario.optimizers[0]!.lr;
    store.getState().updateOptimizer(0, { lr: lr + 1e-3 });
    store.getState().updateOptimizer(0, { lr });
    vi.advanceTimersByTime(REPLACE_MAX_WAIT_MS * 2);
    // The push opened the gesture's entry; the value came back to it, so no replacement follows.
    expect(calls.filter((c) => c.kind === 'replace')).toHaveLength(0);
  });
});
