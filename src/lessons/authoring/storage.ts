/**
 * The draft kept in this browser (docs/lessons.md, "Writing a lesson in the app"): written to
 * `localStorage` at every change, so that a reload, a closed tab or a crash loses nothing. A
 * draft may be invalid (it is being written), so it cannot be stored as a lesson file; it is kept
 * as JSON and read back as input from outside (another program may have changed it): only what
 * has a lesson's shape is kept — known fields of the right types, texts in the app's languages —
 * and the rest is dropped, never trusted or run. Pure over the storage given.
 */
import { CODE_TARGETS, type CodeTarget } from '../../export/code/types';
import { LANGUAGES } from '../../i18n/languages';
import type { Lesson, LessonPrediction, LessonStep, LessonTask, LocalText } from '../types';
import { MAX_STEPS } from '../format/limits';
import { MAX_LESSON_FILE_LENGTH } from '../file';
import type { LessonStorage } from '../catalog';
import { DRAFT_KEY } from './draft-key';

export { DRAFT_KEY, hasDraft } from './draft-key';

/** A draft as stored: the lesson, and the step the editor had selected. */
export interface StoredDraft {
  lesson: Lesson;
  /** The step selected in the editor, 0-based (0 when there are no steps). */
  selected: number;
}

/** The draft kept in `storage`, or null when there is none (or nothing readable). */
export function loadDraft(storage: LessonStorage | null): StoredDraft | null {
  let text: string | null;
  try {
    text = storage?.getItem(DRAFT_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null || text.length > MAX_LESSON_FILE_LENGTH) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(data)) return null;
  const lesson = lessonShape(data.lesson);
  if (!lesson) return null;
  const selected = typeof data.selected === 'number' ? data.selected : 0;
  return {
    lesson,
    selected: Number.isInteger(selected)
      ? Math.max(0, Math.min(selected, lesson.steps.length - 1))
      : 0,
  };
}

/** Keeps the draft; false when the storage refuses (full, or turned off). */
export function saveDraft(storage: LessonStorage | null, draft: StoredDraft): boolean {
  if (!storage) return false;
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the draft. */
export function discardDraft(storage: LessonStorage | null): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // The storage refuses every change: there is nothing to forget.
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The languages' texts of `value`; undefined when it holds none. */
function localText(value: unknown): LocalText | undefined {
  if (!isObject(value)) return undefined;
  const text: LocalText = {};
  for (const lang of LANGUAGES) {
    const own = Object.hasOwn(value, lang) ? str(value[lang]) : undefined;
    if (own !== undefined) text[lang] = own;
  }
  return Object.keys(text).length > 0 ? text : undefined;
}

/** `{ [key]: value }` when the value is there, for spreading. */
const maybe = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

function lessonShape(value: unknown): Lesson | null {
  if (!isObject(value) || !Array.isArray(value.steps)) return null;
  const steps = value.steps.slice(0, MAX_STEPS).map(stepShape);
  return {
    id: str(value.id) ?? '',
    title: localText(value.title) ?? {},
    ...maybe('summary', localText(value.summary)),
    ...maybe('author', str(value.author)),
    steps: steps.filter((step): step is LessonStep => step !== null),
  };
}

function stepShape(value: unknown): LessonStep | null {
  if (!isObject(value)) return null;
  return {
    ...maybe('chapter', localText(value.chapter)),
    title: localText(value.title) ?? {},
    text: localText(value.text) ?? {},
    link: str(value.link) ?? '',
    ...maybe('prediction', predictionShape(value.prediction)),
    ...maybe('task', taskShape(value.task)),
    ...maybe('teacherNote', localText(value.teacherNote)),
    ...maybe(
      'code',
      CODE_TARGETS.includes(value.code as CodeTarget) ? (value.code as CodeTarget) : undefined,
    ),
  };
}

function predictionShape(value: unknown): LessonPrediction | undefined {
  if (!isObject(value) || !Array.isArray(value.choices)) return undefined;
  const choices = value.choices.slice(0, 4).map((choice) => localText(choice) ?? {});
  const answer = typeof value.answer === 'number' ? value.answer : 0;
  return {
    question: localText(value.question) ?? {},
    choices,
    answer: Number.isInteger(answer) && answer >= 0 && answer < choices.length ? answer : 0,
    explanation: localText(value.explanation) ?? {},
  };
}

function taskShape(value: unknown): LessonTask | undefined {
  if (!isObject(value)) return undefined;
  return {
    prompt: localText(value.prompt) ?? {},
    condition: str(value.condition) ?? '',
    ...maybe('hint', localText(value.hint)),
    ...maybe('success', localText(value.success)),
  };
}
