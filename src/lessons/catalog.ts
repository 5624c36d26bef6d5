/**
 * Where lessons come from (docs/lessons.md, "Opening a lesson"): the built-in ones by id, each
 * its own chunk loaded on first use (the course is not in the first view's code); lessons the
 * user imported, kept in this browser's storage by id as their file's text; and short lessons
 * carried by a link (`lessonData=`, src/lessons/inline.ts). Every lesson from outside the code is
 * read as hostile input each time it is opened (readLessonFile, decodeInlineLesson), so a stored
 * lesson changed by another program is refused with a message, never trusted.
 */
import type { LessonRef, OpenLesson } from '../state/lesson-player-state';
import type { Lesson } from './types';
import { readLessonFile, writeLessonFile } from './file';
import { decodeInlineLesson } from './inline';
import { formatLessonError, LESSON_ID, type LessonError } from './validate';
import type { NoticeWords } from '../url/notice-words';
// The words of its refusals (`said`) load with it: lesson-sync.ts shows them once it loaded.
import '../i18n/en-lesson';

/** The built-in lessons, by id: each loads its own chunk. */
export const BUILT_IN_LESSONS: Readonly<Record<string, () => Promise<Lesson>>> = {
  'training-a-model': () => import('./course').then((m) => m.TRAINING_A_MODEL),
};

export const isBuiltInLesson = (id: string): boolean => Object.hasOwn(BUILT_IN_LESSONS, id);

/** The storage imported lessons are kept in (window.localStorage satisfies it). */
export type LessonStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const FILE_KEY = /^descent\.lesson\.([a-z0-9][a-z0-9-]{0,63})\.file$/;
/** The key an imported lesson's file text is kept under. */
export const importedLessonKey = (id: string) => `descent.lesson.${id}.file`;

/**
 * A lesson opened, or why it could not be: one sentence, for a notice, in English (`error`) and
 * as words the app shows in the language shown (`said`; the validator's reasons stay English).
 */
export type LessonRefusal = { error: string; said: NoticeWords };
export type LessonLoad = { open: OpenLesson } | LessonRefusal;

/** The first errors of a lesson that cannot be opened, in one sentence. */
function refused(
  errors: readonly LessonError[],
  what: string,
  said: (reasons: string) => NoticeWords,
): LessonRefusal {
  const shown = errors.slice(0, 2).map(formatLessonError).join('; ');
  const more = errors.length > 2 ? ` (and ${errors.length - 2} more)` : '';
  return { error: `${what} cannot be opened: ${shown}${more}`, said: said(`${shown}${more}`) };
}

/** The lesson `ref` names, or why it cannot be opened. Never rejects. */
export async function loadLesson(
  ref: LessonRef,
  storage: LessonStorage | null,
): Promise<LessonLoad> {
  if ('data' in ref) {
    const read = decodeInlineLesson(ref.data);
    return 'lesson' in read
      ? { open: { lesson: read.lesson, source: 'link', ref } }
      : refused(read.errors, 'the lesson in this link', (reasons) => ({
          key: 'lesson.refusedInLink',
          values: { reasons },
        }));
  }
  const { id } = ref;
  const builtIn = isBuiltInLesson(id) ? BUILT_IN_LESSONS[id] : undefined;
  if (builtIn) {
    try {
      return { open: { lesson: await builtIn(), source: 'built-in', ref } };
    } catch {
      // The chunk did not arrive (offline before it was cached): a reload may bring it.
      return {
        error: `the lesson "${id}" could not be loaded; check the connection and reload`,
        said: { key: 'lesson.notLoaded', values: { id } },
      };
    }
  }
  const text = storedFile(storage, id);
  if (text === null)
    return {
      error: `there is no lesson "${id}" in Descent or in this browser (a lesson file opened on another computer must be opened here too)`,
      said: { key: 'lesson.noSuchLesson', values: { id } },
    };
  const read = readLessonFile(text);
  if ('errors' in read)
    return refused(read.errors, `the lesson "${id}" kept in this browser`, (reasons) => ({
      key: 'lesson.refusedKept',
      values: { id, reasons },
    }));
  if (read.lesson.id !== id)
    return {
      error: `the lesson kept in this browser as "${id}" is another lesson`,
      said: { key: 'lesson.otherLesson', values: { id } },
    };
  return { open: { lesson: read.lesson, source: 'imported', ref } };
}

function storedFile(storage: LessonStorage | null, id: string): string | null {
  if (!LESSON_ID.test(id)) return null;
  try {
    return storage?.getItem(importedLessonKey(id)) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps an imported lesson (already validated) so that `lesson=<id>` opens it in this browser;
 * false when the storage refuses (full, or private mode) or the id is a built-in lesson's.
 */
export function saveImportedLesson(storage: LessonStorage | null, lesson: Lesson): boolean {
  if (!storage || isBuiltInLesson(lesson.id)) return false;
  try {
    storage.setItem(importedLessonKey(lesson.id), writeLessonFile(lesson));
    return true;
  } catch {
    return false;
  }
}

/** Forgets an imported lesson (its progress stays, in case it is imported again). */
export function removeImportedLesson(storage: LessonStorage | null, id: string): void {
  try {
    storage?.removeItem(importedLessonKey(id));
  } catch {
    // Nothing to do: the storage refuses every change.
  }
}

/** The ids of the lessons kept in this browser, sorted; none where the storage cannot be read. */
export function importedLessonIds(storage: LessonStorage | null): string[] {
  const ids: string[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const id = FILE_KEY.exec(storage.key(i) ?? '')?.[1];
      if (id && !isBuiltInLesson(id)) ids.push(id);
    }
  } catch {
    return [];
  }
  return ids.sort();
}
