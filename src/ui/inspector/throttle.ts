/**
 * A leading-and-trailing throttle: the first request fires at once, later ones within
 * `intervalMs` collapse into one call at the end of the interval. The call reads the latest
 * inputs when it fires, so the last change is never lost. Used to ask the worker for at most
 * ~10 inspections a second while the timeline plays.
 */
export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Throttle {
  /** Asks for a call: now if the interval has passed, else once at its end. */
  request(): void;
  /** Drops a pending call. */
  cancel(): void;
}

const realTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createThrottle(
  intervalMs: number,
  fire: () => void,
  timers: Timers = realTimers,
): Throttle {
  let last = -Infinity;
  let pending: unknown = null;
  const run = () => {
    pending = null;
    last = timers.now();
    fire();
  };
  return {
    request() {
      if (pending !== null) return; // already due at the end of the interval
      const wait = last + intervalMs - timers.now();
      if (wait <= 0) run();
      else pending = timers.setTimeout(run, wait);
    },
    cancel() {
      if (pending !== null) timers.clearTimeout(pending);
      pending = null;
    },
  };
}
