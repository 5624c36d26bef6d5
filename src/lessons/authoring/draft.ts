/**
 * A lesson being written in the app (docs/lessons.md, "Writing a lesson in the app"): the draft
 * is the `Lesson` type itself, edited by these functions, each returning a new lesson and never
 * changing the one given (the editor keeps them for its undo-free "nothing lost" storage, and
 * React compares by reference). A draft may be invalid while it is written (an empty title, no
 * step yet); check.ts says what is wrong, by field, with the validation a lesson file gets. Texts
 * are edited in one language at a time; the other languages' texts are kept as they are. Pure.
 */
import type { Lang } from '../../i18n/languages';
import type { Lesson, LessonPrediction, LessonStep, LessonTask, LocalText } from '../types';
import { MAX_STEPS } from '../format/limits';
import { joinQuery, splitQuery } from '../../url/syntax';
import { FRAME_PARAMS } from '../format/link';

/** The id a new draft has until the teacher names it (docs/lessons.md, "The lesson"). */
export const NEW_LESSON_ID = 'my-lesson';

/** Choices a prediction has at least and at most (docs/lessons.md, "Prediction"). */
export const MIN_CHOICES = 2;
export const MAX_CHOICES = 4;

/** Changes to an object's fields; a field set to undefined is removed. */
export type Patch<T> = { [K in keyof T]?: T[K] | undefined };

/** An empty text in `lang`: the field is there to be written (validation says it is empty). */
const blank = (lang: Lang): LocalText => ({ [lang]: '' });

/** A new draft: no steps yet, an id to change, an empty title. */
export function newDraft(lang: Lang): Lesson {
  return { id: NEW_LESSON_ID, title: blank(lang), steps: [] };
}

/**
 * The link of the current view as a step keeps it: the app's link query (with or without its
 * "?") without the frame parameters (FRAME_PARAMS).
 * @example viewLink('?v=1&p=rosenbrock&lang=zh&present=1') // 'v=1&p=rosenbrock'
 */
export function viewLink(query: string): string {
  // A step's link may not hold them (src/lessons/format/link.ts refuses them): the view is taken
  // without them, and the player adds what it needs when the step opens.
  const kept = splitQuery(query).filter(({ key }) => !Object.hasOwn(FRAME_PARAMS, key));
  return joinQuery(kept.map(({ key, raw }) => ({ key, value: raw })));
}

/** A new step showing the view of `query`, its title and text to be written in `lang`. */
export function stepFromView(query: string, lang: Lang): LessonStep {
  return { title: blank(lang), text: blank(lang), link: viewLink(query) };
}

/** `text` with its `lang` text set to `value`; the other languages kept. */
export function setText(text: LocalText | undefined, lang: Lang, value: string): LocalText {
  return { ...text, [lang]: value };
}

/**
 * An optional text (a chapter, a hint, a teacher's note) with `lang` set to `value`; undefined,
 * the field left out, when no language has any text left (an optional field is left out rather
 * than written empty, docs/lessons.md, "Languages").
 */
export function setOptionalText(
  text: LocalText | undefined,
  lang: Lang,
  value: string,
): LocalText | undefined {
  const next: LocalText = { ...text, [lang]: value };
  if (value === '') delete next[lang];
  return Object.values(next).some((v) => v !== undefined && v !== '') ? next : undefined;
}

/** `lesson` with `patch` applied to its own fields (not the steps); undefined fields removed. */
export function updateLesson(
  lesson: Lesson,
  patch: Patch<Pick<Lesson, 'id' | 'title' | 'summary' | 'author'>>,
): Lesson {
  return withoutUndefined({ ...lesson, ...patch } as Lesson);
}

/** `lesson` with `step` inserted at `index` (the end by default), or unchanged at MAX_STEPS. */
export function addStep(lesson: Lesson, step: LessonStep, index = lesson.steps.length): Lesson {
  if (lesson.steps.length >= MAX_STEPS) return lesson;
  const at = Math.max(0, Math.min(index, lesson.steps.length));
  return { ...lesson, steps: [...lesson.steps.slice(0, at), step, ...lesson.steps.slice(at)] };
}

