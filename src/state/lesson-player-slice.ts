/**
 * The lesson player's slice (types: lesson-player-state.ts): the lesson the link names, the step,
 * and the student's answers and tasks done. Moving between steps applies each step's link with
 * the app's own link path (src/state/lesson-steps.ts); loading the lesson the link names and
 * keeping progress are the side effects of src/state/lesson-sync.ts.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './app-state';
import type { LessonPlayerSlice } from './lesson-player-state';

/** The player with nothing open. */
export const NO_LESSON = {
  lessonId: null,
  lessonData: null,
  lessonStep: 0,
  lessonPlayer: null,
  lessonAnswers: {},
  lessonTasksDone: [],
} as const satisfies Partial<LessonPlayerSlice>;

/** Whether the step shown asks a question not yet answered (its runs then stay hidden). */
export function questionPending(
  state: Pick<AppState, 'lessonPlayer' | 'lessonStep' | 'lessonAnswers'>,
): boolean {
  const step = state.lessonPlayer?.lesson.steps[state.lessonStep];
  return step?.prediction !== undefined && state.lessonAnswers[state.lessonStep] === undefined;
}

export const createLessonPlayerSlice: StateCreator<AppState, [], [], LessonPlayerSlice> = (
  set,
  get,
) => ({
  ...NO_LESSON,
  setLessonOpen: (open, { answers, done }) =>
    set({ lessonPlayer: open, lessonAnswers: answers, lessonTasksDone: done }),
  answerPrediction: (step, choice) =>
    set((state) =>
      state.lessonPlayer && state.lessonAnswers[step] === undefined
        ? { lessonAnswers: { ...state.lessonAnswers, [step]: choice } }
        : {},
    ),
  completeTask: (step) =>
    set((state) =>
      state.lessonPlayer && !state.lessonTasksDone.includes(step)
        ? { lessonTasksDone: [...state.lessonTasksDone, step].sort((a, b) => a - b) }
        : {},
    ),
  // The step's `show=` list belongs to the lesson: closing it shows every control again. So does
  // its question: closed before it is answered, the runs it hid are shown (not left behind a
  // Reveal button with no question to answer).
  closeLesson: () =>
    set({ ...NO_LESSON, lesson: null, ...(questionPending(get()) ? { predicting: false } : {}) }),
});
