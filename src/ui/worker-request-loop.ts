/**
 * The loop by which a panel keeps a worker answer current (the step inspector's inspection, the
 * landscape's cursor arrows): it asks again whenever the store's inputs change, at most once per
 * `intervalMs` (inspector/throttle.ts), and never has more than one request in the worker at a
 * time: a change while one runs is asked for when it returns, with the inputs of then (latest
 * wins). So playback never queues replays behind itself.
 */
import { appStore, type AppState } from '../state/store';
import { createThrottle } from './inspector/throttle';

/** Where the request in the worker is kept; shared across mounts, a reopened panel waits for it. */
export interface InflightSlot {
  current: Promise<unknown> | null;
}

interface RequestLoopOptions {
  intervalMs: number;
  /** Whether a store change touches what is asked. */
  changed(next: AppState, prev: AppState): boolean;
  /** Sends one request for the store's state now; null when there is nothing to ask. */
  send(): Promise<unknown> | null;
  /** Default: a slot of this loop's own. */
  inflight?: InflightSlot;
}

/** Starts the loop with a first request; returns what stops it. */
export function startRequestLoop(options: RequestLoopOptions): () => void {
  const inflight = options.inflight ?? { current: null };
  let live = true;
  let stale = false;
  const throttle = createThrottle(options.intervalMs, () => {
    if (inflight.current) {
      stale = true;
      return;
    }
    stale = false;
    const request = options.send();
    if (!request) return;
    inflight.current = request.finally(() => {
      inflight.current = null;
      if (live && stale) throttle.request();
    });
  });
  if (inflight.current) void inflight.current.finally(() => live && throttle.request());
  else throttle.request();
  const unsubscribe = appStore.subscribe((next, prev) => {
    if (options.changed(next, prev)) throttle.request();
  });
  return () => {
    live = false;
    throttle.cancel();
    unsubscribe();
  };
}