/** Step `index` with `patch` applied; fields set to undefined are removed. */
export function updateStep(
  lesson: Lesson,
  index: number,
  patch: Patch<LessonStep> | ((step: LessonStep) => Patch<LessonStep>),
): Lesson {
  const step = lesson.steps[index];
  if (!step) return lesson;
  const changes = typeof patch === 'function' ? patch(step) : patch;
  const steps = lesson.steps.slice();
  steps[index] = withoutUndefined({ ...step, ...changes } as LessonStep);
  return { ...lesson, steps };
}

/** Step `index` moved by `delta` places (−1 up, +1 down); unchanged past either end. */
export function moveStep(lesson: Lesson, index: number, delta: number): Lesson {
  const to = index + delta;
  if (!lesson.steps[index] || to < 0 || to >= lesson.steps.length) return lesson;
  const steps = lesson.steps.slice();
  const [moved] = steps.splice(index, 1);
  if (moved) steps.splice(to, 0, moved);
  return { ...lesson, steps };
}

/** A copy of step `index` right after it (its chapter not repeated: the copy continues it). */
export function duplicateStep(lesson: Lesson, index: number): Lesson {
  const step = lesson.steps[index];
  if (!step) return lesson;
  const copy: LessonStep = structuredClone(step);
  delete copy.chapter;
  return addStep(lesson, copy, index + 1);
}

/** Step `index` removed. */
export function removeStep(lesson: Lesson, index: number): Lesson {
  if (!lesson.steps[index]) return lesson;
  return { ...lesson, steps: lesson.steps.filter((_, i) => i !== index) };
}

/** A new prediction to write in `lang`: a question, two choices, the first one right. */
export function newPrediction(lang: Lang): LessonPrediction {
  return {
    question: blank(lang),
    choices: [blank(lang), blank(lang)],
    answer: 0,
    explanation: blank(lang),
  };
}

/** The prediction with one more (empty) choice, up to MAX_CHOICES. */
export function addChoice(prediction: LessonPrediction, lang: Lang): LessonPrediction {
  if (prediction.choices.length >= MAX_CHOICES) return prediction;
  return { ...prediction, choices: [...prediction.choices, blank(lang)] };
}

/**
 * The prediction without choice `index`, down to MIN_CHOICES. The answer follows its choice; when
 * the right choice itself goes, the first becomes the answer (the teacher sees it marked).
 */
export function removeChoice(prediction: LessonPrediction, index: number): LessonPrediction {
  const { choices, answer } = prediction;
  if (choices.length <= MIN_CHOICES || index < 0 || index >= choices.length) return prediction;
  return {
    ...prediction,
    choices: choices.filter((_, i) => i !== index),
    answer: answer === index ? 0 : answer > index ? answer - 1 : answer,
  };
}

/** A new task to write in `lang`; the condition is the language's first example. */
export function newTask(lang: Lang): LessonTask {
  return { prompt: blank(lang), condition: 'run 1 divergedAt != null' };
}

/**
 * A copy of a lesson to edit as a draft (the built-in course, a lesson opened from a file or a
 * link), under an id none of `taken` has, so that saving it never replaces the original.
 * @example forkLesson(course, ['training-a-model']).id // 'training-a-model-copy'
 */
export function forkLesson(lesson: Lesson, taken: readonly string[]): Lesson {
  const ids = new Set([lesson.id, ...taken]);
  // Ids are at most 64 characters (format/limits.ts LESSON_ID): the stem leaves room for a suffix.
  const stem = lesson.id.slice(0, 52).replace(/-+$/, '') || 'lesson';
  let id = `${stem}-copy`;
  for (let n = 2; ids.has(id); n++) id = `${stem}-copy-${n}`;
  return { ...structuredClone(lesson), id };
}

/** The file name a draft is saved under: `<id>.descent-lesson.json`. */
export function lessonFileName(lesson: Pick<Lesson, 'id'>): string {
  const id = /^[a-z0-9][a-z0-9-]{0,63}$/.test(lesson.id) ? lesson.id : 'lesson';
  return `${id}.descent-lesson.json`;
}

/** A copy without the fields set to undefined (the types are exactOptionalPropertyTypes-strict). */
function withoutUndefined<T extends object>(value: T): T {
  const copy = { ...value };
  for (const key of Object.keys(copy) as (keyof T)[]) if (copy[key] === undefined) delete copy[key];
  return copy;
}
