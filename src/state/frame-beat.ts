/**
 * Keeps the page's frames on the display's beat for a moment after each run is asked for, so
 * that an input's own change (the slider's thumb, its field) and the run's results are painted
 * in one frame, not two (issue 17: "coalescing inputs to one per frame"; docs/benchmark.md,
 * "Session 24").
 *
 * Why: when nothing has moved for a while, the compositor stops listening to the display's
 * frames. A change then gets a frame at once, at the end of the task that made it: Chromium
 * serves the frame it missed. A slider's input was painted that way, a millisecond or two before
 * its results came back from the engine's worker, and the results needed a second frame. While
 * something animates, a change waits for the next beat instead, and by then the results are
 * usually in.
 *
 * What animates is the driver's business (src/ui/frame-beat-element.ts: an invisible element
 * that the compositor moves, which costs the main thread nothing; an empty
 * requestAnimationFrame loop did the same at about 0.3 ms of the main thread a beat on the
 * development VM). This module only says when: from a run request until `holdMs` after the last.
 */
export interface FrameBeat {
  /** A run was asked for: keep the beat until `holdMs` after now. */
  keep(): void;
  /** Stops the beat now (the app's sync stopping). */
  stop(): void;
  /** Whether the beat is kept (read by the tests). */
  readonly active: boolean;
}

export interface FrameBeatDriver {
  /** Starts something moving at every frame, off the main thread where it can. */
  start(): void;
  stop(): void;
  now(): number;
  later(callback: () => void, ms: number): number;
  cancel(handle: number): void;
}

/**
 * Half a second: longer than the gaps between a held key's repeats (about 30 ms) or a
 * student's quick presses of an arrow key, short enough that a page at rest soon moves nothing.
 */
export const FRAME_BEAT_HOLD_MS = 500;

/** A beat that does nothing: Node's tests of the sync, and a page without a driver. */
export const silentDriver = (): FrameBeatDriver => ({
  start() {},
  stop() {},
  now: () => 0,
  later: () => 0,
  cancel() {},
});

export function createFrameBeat(
  driver: FrameBeatDriver = silentDriver(),
  holdMs = FRAME_BEAT_HOLD_MS,
): FrameBeat {
  let until = -Infinity;
  let timer: number | null = null;
  // One timer per hold, not one per request: it looks again when it fires.
  const check = () => {
    const left = until - driver.now();
    if (left > 0) {
      timer = driver.later(check, left);
      return;
    }
    timer = null;
    driver.stop();
  };
  return {
    keep() {
      until = driver.now() + holdMs;
      if (timer !== null) return;
      driver.start();
      timer = driver.later(check, holdMs);
    },
    stop() {
      until = -Infinity;
      if (timer === null) return;
      driver.cancel(timer);
      timer = null;
      driver.stop();
    },
    get active() {
      return timer !== null;
    },
  };
}
