/**
 * When the note goes away by itself (docs/links.md, "The note"): it explains the experiment, so
 * it stays while runs and hyperparameters change, and is cleared when another problem is picked
 * (`problemIdentity`, src/state/note.ts). A change that brings its own note at the same time (a
 * preset opened, a link applied, Back) keeps the note it brings.
 */
import type { AppState } from './app-state';
import type { AppStore } from './store';
import { problemIdentity } from './note';

/** The note after a change from `previous` to `next`: unchanged, or null for a new problem. */
export function noteAfterChange(
  previous: Pick<AppState, 'scenario' | 'note'>,
  next: Pick<AppState, 'scenario' | 'note'>,
): AppState['note'] {
  if (next.note === null || next.note !== previous.note) return next.note;
  if (next.scenario.problem === previous.scenario.problem) return next.note;
  const same =
    problemIdentity(next.scenario.problem) === problemIdentity(previous.scenario.problem);
  return same ? next.note : null;
}

/** Clears the note when another problem is picked; returns the unsubscribe. */
export function startNoteSync(store: AppStore): () => void {
  return store.subscribe((state, previous) => {
    if (noteAfterChange(previous, state) !== state.note) store.setState({ note: null });
  });
}
