/**
 * prefers-reduced-motion (WCAG 2.3.3; issue 7 §3). CSS transitions and animations are switched
 * off by one rule in global.css; this module covers what moves by script. The rule (docs/app.md,
 * "Reduced motion"): nothing moves unless the reader asked for that movement. Play (the button,
 * Space) is such a request and plays as usual; a reveal is a request to see the runs, not to
 * watch them unfold, so with less motion it shows them whole, paused at the last step, and Play
 * unfolds them.
 */
import { appStore, type AppStore } from '../../state/store';

/** The media query of the reader's system setting. */
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the reader's system asks for less motion (false where matchMedia is missing). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(REDUCED_MOTION_QUERY).matches;
}

/**
 * Reveals the runs hidden for a prediction (the R key, the Reveal buttons). It plays them from
 * step 0 so that the class sees the answer unfold, the whole run in about 5 s with only the past
 * drawn (the view slice's reveal, src/state/trails.ts); with reduced motion it shows them whole at
 * their last step, paused (at the end no run has a future, so every trail is whole). Does nothing
 * when nothing is hidden.
 */
export function revealRuns(store: AppStore = appStore, reduced = prefersReducedMotion()): void {
  const state = store.getState();
  if (!state.predicting) return;
  state.reveal();
  if (reduced) {
    state.pause();
    state.setCursor(state.scenario.steps);
  }
}
