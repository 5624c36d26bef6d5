/**
 * When the runs being recomputed are shown as such (issue 17). A slider input changes the
 * scenario, and the worker usually answers within a frame or two; dimming the changed run at
 * once and undimming it a frame later cost a second render of the runs, their statuses and
 * their loss lines per input, and two CSS transitions that the compositor ran a frame of their
 * own for (docs/benchmark.md, "Session 12"), to show nothing: the dimming's transition waited
 * 150 ms anyway. So a lag goes unshown while it is younger than SHOW_AFTER_MS since it began or
 * since the last results arrived (a drag, whose results keep coming one change behind, never
 * dims); past that the store's `lagShown` turns true and the views dim the runs that are not
 * fresh, as before. `computing` and the results are untouched: only what is drawn.
 *
 * A young lag is the default (`lagShown` false), so the common case, a change answered within
 * the lag, changes nothing in the store: only a timer is set and cleared. (Session 18: the flag
 * used to be set at each lag's start and cleared at its end, two more notifications of every
 * subscriber per slider input.)
 */
import type { AppState } from './app-state';
import type { AppStore } from './store';

/** How long a lag goes unshown: the dimming's own CSS delay (Landscape.css, LossChart.css). */
export const SHOW_AFTER_MS = 150;

/** Whether the drawn results lag the scenario (the same problem's, being recomputed). */
function lagging(state: AppState): boolean {
  return (
    state.results !== null &&
    state.resultsScenario !== null &&
    state.resultsScenario !== state.scenario
  );
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const BROWSER_TIMERS: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Keeps `lagShown` up to date; returns the function that stops it. */
export function startRecomputeShown(store: AppStore, timers: Timers = BROWSER_TIMERS): () => void {
  let timer: unknown = null;
  const stopTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (!lagging(state)) {
      stopTimer();
      if (state.lagShown) store.setState({ lagShown: false });
      return;
    }
    // A lag that begins, or new results during one: the lag is young again.
    if (lagging(previous) && state.results === previous.results) return;
    stopTimer();
    timer = timers.setTimeout(() => {
      timer = null;
      const now = store.getState();
      if (lagging(now) && !now.lagShown) store.setState({ lagShown: true });
    }, SHOW_AFTER_MS);
    if (state.lagShown) store.setState({ lagShown: false });
  });
  return () => {
    stopTimer();
    unsubscribe();
  };
}
