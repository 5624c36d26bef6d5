/**
 * Validation of a lesson that comes from outside (a file, a link, the authoring form): the input
 * is hostile (docs/hostile-input.md), every field is checked, and each error names the field and
 * says why in plain English (docs/lessons.md, "What validation refuses"). Never throws, never runs
 * or assigns anything of the input's. A valid lesson comes back cleaned (text without control or
 * bidi characters, src/lessons/format/text.ts) and in the file's key order (canonical.ts).
 */
import type { Lesson, LessonPrediction, LessonStep, LessonTask, LocalText } from './types';
import { CODE_TARGETS, type CodeTarget } from '../export/code/types';
import { LessonErrors, at, type LessonError } from './format/errors';
import { readLocalText, readText } from './format/fields';
import { readLink } from './format/link';
import {
  PREDICTION_FIELDS,
  TASK_FIELDS,
  conditionOf,
  readPrediction,
  readTask,
} from './format/parts';
import { objectPart, optional, readItems, readPart, required } from './format/read';
import { describeValue } from './format/text';
import {
  LESSON_ID,
  MAX_STEPS,
  MAX_SUMMARY_LENGTH,
  MAX_TEACHER_NOTE_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
} from './format/limits';

export { formatLessonError, type LessonError } from './format/errors';
export { PREDICTION_FIELDS, TASK_FIELDS } from './format/parts';
export * from './format/limits';

/**
 * A lesson validation's outcome: the lesson, with warnings (allowed, but likely a mistake: a
 * task naming a run its step's link does not open), or every error found (at most MAX_ERRORS,
 * then one counting the rest).
 */
export type LessonValidation =
  { lesson: Lesson; warnings: LessonError[] } | { errors: LessonError[] };

/** The fields of a lesson and of a step, in the order a file writes them (canonical.ts). */
export const LESSON_FIELDS = ['id', 'title', 'summary', 'author', 'steps'] as const;
export const STEP_FIELDS = [
  'chapter',
  'title',
  'text',
  'link',
  'prediction',
  'task',
  'teacherNote',
  'code',
] as const;

const LESSON = objectPart('a lesson', 'a JSON object with an id, a title and steps', LESSON_FIELDS);
const STEP = objectPart('a step', 'a JSON object with a title, a text and a link', STEP_FIELDS);

// Every field of the types is listed: a field added to types.ts without its check fails here.
type Unlisted<T, L extends readonly string[]> = Exclude<keyof T, L[number]>;
const complete: [
  Unlisted<Lesson, typeof LESSON_FIELDS>,
  Unlisted<LessonStep, typeof STEP_FIELDS>,
  Unlisted<LessonPrediction, typeof PREDICTION_FIELDS>,
  Unlisted<LessonTask, typeof TASK_FIELDS>,
] extends [never, never, never, never]
  ? true
  : never = true;
void complete;

/** Checks an untrusted value; returns the cleaned lesson, or every error found. */
export function validateLesson(raw: unknown): LessonValidation {
  const errors = new LessonErrors();
  const warnings = new LessonErrors();
  const lesson = readLessonInto(errors, warnings, raw);
  return lesson && errors.empty ? { lesson, warnings: warnings.list } : { errors: errors.list };
}

/**
 * validateLesson, adding to collections of errors and warnings given (a file names the lesson's
 * fields under `lesson`: `errors.under('lesson')`, src/lessons/file.ts). The lesson is usable only
 * when no error was added.
 */
export function readLessonInto(
  errors: LessonErrors,
  warnings: LessonErrors,
  raw: unknown,
): Lesson | undefined {
  try {
    return readLesson(errors, warnings, raw);
  } catch {
    // Unreachable for JSON data; a proxy's trap could throw. In the user's words all the same.
    errors.add('', 'could not be read: a lesson is plain JSON data');
    return undefined;
  }
}

/**
 * Why a task's condition cannot be used, in plain English with its place (character 1 is the
 * first), or null when the condition language's parser reads it (docs/lesson-conditions.md).
 *
 * @example checkCondition('run 1 divergedAt != null') // null
 */
export function checkCondition(text: string): string | null {
  const parsed = conditionOf(text);
  return 'error' in parsed ? parsed.error : null;
}

const localText =
  (errors: LessonErrors, max: number) =>
  (value: unknown, path: string): LocalText | undefined =>
    readLocalText(errors, value, path, max);

