/**
 * A slider dragged with a pointer commits its value in a task of its own (issue 17). Chromium
 * hands a pointer move to the page at the start of a frame, so the `input` event runs in the
 * same task as that frame's rendering; committing there (the store's changes, React's render of
 * every subscriber, the scenario posted to the worker) made each move of a drag one long task on
 * a slow machine (docs/benchmark.md, "Session 11"). While the pointer is down the slider shows
 * its own position at once and the newest value is committed in the next task (one commit per
 * task, the latest value); a key press, and the pointer's release, commit at once.
 */
import { useEffect, useRef, useState } from 'react';

/** Runs `run` in a task of its own, soon (a message, not a timer: no 4 ms clamp). */
function inNextTask(run: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

export interface DragCommit {
  /** The position to show: the dragged one until it is committed, else `position`. */
  shown: number;
  /** For the range input: a pointer pressed on it starts a drag, which ends where it is let go. */
  onPointerDown(): void;
  /** Commits `next` (at `at`, the slider's position): deferred while dragging, else at once. */
  change(next: number, at: number): void;
}

/**
 * `position` is the slider's position of `value`, the committed value; `commit` changes it (a
 * value equal to the committed one is not committed again).
 */
export function useDragCommit(
  position: number,
  value: number,
  commit: (value: number) => void,
): DragCommit {
  const [dragged, setDragged] = useState<number | null>(null);
  const dragging = useRef(false);
  const queued = useRef<{ value: number } | null>(null);
  const latest = useRef({ value, commit });
  useEffect(() => {
    latest.current = { value, commit };
  });

  const flush = () => {
    const next = queued.current;
    queued.current = null;
    if (next && next.value !== latest.current.value) latest.current.commit(next.value);
    setDragged(null);
  };
  const stop = () => {
    dragging.current = false;
    if (queued.current) flush();
  };

  return {
    shown: dragged ?? position,
    onPointerDown: () => {
      dragging.current = true;
      // Released anywhere: a mouse dragged off the slider is let go over something else.
      const end = () => {
        window.removeEventListener('pointerup', end);
        window.removeEventListener('pointercancel', end);
        stop();
      };
      window.addEventListener('pointerup', end);
      window.addEventListener('pointercancel', end);
    },
    change: (next, at) => {
      if (!dragging.current) {
        if (next !== value) commit(next);
        return;
      }
      setDragged(at);
      const waiting = queued.current !== null;
      queued.current = { value: next };
      if (!waiting) inNextTask(() => queued.current && flush());
    },
  };
}
