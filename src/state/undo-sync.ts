/**
 * Records every change of the scenario as a step of the undo history (src/state/undo-history.ts),
 * whatever made it: a control, a preset, a link, a file, Back/Forward. A change that sets the
 * history itself in the same update is not recorded: Undo and Redo, and a lesson's step shown
 * by the player, which starts the history anew (applyLink's `startsHistory`). Started after the
 * link is read, so that the page as opened is where Undo stops; likewise a lesson's step, also
 * the one a lesson link opens at, whose view the player applies once the lesson has loaded.
 */
import type { AppStore } from './store';
import type { AppState } from './app-state';
import {
  changeKey,
  EMPTY_HISTORY,
  FOLLOW_UP_MS,
  recordChange,
  type LastChange,
} from './undo-history';

/** Whether the player moved to another step, or a lesson was opened or closed. */
const movedInLesson = (state: AppState, previous: AppState) =>
  state.lessonStep !== previous.lessonStep ||
  state.lessonId !== previous.lessonId ||
  state.lessonData !== previous.lessonData;

export function startUndoSync(
  store: AppStore,
  now: () => number = () => performance.now(),
): () => void {
  let last: LastChange | null = null;
  let restoredAt = -Infinity;
  return store.subscribe((state, previous) => {
    if (movedInLesson(state, previous)) {
      // A lesson's step is a view of its own, where Undo stops, as at the page as opened: Undo
      // takes back the student's changes within the step, never the move to it (Back and the
      // player's own Back do that), so the view and the step shown always agree.
      last = null;
      const { past, future } = state.undoHistory;
      if (past.length + future.length > 0) store.setState({ undoHistory: EMPTY_HISTORY });
      return;
    }
    if (state.scenario === previous.scenario) return;
    const at = now();
    if (state.undoHistory !== previous.undoHistory) {
      last = null; // Undo or Redo: the next change starts a step of its own
      restoredAt = at;
      return;
    }
    // The app's own follow-up to a restored scenario (an over-budget one reduced) is part of the
    // restore: recording it would drop what there is to redo.
    if (at - restoredAt < FOLLOW_UP_MS) return;
    const key = changeKey(previous.scenario, state.scenario);
    const undoHistory = recordChange(
      state.undoHistory,
      { scenario: previous.scenario, runOrigins: previous.runOrigins },
      key,
      at,
      state.discreteEdits === previous.discreteEdits ? last : null,
    );
    if (key !== '') last = { key, at };
    if (undoHistory !== state.undoHistory) store.setState({ undoHistory });
  });
}
