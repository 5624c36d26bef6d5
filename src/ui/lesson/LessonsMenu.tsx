/**
 * The header's "Lessons" menu (docs/lessons.md, "Opening a lesson"): the built-in course, the
 * lessons opened in this browser before, and "Open a lesson file…"; then the lesson editor's
 * entries (src/ui/lesson/editor). What opens them loads on first use (open-lesson.ts,
 * EditorSlot.tsx): the first view carries only this button.
 */
import { useRef, useState } from 'react';
import { useT } from '../../i18n';
import { appStore, useApp } from '../../state/store';
import type { OpenLesson } from '../../state/lesson-player-state';
import { textIn } from '../../lessons/local-text';
import { useMenuButton } from '../a11y/use-menu-button';
import { MenuItem } from '../a11y/MenuItem';
import { LineIcon } from '../svg-icon';
import { onDemand, preload } from '../lazy/on-demand';
import { EditorSlot, loadEditor } from './editor/EditorSlot';
import { hasDraft } from '../../lessons/authoring/draft-key';
import { lessonStorage } from '../../lessons/progress';
import { HiddenFileInput } from '../forms/OpenFileButton';
import './LessonsMenu.css';

const loadOpener = onDemand(() => import('./open-lesson'));

/** The built-in course's id (src/lessons/catalog.ts BUILT_IN_LESSONS). */
const COURSE = 'training-a-model';

export function LessonsMenu() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { buttonProps, menuProps, close } = useMenuButton(false);
  const [imported, setImported] = useState<OpenLesson[]>([]);
  const [drafting, setDrafting] = useState(false);
  const playing = useApp((s) => s.lessonPlayer !== null);
  const file = useRef<HTMLInputElement>(null);

  const warm = () => {
    preload(loadOpener);
    preload(loadEditor);
    setDrafting(hasDraft(lessonStorage()));
    // The lessons kept in this browser, listed by title when the menu opens.
    loadOpener()
      .then(({ importedLessons }) => importedLessons())
      .then(setImported, () => undefined);
  };
  const run = (action: (opener: typeof import('./open-lesson')) => Promise<unknown>) => {
    close(true);
    loadOpener()
      .then(action)
      .catch(() => appStore.getState().setNotice(t('lesson.loadFailed')));
  };

  const edit = (action: (editor: Awaited<ReturnType<typeof loadEditor>>) => void) => {
    close(true);
    loadEditor()
      .then(action)
      .catch(() => appStore.getState().setNotice(t('lesson.loadFailed')));
  };

  return (
    <div className="lessons-menu">
      <button
        {...buttonProps}
        type="button"
        className="button lessons-menu__button"
        title={t('lesson.menuTitle')}
        data-testid="lessons-menu"
        onPointerEnter={warm}
        onFocus={warm}
      >
        {/* An open book: its two pages and spine. */}
        <LineIcon d="M8 4.5C6.5 3.2 4.3 2.8 2 3v9.5c2.3-.2 4.5.2 6 1.5 1.5-1.3 3.7-1.7 6-1.5V3c-2.3-.2-4.5.2-6 1.5zM8 4.5V14" />
        <span className="lessons-menu__label">{t('lesson.menu')}</span>
      </button>
      <div
        {...menuProps}
        aria-label={t('lesson.menuLabel')}
        className="top-layer popover menu lessons-menu__menu"
      >
        <MenuItem
          className="lessons-menu__item"
          data-lesson={COURSE}
          onClick={() => run((m) => m.openLessonRef(appStore, { id: COURSE }))}
        >
          <span className="menu__label">{t('lesson.course')}</span>
          <span className="menu__hint">{t('lesson.courseHint')}</span>
        </MenuItem>
        {imported.map((open) => (
          <MenuItem
            key={open.lesson.id}
            className="lessons-menu__item"
            data-lesson={open.lesson.id}
            onClick={() => run((m) => m.openLessonRef(appStore, open.ref))}
          >
            <span className="menu__label">{textIn(open.lesson.title, lang)}</span>
            <span className="menu__hint">{t('lesson.imported')}</span>
          </MenuItem>
        ))}
        <MenuItem
          className="lessons-menu__item lessons-menu__item--separated"
          data-lesson="file"
          onClick={() => {
            close(true);
            file.current?.click();
          }}
        >
          <span className="menu__label">{t('lesson.openFile')}</span>
        </MenuItem>
        {/* The lesson editor (src/ui/lesson/editor), loaded on first use. */}
        <MenuItem
          className="lessons-menu__item lessons-menu__item--separated"
          data-lesson="editor"
          onClick={() => edit((m) => m.openEditor())}
        >
          <span className="menu__label">
            {t(drafting ? 'lessonEditor.editDraft' : 'lessonEditor.newLesson')}
          </span>
        </MenuItem>
        <MenuItem
          className="lessons-menu__item"
          data-lesson="add-view"
          onClick={() => edit((m) => m.addCurrentView(appStore))}
        >
          <span className="menu__label">{t('lessonEditor.addView')}</span>
          <span className="menu__hint">{t('lessonEditor.addViewHint')}</span>
        </MenuItem>
        {playing && (
          <MenuItem
            className="lessons-menu__item"
            data-lesson="edit-copy"
            onClick={() => edit((m) => m.editCopy(appStore))}
          >
            <span className="menu__label">{t('lessonEditor.editCopy')}</span>
          </MenuItem>
        )}
      </div>
      <EditorSlot />
      <HiddenFileInput
        inputRef={file}
        label={t('lesson.openFileLabel')}
        accept=".json,application/json"
        onFile={(chosen) => chosen && run((m) => m.openLessonFile(appStore, chosen))}
      />
    </div>
  );
}
