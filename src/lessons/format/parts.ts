/**
 * A step's optional parts, as validation reads them (src/lessons/validate.ts): the prediction (a
 * question with 2 to 4 choices and the right one's number) and the task (a prompt and a
 * condition in the condition language, docs/lesson-conditions.md, checked by its own parser).
 */
import { parseCondition } from '../condition/parse';
import { highestRunNamed } from '../condition/ast';
import type { LessonPrediction, LessonTask, LocalText } from '../types';
import { at, type LessonErrors } from './errors';
import { readLocalText, readWholeNumber } from './fields';
import { MAX_CHOICES, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, MIN_CHOICES } from './limits';
import { objectPart, optional, readItems, readPart, required } from './read';
import { describeValue } from './text';

/** The fields of a prediction and of a task, in the order a file writes them. */
export const PREDICTION_FIELDS = ['question', 'choices', 'answer', 'explanation'] as const;
export const TASK_FIELDS = ['prompt', 'condition', 'hint', 'success'] as const;

const PREDICTION = objectPart(
  'a prediction',
  'a JSON object with a question, choices, an answer and an explanation',
  PREDICTION_FIELDS,
);
const TASK = objectPart('a task', 'a JSON object with a prompt and a condition', TASK_FIELDS);

/** A task as read, with the highest run its condition names (0: none). */
export interface ReadTask {
  task: LessonTask;
  highestRun: number;
}

/**
 * A condition read by the condition language's parser: why it cannot be used (with the place,
 * character 1 the first), or the highest run it names.
 */
export function conditionOf(text: string): { error: string } | { highestRun: number } {
  const parsed = parseCondition(text);
  if ('error' in parsed)
    return { error: `at character ${parsed.error.position + 1}: ${parsed.error.message}` };
  return { highestRun: highestRunNamed(parsed.ast) };
}

const localText =
  (errors: LessonErrors, max: number) =>
  (value: unknown, path: string): LocalText | undefined =>
    readLocalText(errors, value, path, max);

export function readPrediction(
  errors: LessonErrors,
  value: unknown,
  path: string,
): LessonPrediction | undefined {
  const fields = readPart(errors, value, path, PREDICTION);
  if (!fields) return undefined;
  const text = localText(errors, MAX_TEXT_LENGTH);
  const question = required(
    errors,
    fields,
    'question',
    path,
    'the question, like {"en": "…"}',
    text,
  );
  const choices = required(
    errors,
    fields,
    'choices',
    path,
    `a list of ${MIN_CHOICES} to ${MAX_CHOICES} choices`,
    (v, p) => readChoices(errors, v, p),
  );
  const count = choices?.length;
  const answer = required(
    errors,
    fields,
    'answer',
    path,
    'the number of the right choice, counted from 0',
    (v, p) =>
      readWholeNumber(
        errors,
        v,
        p,
        { min: 0, max: (count ?? MAX_CHOICES) - 1 },
        answerExpected(count),
      ),
  );
  const explanation = required(
    errors,
    fields,
    'explanation',
    path,
    'why the answer is right, like {"en": "…"}',
    text,
  );
  if (!question || !choices || answer === undefined || !explanation) return undefined;
  return { question, choices, answer, explanation };
}

/** What `answer` must be, for `count` choices (unknown when the choices are wrong). */
function answerExpected(count: number | undefined): string {
  if (count === undefined)
    return `the number of the right choice, counted from 0 (0 to ${MAX_CHOICES - 1})`;
  const numbers = Array.from({ length: count }, (_, i) => String(i));
  const list = `${numbers.slice(0, -1).join(', ')} or ${numbers.at(-1)}`;
  return `the number of the right one of the ${count} choices, counted from 0 (${list})`;
}

function readChoices(errors: LessonErrors, value: unknown, path: string): LocalText[] | undefined {
  const items = readItems(
    errors,
    value,
    path,
    `a list of ${MIN_CHOICES} to ${MAX_CHOICES} choices`,
    {
      min: MIN_CHOICES,
      max: MAX_CHOICES,
    },
  );
  if (!items) return undefined;
  const choices = items.map((item, i) =>
    readLocalText(errors, item, at(path, i), MAX_TITLE_LENGTH),
  );
  return choices.every((c): c is LocalText => c !== undefined) ? choices : undefined;
}

export function readTask(errors: LessonErrors, value: unknown, path: string): ReadTask | undefined {
  const fields = readPart(errors, value, path, TASK);
  if (!fields) return undefined;
  const text = localText(errors, MAX_TEXT_LENGTH);
  const prompt = required(errors, fields, 'prompt', path, 'what to do, like {"en": "…"}', text);
  const condition = required(
    errors,
    fields,
    'condition',
    path,
    'when the task is done, like "run 1 divergedAt != null"',
    (v, p) => readCondition(errors, v, p),
  );
  const hint = optional(fields, 'hint', path, text);
  const success = optional(fields, 'success', path, text);
  if (!prompt || !condition || hint === null || success === null) return undefined;
  return {
    task: {
      prompt,
      condition: condition.text,
      ...(hint !== undefined ? { hint } : {}),
      ...(success !== undefined ? { success } : {}),
    },
    highestRun: condition.highestRun,
  };
}

/** The condition's text as written (the parser refuses what it cannot read), and its runs. */
function readCondition(
  errors: LessonErrors,
  value: unknown,
  path: string,
): { text: string; highestRun: number } | undefined {
  if (typeof value !== 'string') {
    errors.add(
      path,
      `must be a condition in double quotes, like "run 1 divergedAt != null", got ${describeValue(value)}`,
    );
    return undefined;
  }
  const parsed = conditionOf(value);
  if ('error' in parsed) {
    errors.add(path, parsed.error);
    return undefined;
  }
  return { text: value, highestRun: parsed.highestRun };
}
