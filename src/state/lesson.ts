/**
 * Lesson links: a teacher chooses which controls a link shows (`show=lr,play`), so that a class
 * sees exactly one thing to change. Everything else is hidden, not disabled, to keep the screen
 * quiet. Without `show` every control is there.
 */
import { HYPERPARAMS, type HyperparamName } from '../core/optimizers/hyperparams';

/** Controls a lesson can show besides the hyperparameters (which go by their scenario names). */
export const LESSON_EXTRAS = {
  play: 'the timeline: play, step and scrub',
  start: 'moving the start point on the landscape',
  problem: 'choosing the problem',
  runs: 'adding, removing and retyping runs',
  noise: 'gradient noise, seed and mini-batch size',
  steps: 'the number of steps',
  schedule: 'each run’s learning-rate schedule',
  batch: 'each run’s own mini-batch size (models on data)',
} as const;

export type LessonControl = HyperparamName | keyof typeof LESSON_EXTRAS;

export const LESSON_CONTROLS: readonly LessonControl[] = [
  ...(Object.keys(HYPERPARAMS) as HyperparamName[]),
  ...(Object.keys(LESSON_EXTRAS) as (keyof typeof LESSON_EXTRAS)[]),
];

export function isLessonControl(name: string): name is LessonControl {
  return (LESSON_CONTROLS as readonly string[]).includes(name);
}

/** Whether the timeline shows: its controls are the lesson's `play` (Timeline.tsx, App.tsx). */
export const timelineShown = (lesson: readonly LessonControl[] | null): boolean =>
  isShown(lesson, 'play');

/** Whether `control` is shown: always without a lesson, else only when the lesson lists it. */
export function isShown(lesson: readonly LessonControl[] | null, control: LessonControl): boolean {
  return lesson === null || lesson.includes(control);
}
