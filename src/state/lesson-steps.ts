/**
 * Moving through a lesson (docs/lessons.md, "The player"): a step is shown by opening its link
 * exactly as the link would open (src/state/url-sync.ts openLink, the path every link takes),
 * with the lesson, the step, presentation mode and predict-then-reveal added
 * (src/lessons/step-link.ts), as a history entry of its own, so Back returns to the step before.
 */
import type { AppState } from './app-state';
import type { LessonProgress, LessonRef, OpenLesson } from './lesson-player-state';
import type { AppStore } from './store';
import { openLink } from './url-sync';
import { stepQuery } from '../lessons/step-link';
import { readProgress, type ProgressStorage } from '../lessons/progress';

/** The lesson the view's link names, or null. A lesson the link carries wins over an id. */
export function lessonRefOf(state: Pick<AppState, 'lessonId' | 'lessonData'>): LessonRef | null {
  if (state.lessonData !== null) return { data: state.lessonData };
  return state.lessonId !== null ? { id: state.lessonId } : null;
}

/** Whether the loaded lesson is the one the link names. */
export function isLessonNamed(open: OpenLesson | null, ref: LessonRef | null): boolean {
  if (!open || !ref) return false;
  if ('data' in ref) return 'data' in open.ref && open.ref.data === ref.data;
  return 'id' in open.ref && open.ref.id === ref.id;
}

/** The progress kept for a lesson in `storage`, within the lesson's steps and choices. */
export function progressOf(open: OpenLesson, storage: ProgressStorage | null): LessonProgress {
  const choices = open.lesson.steps.map((step) => step.prediction?.choices.length);
  return readProgress(storage, open.lesson.id, choices);
}

/**
 * Shows step `index` (0-based) of the open lesson: its link opened as a new history entry, or in
 * place of the current one (a link that named only the lesson). Nothing for a step not there.
 */
export function goToStep(store: AppStore, index: number, entry: 'push' | 'replace' = 'push') {
  const state = store.getState();
  const open = state.lessonPlayer;
  const step = open?.lesson.steps[index];
  if (!open || !step) return;
  const query = stepQuery(step, {
    lesson: open.ref,
    step: index,
    presenting: state.presenting,
    answered: state.lessonAnswers[index] !== undefined,
  });
  // The step's view is where Undo stops (src/state/undo-sync.ts), also when the step is the one
  // the page opened at and the player only now shows its view.
  openLink(store, query, entry, true);
}

/**
 * Opens a loaded lesson in the player with the student's progress in it, at step `step`
 * (0-based), or where the student was when it is undefined.
 */
export function openLessonAt(
  store: AppStore,
  open: OpenLesson,
  progress: LessonProgress,
  step: number | undefined,
  entry: 'push' | 'replace' = 'push',
): void {
  store.getState().setLessonOpen(open, progress);
  goToStep(store, step ?? progress.step, entry);
}

/**
 * Opens another view from within a step (a link in the step's text) with the player staying at
 * the step: the view is the student's own from there, as after moving a slider.
 */
export function openViewInLesson(store: AppStore, query: string): void {
  const state = store.getState();
  const open = state.lessonPlayer;
  if (!open) return;
  const opening = {
    lesson: open.ref,
    step: state.lessonStep,
    presenting: state.presenting,
    answered: true,
  };
  openLink(store, stepQuery({ link: query }, opening), 'push');
}
