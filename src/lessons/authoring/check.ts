/**
 * What is wrong with a draft, by field (docs/lessons.md, "Writing a lesson in the app"): the
 * draft goes through validateLesson, the very check a lesson file gets, and its messages are
 * grouped by the field they name, so that the editor shows each under its field and marks the
 * steps that have one. Pure.
 */
import type { Lesson } from '../types';
import { validateLesson, type LessonError } from '../validate';
import { checkCondition } from '../validate';
import { HYPERPARAMS } from '../../core/optimizers/hyperparams';
import { PLAIN_QUANTITIES } from '../condition/ast';

/** A draft's check: the lesson as it would be saved, when valid; its errors and warnings. */
export interface DraftCheck {
  /** The cleaned lesson validateLesson returns; null while the draft has an error. */
  lesson: Lesson | null;
  errors: readonly LessonError[];
  warnings: readonly LessonError[];
}

export function checkDraft(draft: Lesson): DraftCheck {
  const result = validateLesson(draft);
  return 'lesson' in result
    ? { lesson: result.lesson, errors: [], warnings: result.warnings }
    : { lesson: null, errors: result.errors, warnings: [] };
}

/** Whether `path` is `field` or a field inside it (`steps[2].title.en` is in `steps[2].title`). */
export function isWithin(path: string, field: string): boolean {
  return (
    path === field ||
    (field === '' ? path !== '' : path.startsWith(`${field}.`) || path.startsWith(`${field}[`))
  );
}

/**
 * The messages about `field` and the fields inside it, each with the part of the path below
 * `field` when there is one (`en: is empty…` under `title`), errors first, then warnings.
 */
export function messagesAt(check: DraftCheck, field: string): string[] {
  const said = (error: LessonError) => {
    const rest = error.path.slice(field.length).replace(/^\./, '');
    return rest ? `${rest}: ${error.message}` : error.message;
  };
  return [...check.errors, ...check.warnings]
    .filter((error) => isWithin(error.path, field))
    .map(said);
}

/** The path validation names step `index` by: `steps[2]`. */
export const stepPath = (index: number) => `steps[${index}]`;

/** Whether step `index` (or a field of it) has an error. */
export function stepHasError(check: DraftCheck, index: number): boolean {
  return check.errors.some((error) => isWithin(error.path, stepPath(index)));
}

/**
 * Why a task's condition cannot be read, with its place, or null when it can
 * (src/lessons/validate.ts checkCondition, the condition language's own parser).
 */
export const conditionMessage = (condition: string): string | null => checkCondition(condition);

/**
 * The words a condition is made of, to show beside its field (docs/lesson-conditions.md): whose
 * value, the quantities, the hyperparameters by their link names.
 */
export const CONDITION_WORDS = {
  subjects: ['run 1', 'any run', 'every run'],
  quantities: [...PLAIN_QUANTITIES, 'loss at 200', 'stepsTo 1e-3'],
  hyperparams: Object.keys(HYPERPARAMS),
  joins: ['and', 'or', 'not', 'null'],
} as const;
