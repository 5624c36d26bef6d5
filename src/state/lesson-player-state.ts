/**
 * The lesson player's part of the store (docs/lessons.md; issue 16): which lesson and step the
 * view belongs to, as its link says (`lesson=`, `lessonData=`, `step=`, mirrored by the view
 * table src/url/view-fields.ts), the lesson itself once loaded, and the student's progress in it.
 * Types only, a leaf like app-state.ts, which joins this slice to the others. The store field
 * `lesson` is another thing: the `show=` list of controls (src/state/lesson.ts).
 */
import type { Lesson } from '../lessons/types';

/** Where an open lesson came from (src/lessons/catalog.ts). */
export type LessonSource = 'built-in' | 'imported' | 'link';

/** Which lesson: a built-in or imported one by id, or one a link carries (`lessonData=`). */
export type LessonRef = { id: string } | { data: string };

/** A lesson loaded into the player. */
export interface OpenLesson {
  lesson: Lesson;
  source: LessonSource;
  /** How the link names it: `lesson=<id>`, or `lessonData=` for a lesson the link carries. */
  ref: LessonRef;
}

/** What the student did in a lesson: kept per lesson id (src/lessons/progress.ts). */
export interface LessonProgress {
  /** The step last shown, 0-based. */
  step: number;
  /** The choice made in each step's prediction, by step index (0-based), choice index. */
  answers: Readonly<Record<number, number>>;
  /** The steps whose task was met, ascending (a task met stays done). */
  done: readonly number[];
}

export interface LessonPlayerSlice {
  /** `lesson=`: the id of the lesson the view belongs to (built in or imported); null for none. */
  lessonId: string | null;
  /** `lessonData=`: a lesson carried by the link itself (src/lessons/inline.ts); null for none. */
  lessonData: string | null;
  /** `step=`: the step shown, 0-based here (1-based in the link and on screen). */
  lessonStep: number;
  /**
   * The lesson `lessonData` or `lessonId` names, once loaded (src/state/lesson-sync.ts): null
   * while it loads, when none is named, or when it could not be opened (with a link notice).
   */
  lessonPlayer: OpenLesson | null;
  /** The open lesson's answers and tasks done (the step is `lessonStep`). */
  lessonAnswers: LessonProgress['answers'];
  lessonTasksDone: LessonProgress['done'];
  /** The named lesson has loaded: the player shows it, with the progress kept for it. */
  setLessonOpen(open: OpenLesson, progress: Pick<LessonProgress, 'answers' | 'done'>): void;
  /** The student chose `choice` in step `step`'s prediction (the first choice stays). */
  answerPrediction(step: number, choice: number): void;
  /** Step `step`'s task was met: it stays done. */
  completeTask(step: number): void;
  /** Closes the player: no lesson, every control shown again; the view stays as it is. */
  closeLesson(): void;
}
