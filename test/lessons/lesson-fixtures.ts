/**
 * Lessons the format tests start from, as plain JSON data (fresh objects, free to change): the
 * smallest valid lesson and one with every field. A test breaks one field and expects the error
 * that names it.
 */
import { expect } from 'vitest';
import type { Lesson } from '../../src/lessons/types';
import type { LessonError } from '../../src/lessons/validate';

/** Plain JSON data, as a file holds it. */
export type Json = Record<string, unknown>;

/** The smallest valid lesson: an id, a title, one step. */
export function minimalLesson(): Json {
  return {
    id: 'tiny',
    title: { en: 'A tiny lesson' },
    steps: [{ title: { en: 'The first view' }, text: { en: 'Look.' }, link: 'v=1' }],
  };
}

/** A lesson with every field, in both languages. */
export function fullLesson(): Json {
  return {
    id: 'learning-rate-basics',
    title: { en: 'The learning rate', zh: '学习率' },
    summary: { en: 'What α does to gradient descent.', zh: 'α 对梯度下降的作用。' },
    author: 'A. Teacher',
    steps: [
      {
        chapter: { en: 'Too small, too large', zh: '太小与太大' },
        title: { en: 'A small step', zh: '小步长' },
        text: {
          en: 'Gradient descent with $\\alpha = 0.001$.',
          zh: '$\\alpha = 0.001$ 的梯度下降。',
        },
        link: 'v=1&p=rosenbrock&o=gd(lr=0.001)&show=lr,play',
        prediction: {
          question: { en: 'Where is it after 500 steps?' },
          choices: [{ en: 'At the minimum' }, { en: 'Still in the valley' }, { en: 'Gone' }],
          answer: 1,
          explanation: { en: 'Each step is tiny.' },
        },
        task: {
          prompt: { en: 'Drag α until gradient descent diverges.' },
          condition: 'run 1 divergedAt != null',
          hint: { en: 'Try α above 0.002.' },
          success: { en: 'It diverged.' },
        },
        teacherNote: { en: 'Ask the class first.' },
      },
      {
        title: { en: 'Two runs' },
        text: { en: 'Compare.' },
        link: 'v=1&p=himmelblau&o=gd(lr=0.01)&o=adam(lr=0.05)',
      },
    ],
  };
}

/** The steps of a fixture, to change one. */
export function stepsOf(lesson: Json): Json[] {
  return lesson.steps as Json[];
}

/** The result holds a lesson (and no errors); returns it. */
export function expectLesson(result: { lesson: Lesson } | { errors: LessonError[] }): Lesson {
  expect('errors' in result ? result.errors : []).toEqual([]);
  if (!('lesson' in result)) throw new Error('no lesson');
  return result.lesson;
}

/** The result holds errors; returns them. */
export function expectErrors(
  result: { lesson: Lesson } | { errors: LessonError[] },
): LessonError[] {
  if ('lesson' in result)
    throw new Error(`expected errors, got a lesson ${JSON.stringify(result.lesson)}`);
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}

/** The one error at `path` whose message matches; fails listing all errors when there is none. */
export function expectError(
  errors: readonly LessonError[],
  path: string,
  message: RegExp | string,
): void {
  const found = errors.some(
    (e) =>
      e.path === path &&
      (typeof message === 'string' ? e.message.includes(message) : message.test(e.message)),
  );
  expect(found, `${path}: ${String(message)} in ${JSON.stringify(errors, null, 1)}`).toBe(true);
}
