/**
 * What the Lessons menu and the editor ask of the app (docs/lessons.md, "Writing a lesson in the
 * app"): the current view as a step, a copy of the open lesson as the draft, the draft previewed
 * in the real player, saved as a file, shared as a link. Each reads the app's store and the
 * draft's, and calls the pure functions of src/lessons/authoring.
 */
import type { AppStore } from '../../../state/store';
import { linkStateOf } from '../../../state/url-sync';
import { openLessonAt } from '../../../state/lesson-steps';
import { encodeLink } from '../../../url/codec';
import type { Lesson } from '../../../lessons/types';
import {
  addStep,
  forkLesson,
  lessonFileName,
  stepFromView,
  viewLink,
} from '../../../lessons/authoring/draft';
import { lessonLink } from '../../../lessons/authoring/share';
import { encodeInlineLesson } from '../../../lessons/inline';
import { writeLessonFile } from '../../../lessons/file';
import { importedLessonIds, saveImportedLesson } from '../../../lessons/catalog';
import { lessonStorage } from '../../../lessons/progress';
import { baseUrl } from '../../share/links';
import { copyText, downloadText } from '../../share/clipboard';
import { useDraft } from './draft-store';
import { useEditorOpen } from './editor-open';

/** The current view's link, as a step keeps it. */
export function currentViewLink(store: AppStore): string {
  return viewLink(encodeLink(linkStateOf(store.getState())));
}

export function openEditor(): void {
  useEditorOpen.getState().setOpen(true);
}

/** Adds the current view as the draft's last step, selects it, and opens the editor there. */
export function addCurrentView(store: AppStore): void {
  const { draft, edit } = useDraft.getState();
  const next = addStep(draft, stepFromView(currentViewLink(store), store.getState().lang));
  edit(next, next.steps.length - 1);
  openEditor();
}

/** Offers a copy of the lesson open in the player (the built-in course too) as the draft. */
export function editCopy(store: AppStore): void {
  const open = store.getState().lessonPlayer;
  if (!open) return;
  useDraft.getState().offer(forkLesson(open.lesson, importedLessonIds(lessonStorage())));
  openEditor();
}

/**
 * Opens the draft (validated: `lesson`) in the player at step `step`, fresh (no answers, no task
 * done), and closes the editor; a button leads back. A short lesson travels in the link as any
 * shared one does; a long one is kept in this browser like an imported file.
 */
export function previewLesson(store: AppStore, lesson: Lesson, step: number): void {
  const data = encodeInlineLesson(lesson);
  if (data === null) saveImportedLesson(lessonStorage(), lesson);
  const open =
    data === null
      ? ({ lesson, source: 'imported', ref: { id: lesson.id } } as const)
      : ({ lesson, source: 'link', ref: { data } } as const);
  useEditorOpen.getState().setOpen(false);
  useEditorOpen.getState().setPreviewing(true);
  openLessonAt(store, open, { step, answers: {}, done: [] }, step, 'push');
}

/** Downloads the lesson (validated) as `<id>.descent-lesson.json`; the file's name. */
export function saveLessonFile(lesson: Lesson): string {
  const name = lessonFileName(lesson);
  downloadText(writeLessonFile(lesson), name);
  return name;
}

/**
 * Copies the link carrying the lesson (validated): the link when copied or when it must be
 * copied by hand (`copied` false), or null when the lesson is too long for a link.
 */
export async function copyLessonLink(
  lesson: Lesson,
): Promise<{ link: string; copied: boolean } | null> {
  const link = lessonLink(baseUrl(window.location), lesson);
  if (link === null) return null;
  return { link, copied: await copyText(link) };
}
