/**
 * Opening a lesson from the Lessons menu or a drop (LessonsMenu.tsx and src/ui/drop load this
 * module when used): a built-in or imported lesson by id, or a lesson file the teacher picked or
 * dropped, which is read as hostile input (readLessonFile), kept in this browser so that its link
 * opens it again, and opened where the student was. What cannot be opened is said in the app's
 * notice.
 */
import { t } from '../../i18n';
import '../../i18n/en-lesson'; // its words load with this chunk (docs/i18n.md)
import type { AppStore } from '../../state/store';
import type { LessonRef, OpenLesson } from '../../state/lesson-player-state';
import { openLessonAt, progressOf } from '../../state/lesson-steps';
import {
  importedLessonIds,
  loadLesson,
  saveImportedLesson,
  type LessonStorage,
} from '../../lessons/catalog';
import { readLessonFile } from '../../lessons/file';
import { encodeInlineLesson } from '../../lessons/inline';
import { formatLessonError } from '../../lessons/validate';
import { lessonStorage } from '../../lessons/progress';
import { clip } from '../../scenario/text';
import { cleanText } from '../../lessons/format/text';

/** Opens the lesson `ref` names where the student was; false (with a notice) when it cannot. */
export async function openLessonRef(
  store: AppStore,
  ref: LessonRef,
  storage: LessonStorage | null = lessonStorage(),
): Promise<boolean> {
  const load = await loadLesson(ref, storage);
  if ('error' in load) {
    store.getState().setNotice(t(load.said.key, load.said.values));
    return false;
  }
  open(store, load.open, storage);
  return true;
}

function open(store: AppStore, lesson: OpenLesson, storage: LessonStorage | null) {
  openLessonAt(store, lesson, progressOf(lesson, storage), undefined, 'push');
}

/** Opens a lesson file; false (with a notice saying why) when it holds no lesson to open. */
export async function openLessonFile(
  store: AppStore,
  file: File,
  storage: LessonStorage | null = lessonStorage(),
): Promise<boolean> {
  const read = readLessonFile(await file.text());
  if ('errors' in read) {
    const reason = read.errors.slice(0, 3).map(formatLessonError).join('; ');
    // The name is input too: no character that could reorder the notice (docs/hostile-input.md).
    store
      .getState()
      .setNotice(`${clip(cleanText(file.name))}: ${t('lesson.fileError', { reason })}`);
    return false;
  }
  const { lesson } = read;
  if (saveImportedLesson(storage, lesson)) {
    open(store, { lesson, source: 'imported', ref: { id: lesson.id } }, storage);
    return true;
  }
  // Not kept (storage full or off, or a built-in lesson's id): a short one travels in its link.
  const data = encodeInlineLesson(lesson);
  if (data) open(store, { lesson, source: 'link', ref: { data } }, storage);
  else {
    open(store, { lesson, source: 'imported', ref: { id: lesson.id } }, storage);
    store.getState().setNotice(t('lesson.notKept'));
  }
  return true;
}

/** The lessons kept in this browser that open, with their titles, for the menu. */
export async function importedLessons(
  storage: LessonStorage | null = lessonStorage(),
): Promise<OpenLesson[]> {
  const loads = await Promise.all(
    importedLessonIds(storage).map((id) => loadLesson({ id }, storage)),
  );
  return loads.flatMap((load) => ('open' in load ? [load.open] : []));
}
