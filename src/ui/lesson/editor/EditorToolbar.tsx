/**
 * The editor's actions on the whole draft: Preview (in the real player, at the selected step),
 * Save as file, Copy link (a short lesson), Open a file (to edit it), Discard draft (after a
 * question). What an action did or why it could not is said in a status line; a draft that is
 * not valid yet says how much there is to fix (each under its field and step).
 */
import { useState } from 'react';
import { useT } from '../../../i18n';
import { appStore } from '../../../state/store';
import type { DraftCheck } from '../../../lessons/authoring/check';
import { readLessonFile } from '../../../lessons/file';
import { formatLessonError } from '../../../lessons/validate';
import { copyLessonLink, previewLesson, saveLessonFile } from './editor-actions';
import { useDraft } from './draft-store';
import { OpenFileButton } from '../../forms/OpenFileButton';

type Status = { text: string; link?: string; error?: boolean } | null;

export function EditorToolbar({ check }: { check: DraftCheck }) {
  const t = useT();
  const [status, setStatus] = useState<Status>(null);
  const [asking, setAsking] = useState(false);
  const { selected, offer, discard, undo, restore } = useDraft();

  /** Runs `action` with the valid lesson, or says what to fix first. */
  const valid = (action: (lesson: NonNullable<DraftCheck['lesson']>) => void) => () => {
    if (check.lesson) action(check.lesson);
    else
      setStatus({
        text: t('lessonEditorForm.invalid', { count: check.errors.length }),
        error: true,
      });
  };

  const openFile = async (chosen: File) => {
    const read = readLessonFile(await chosen.text());
    if ('errors' in read) {
      const reason = read.errors.slice(0, 3).map(formatLessonError).join('; ');
      setStatus({ text: t('lessonEditorForm.fileError', { reason }), error: true });
    } else {
      setStatus(null);
      offer(read.lesson);
    }
  };

  return (
    <div className="lesson-editor__toolbar">
      <div
        className="lesson-editor__actions"
        role="group"
        aria-label={t('lessonEditorForm.actions')}
      >
        <button
          type="button"
          className="button button--primary"
          title={t('lessonEditorForm.previewTitle')}
          onClick={valid((lesson) => previewLesson(appStore, lesson, selected))}
        >
          {t('lessonEditorForm.preview')}
        </button>
        <button
          type="button"
          className="button"
          onClick={valid((lesson) =>
            setStatus({ text: t('lessonEditorForm.saved', { name: saveLessonFile(lesson) }) }),
          )}
        >
          {t('lessonEditorForm.save')}
        </button>
        <button
          type="button"
          className="button"
          onClick={valid((lesson) => {
            void copyLessonLink(lesson).then((copy) =>
              setStatus(
                copy === null
                  ? { text: t('lessonEditorForm.tooLong'), error: true }
                  : copy.copied
                    ? { text: t('lessonEditorForm.copied'), link: copy.link }
                    : { text: t('lessonEditorForm.copyByHand'), link: copy.link },
              ),
            );
          })}
        >
          {t('lessonEditorForm.copyLink')}
        </button>
        {undo && (
          <button type="button" className="button" onClick={restore}>
            {t('lessonEditorForm.undo')}
          </button>
        )}
        <OpenFileButton
          label={t('lessonEditorForm.openFile')}
          inputLabel={t('lessonEditorForm.openFileLabel')}
          accept=".json,application/json"
          onFile={(chosen) => chosen && void openFile(chosen)}
        />
        <button
          type="button"
          className="button lesson-editor__discard"
          aria-expanded={asking}
          onClick={() => setAsking(true)}
        >
          {t('lessonEditorForm.discard')}
        </button>
      </div>
      {asking && (
        <Confirm
          question={t('lessonEditorForm.discardAsk')}
          yes={t('lessonEditorForm.discardYes')}
          no={t('lessonEditorForm.keep')}
          onAnswer={(yes) => {
            setAsking(false);
            setStatus(null);
            if (yes) discard();
          }}
        />
      )}
      <div role="status" className="lesson-editor__status" data-testid="editor-status">
        {status && (
          <p className={status.error ? 'lesson-editor__status-error' : undefined}>
            {status.text}
            {status.link && (
              <input
                className="lesson-editor__input lesson-editor__status-link"
                readOnly
                value={status.link}
                aria-label={t('lessonEditorForm.copyLink')}
                onFocus={(event) => event.target.select()}
              />
            )}
          </p>
        )}
      </div>
    </div>
  );
}

/** A question asked in place, with its two answers; the safe one has the focus. */
export function Confirm(props: {
  question: string;
  yes: string;
  no: string;
  onAnswer(yes: boolean): void;
}) {
  return (
    <div className="lesson-editor__confirm" role="alertdialog" aria-label={props.question}>
      <p>{props.question}</p>
      <button type="button" className="button button--danger" onClick={() => props.onAnswer(true)}>
        {props.yes}
      </button>
      <button
        type="button"
        className="button"
        // The question was just asked here: the safe answer takes the focus.
        autoFocus
        onClick={() => props.onAnswer(false)}
      >
        {props.no}
      </button>
    </div>
  );
}
