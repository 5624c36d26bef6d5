/**
 * Opening a dropped file (DropZone.tsx loads this module on the first drag, so the readers stay
 * out of the first view): a lesson file as the Lessons menu's file picker opens it
 * (openLessonFile), a scenario file as Share → Import opens it (openScenarioFile), anything else
 * refused with a notice naming the file and what Descent opens. Several files: the first, and
 * the notice says so. docs/lessons.md, "Opening a lesson".
 */
import { t } from '../../i18n';
import type { AppStore } from '../../state/store';
import { clip } from '../../scenario/text';
import { cleanText } from '../../lessons/format/text';
import { MAX_LESSON_FILE_LENGTH } from '../../lessons/file';
import { MAX_IMPORT_BYTES } from '../../url/import';
import { openLessonFile } from '../lesson/open-lesson';
import { openScenarioFile } from '../share/open-file';
import { HEAD_LENGTH, kindOf } from './file-kind';
import { fitsIn } from './fits';

/** Opens the first of the dropped `files`; false (with a notice saying why) when nothing opened. */
export async function openDroppedFiles(store: AppStore, files: readonly File[]): Promise<boolean> {
  const file = files[0];
  if (!file) return false;
  const notice = (message: string) => store.getState().setNotice(message);
  // A drop is a new action: an older notice would be read as this file's.
  store.getState().setNotice(null);
  let opened = false;
  try {
    opened = await open(store, file);
  } catch {
    // A folder, or a file gone or unreadable since it was picked up.
    notice(t('drop.unreadable', { name: nameOf(file) }));
  }
  if (files.length > 1) {
    const said = store.getState().notice;
    const several = t('drop.several', { count: files.length, name: nameOf(file) });
    notice(said ? `${several} ${said}` : several);
  }
  return opened;
}

/** A file's name as a notice quotes it: one line, short, no character that reorders the line. */
const nameOf = (file: File) => clip(cleanText(file.name));

async function open(store: AppStore, file: File): Promise<boolean> {
  const name = nameOf(file);
  const kind = kindOf(file.name, file.type, await file.slice(0, HEAD_LENGTH).text());
  if (kind === 'other') {
    store.getState().setNotice(t('drop.other', { name }));
    return false;
  }
  const lesson = kind === 'lesson';
  if (!(await fitsIn(file, lesson ? MAX_LESSON_FILE_LENGTH : MAX_IMPORT_BYTES))) {
    store
      .getState()
      .setNotice(t(lesson ? 'drop.lessonTooLarge' : 'drop.scenarioTooLarge', { name }));
    return false;
  }
  return lesson ? openLessonFile(store, file) : openScenarioFile(store, file);
}
