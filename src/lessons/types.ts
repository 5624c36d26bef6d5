/**
 * A lesson (docs/lessons.md): a sequence of steps, each a view of the app with a short text, and
 * optionally a prediction asked before the runs are revealed, a task checked live, and a note for
 * the teacher. The built-in course and the lessons teachers write are the same type; a lesson
 * file is this type as versioned JSON (`LESSON_FORMAT`, `LESSON_VERSION`), validated as hostile
 * input before use (src/lessons/validate.ts). Types only, a leaf.
 */
import type { CodeTarget } from '../export/code/types';
import type { Lang } from '../i18n/languages';

/** The `format` field of every lesson file, so that a stray JSON file is recognised as not one. */
export const LESSON_FORMAT = 'descent-lesson';
/** The version this build writes and reads; a newer file gets a clear message, not a guess. */
export const LESSON_VERSION = 1;

/**
 * A text in one or more of the app's languages. The built-in course has every language; a
 * teacher's lesson may have just the one it was written in, shown whatever the app's language.
 * At least one language is present (validation refuses an empty one).
 */
export type LocalText = Partial<Record<Lang, string>>;

/** A question asked before the runs are revealed (predict-then-reveal). */
export interface LessonPrediction {
  question: LocalText;
  /** 2 to 4 choices. */
  choices: LocalText[];
  /** Index of the right choice in `choices` (0-based). */
  answer: number;
  /** Shown after the student has chosen: why the answer is right, read off the runs. */
  explanation: LocalText;
}

/** Something to do with the controls, checked live on the state. */
export interface LessonTask {
  /** What to do, e.g. "Drag α until gradient descent diverges." */
  prompt: LocalText;
  /**
   * When the task is done, in the condition language (docs/lessons.md, "Conditions";
   * src/lessons/condition), e.g. `run 1 divergedAt != null`.
   */
  condition: string;
  /** Shown on request while the task is not done. */
  hint?: LocalText;
  /** Shown once it is done. */
  success?: LocalText;
}

export interface LessonStep {
  /**
   * Starts a new chapter, titled so (the player shows the chapter above the step's title and
   * the chapter list jumps to it); absent: the step continues the chapter before it.
   */
  chapter?: LocalText;
  title: LocalText;
  /** The step's text: the Markdown subset of docs/lessons.md, with $…$ formulas. */
  text: LocalText;
  /**
   * The view the step sets: a link's query string (without "?" or the page address), e.g.
   * `v=1&p=rosenbrock&o=adam(lr=0.01)&show=lr,play`. Any link of the app, so every feature can
   * appear in a lesson; `show=` chooses the controls shown. Decoded with the app's own link
   * decoder (src/url/codec.ts), so a step can never hold a view a link could not.
   */
  link: string;
  prediction?: LessonPrediction;
  task?: LessonTask;
  /** For the teacher: shown in presentation mode only. */
  teacherNote?: LocalText;
  /**
   * The step offers the code of its view (issue 18): a button opening the Code dialog on this
   * script, PyTorch or NumPy (src/ui/code, docs/code-export.md).
   */
  code?: CodeTarget;
}

export interface Lesson {
  /** A short name, [a-z0-9-], 1–64 characters: the `lesson=` of a link and the storage key. */
  id: string;
  title: LocalText;
  /** One or two sentences: what the lesson teaches and for whom. */
  summary?: LocalText;
  /** The author, as they wish to be credited. */
  author?: string;
  /** At least one step. */
  steps: LessonStep[];
}

/** A lesson as a file holds it. */
export interface LessonFile {
  format: typeof LESSON_FORMAT;
  version: typeof LESSON_VERSION;
  lesson: Lesson;
}
