/**
 * Where a student was in a lesson, kept in the browser (localStorage) per lesson id: the step
 * last shown, the choice made in each prediction, the tasks done (docs/lessons.md, "Progress").
 * The storage is another program's to write as much as ours (an extension, an older version, a
 * hand edit): reading takes only what is well formed and within the lesson, and never throws;
 * a storage that refuses (private mode, quota, sandboxed frame) loses the progress, nothing else.
 * Pure but for the storage passed in.
 */
import type { LessonProgress } from '../state/lesson-player-state';
import { localStorageOrNull, readStored, writeStored } from '../storage';

/** The storage progress is kept in (window.localStorage satisfies it). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The key of a lesson's progress. */
export const progressKey = (lessonId: string) => `descent.lesson.${lessonId}.progress`;

/** A stored value longer than this is not ours: a 200-step lesson's progress is under 4 kB. */
const MAX_STORED_LENGTH = 20_000;

export const EMPTY_PROGRESS: LessonProgress = { step: 0, answers: {}, done: [] };

const isIndex = (value: unknown, below: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < below;

/**
 * The progress kept for `lessonId`, for a lesson of `steps` steps whose predictions have the
 * choice counts `choices` (by step; undefined for a step without one). Whatever does not fit is
 * dropped, the rest kept.
 */
export function readProgress(
  storage: ProgressStorage | null,
  lessonId: string,
  choices: readonly (number | undefined)[],
): LessonProgress {
  const text = readStored(storage, progressKey(lessonId));
  if (text == null || text.length > MAX_STORED_LENGTH) return EMPTY_PROGRESS;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return EMPTY_PROGRESS;
  const { step, answers, done } = data as Record<string, unknown>;
  const steps = choices.length;
  const kept: Record<number, number> = {};
  if (typeof answers === 'object' && answers !== null && !Array.isArray(answers))
    for (const [key, choice] of Object.entries(answers)) {
      const index = Number(key);
      const count = isIndex(index, steps) && String(index) === key ? choices[index] : undefined;
      if (count !== undefined && isIndex(choice, count)) kept[index] = choice;
    }
  return {
    step: isIndex(step, steps) ? step : 0,
    answers: kept,
    done: Array.isArray(done)
      ? [...new Set(done.filter((d): d is number => isIndex(d, steps)))].sort((a, b) => a - b)
      : [],
  };
}

/** Keeps the progress; a storage that refuses is left alone (the lesson goes on regardless). */
export function writeProgress(
  storage: ProgressStorage | null,
  lessonId: string,
  progress: LessonProgress,
): void {
  // A refusal (quota, privacy settings) leaves the progress in the player's memory only.
  const { step, answers, done } = progress;
  writeStored(storage, progressKey(lessonId), JSON.stringify({ step, answers, done }));
}

/** The storage lessons are kept in: window.localStorage, or null where touching it throws. */
export const lessonStorage = localStorageOrNull;