function readLesson(
  errors: LessonErrors,
  warnings: LessonErrors,
  raw: unknown,
): Lesson | undefined {
  const fields = readPart(errors, raw, '', LESSON);
  if (!fields) return undefined;

  const id = required(errors, fields, 'id', '', 'a short name like "learning-rate-basics"', (v) =>
    readId(errors, v),
  );
  const title = required(
    errors,
    fields,
    'title',
    '',
    'the lesson’s title, like {"en": "…"}',
    localText(errors, MAX_TITLE_LENGTH),
  );
  const summary = optional(fields, 'summary', '', localText(errors, MAX_SUMMARY_LENGTH));
  const author = optional(fields, 'author', '', (v, p) => readText(errors, v, p, MAX_TITLE_LENGTH));
  const steps = required(errors, fields, 'steps', '', `a list of 1 to ${MAX_STEPS} steps`, (v) =>
    readSteps(errors, warnings, v),
  );

  if (id === undefined || !title || !steps || summary === null || author === null) return undefined;
  return {
    id,
    title,
    ...(summary !== undefined ? { summary } : {}),
    ...(author !== undefined ? { author } : {}),
    steps,
  };
}

function readId(errors: LessonErrors, value: unknown): string | undefined {
  if (typeof value === 'string' && LESSON_ID.test(value)) return value;
  errors.add(
    'id',
    `must be 1 to 64 lowercase letters (a–z), digits and hyphens, starting with a letter or digit, like "learning-rate-basics"; got ${describeValue(value)}`,
  );
  return undefined;
}

function readSteps(
  errors: LessonErrors,
  warnings: LessonErrors,
  value: unknown,
): LessonStep[] | undefined {
  const items = readItems(errors, value, 'steps', `a list of 1 to ${MAX_STEPS} steps`, {
    min: 1,
    max: MAX_STEPS,
  });
  if (!items) return undefined;
  const steps = items.map((item, i) => readStep(errors, warnings, item, at('steps', i)));
  return steps.every((step): step is LessonStep => step !== undefined) ? steps : undefined;
}

function readStep(
  errors: LessonErrors,
  warnings: LessonErrors,
  value: unknown,
  path: string,
): LessonStep | undefined {
  const fields = readPart(errors, value, path, STEP);
  if (!fields) return undefined;

  const chapter = optional(fields, 'chapter', path, localText(errors, MAX_TITLE_LENGTH));
  const title = required(
    errors,
    fields,
    'title',
    path,
    'the step’s title, like {"en": "…"}',
    localText(errors, MAX_TITLE_LENGTH),
  );
  const text = required(
    errors,
    fields,
    'text',
    path,
    'the step’s text, like {"en": "…"}',
    localText(errors, MAX_TEXT_LENGTH),
  );
  const link = required(
    errors,
    fields,
    'link',
    path,
    'the view the step opens, like "v=1"',
    (v, p) => readLink(errors, v, p),
  );
  const prediction = optional(fields, 'prediction', path, (v, p) => readPrediction(errors, v, p));
  const task = optional(fields, 'task', path, (v, p) => readTask(errors, v, p));
  const teacherNote = optional(
    fields,
    'teacherNote',
    path,
    localText(errors, MAX_TEACHER_NOTE_LENGTH),
  );

  const code = optional(fields, 'code', path, (v, p) => {
    // The exporter's targets (src/export/code/types.ts), which the Code dialog offers.
    if (CODE_TARGETS.includes(v as CodeTarget)) return v as CodeTarget;
    errors.add(p, `must be "pytorch" or "numpy", got ${describeValue(v)}`);
    return undefined;
  });

  if (task && link) {
    // A run the link does not open makes the comparisons naming it false: likely a mistake.
    const runs = link.decoded.state.scenario.optimizers.length;
    if (task.highestRun > runs)
      warnings.add(
        at(at(path, 'task'), 'condition'),
        `names run ${task.highestRun}, but the step’s link opens ${runs === 1 ? '1 run' : `${runs} runs`}: the task can be done only if the student adds runs`,
      );
  }
  const failed =
    chapter === null ||
    prediction === null ||
    task === null ||
    teacherNote === null ||
    code === null;
  if (!title || !text || !link || failed) return undefined;
  return {
    ...(chapter !== undefined ? { chapter } : {}),
    title,
    text,
    link: link.link,
    ...(prediction !== undefined ? { prediction } : {}),
    ...(task !== undefined ? { task: task.task } : {}),
    ...(teacherNote !== undefined ? { teacherNote } : {}),
    ...(code !== undefined ? { code } : {}),
  };
}
