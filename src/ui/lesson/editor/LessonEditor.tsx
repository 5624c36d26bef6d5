/**
 * The lesson editor (issue 16; docs/lessons.md, "Writing a lesson in the app"): a modal dialog
 * over the app, opened from the Lessons menu (EditorSlot.tsx mounts it, on demand). Left, the
 * lesson's own fields and its steps; right, the selected step's form; above, the actions on the
 * whole draft. The draft is kept in this browser at every change (draft-store.ts), so closing the
 * dialog, a reload or a crash loses nothing. Everything it does is in src/lessons/authoring.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { useT } from '../../../i18n';
import { appStore, useApp } from '../../../state/store';
import { textIn } from '../../../lessons/local-text';
import { updateLesson } from '../../../lessons/authoring/draft';
import { checkDraft, messagesAt } from '../../../lessons/authoring/check';
import { LineIcon } from '../../svg-icon';
import { LocalTextField, Messages, TextField } from './fields';
import { StepList } from './StepList';
import { StepForm } from './StepForm';
import { Confirm, EditorToolbar } from './EditorToolbar';
import { addCurrentView, openEditor } from './editor-actions';
import { useDraft } from './draft-store';
import { useEditorOpen } from './editor-open';
import { addEditorStrings } from './strings';
import './LessonEditor.css';

addEditorStrings();

export { addCurrentView, editCopy, openEditor } from './editor-actions';

/** Focus goes back to the Lessons menu's button when the editor closes (it opened it). */
const focusMenu = () =>
  document.querySelector<HTMLButtonElement>('[data-testid="lessons-menu"]')?.focus();

export function LessonEditor() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { draft, pending, unsaved, edit, settle } = useDraft();
  const check = useMemo(() => checkDraft(draft), [draft]);
  const setOpen = useEditorOpen((s) => s.setOpen);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const close = () => dialog.current?.close();
  const listMessages = check.errors
    .filter((error) => error.path === 'steps' || error.path === '')
    .map((error) => error.message);

  return (
    <dialog
      ref={dialog}
      className="modal modal--wide lesson-editor"
      aria-labelledby={titleId}
      data-testid="lesson-editor"
      onClose={() => {
        setOpen(false);
        focusMenu();
      }}
      onClick={(event) => event.target === dialog.current && close()}
      // App shortcuts (Space, N/B) must not fire behind a modal; Escape still closes it.
      onKeyDown={(event) => event.stopPropagation()}
    >
      <div className="modal__content lesson-editor__content">
        <div className="modal__header lesson-editor__header">
          <div>
            <h2 id={titleId} className="modal__title">
              {t('lessonEditorForm.title')}
            </h2>
            <p className="modal__subtitle">
              {unsaved ? t('lessonEditorForm.notKept') : t('lessonEditorForm.subtitle')}
            </p>
          </div>
          <EditorToolbar check={check} />
          <button
            type="button"
            className="button button--icon"
            aria-label={t('lessonEditorForm.close')}
            title={t('lessonEditorForm.close')}
            onClick={close}
          >
            <LineIcon d="M4 4l8 8M12 4l-8 8" strokeWidth={1.6} roundEnds={false} />
          </button>
        </div>
        {pending && (
          <Confirm
            question={t('lessonEditorForm.replaceAsk', {
              count: draft.steps.length,
              title: textIn(pending.title, lang),
            })}
            yes={t('lessonEditorForm.replaceYes')}
            no={t('lessonEditorForm.keep')}
            onAnswer={settle}
          />
        )}
        <div className="lesson-editor__body">
          <div className="lesson-editor__side">
            <fieldset className="lesson-editor__lesson">
              <legend className="lesson-editor__heading">{t('lessonEditorForm.lesson')}</legend>
              <LocalTextField
                label={t('lessonEditorForm.lessonTitle')}
                text={draft.title}
                messages={messagesAt(check, 'title')}
                onText={(title) => edit(updateLesson(draft, { title }))}
              />
              <TextField
                label={t('lessonEditorForm.id')}
                value={draft.id}
                messages={messagesAt(check, 'id')}
                onChange={(id) => edit(updateLesson(draft, { id }))}
              />
              <LocalTextField
                label={t('lessonEditorForm.summary')}
                text={draft.summary}
                optional
                rows={2}
                messages={messagesAt(check, 'summary')}
                onText={(summary) => edit(updateLesson(draft, { summary }))}
              />
              <TextField
                label={t('lessonEditorForm.author')}
                value={draft.author ?? ''}
                messages={messagesAt(check, 'author')}
                onChange={(author) => edit(updateLesson(draft, { author: author || undefined }))}
              />
            </fieldset>
            <h3 className="lesson-editor__heading">{t('lessonEditorForm.steps')}</h3>
            <StepList check={check} />
            <Messages id={`${titleId}-steps`} messages={listMessages} />
            <button type="button" className="button" onClick={() => addCurrentView(appStore)}>
              {t('lessonEditorForm.addCurrent')}
            </button>
          </div>
          <StepForm check={check} />
        </div>
      </div>
    </dialog>
  );
}

/** While the draft is previewed in the player: the way back to the editor. */
export function PreviewReturn() {
  const t = useT();
  return (
    <button
      type="button"
      className="button button--primary lesson-editor__return"
      data-testid="editor-return"
      onClick={openEditor}
    >
      {t('lessonEditorForm.back')}
    </button>
  );
}
