/**
 * The user's own note being written: a textarea where Enter (without Shift) or leaving the field
 * keeps the text and Escape cancels. The text is cleaned and capped by the store
 * (src/state/note.ts); nothing typed here is ever rendered as markup.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import { MAX_NOTE_LENGTH } from '../../state/note';

interface NoteEditorProps {
  /** The text to start from (empty for a new note). */
  initial: string;
  onCommit(text: string): void;
  onCancel(): void;
}

export function NoteEditor({ initial, onCommit, onCancel }: NoteEditorProps) {
  const t = useT();
  const field = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  // Set once the editor has answered (Enter or Escape), so that the blur that follows does not.
  const done = useRef(false);

  useEffect(() => {
    const element = field.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onCommit(field.current?.value ?? '');
    else onCancel();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // The editor's keys are its own: no app shortcut, dialog or full-screen exit behind it.
    event.stopPropagation();
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    }
  };

  return (
    <div className="note__editor">
      <textarea
        ref={field}
        className="note__textarea"
        data-testid="note-editor"
        aria-label={t('note.editorLabel')}
        aria-describedby={hintId}
        defaultValue={initial}
        maxLength={MAX_NOTE_LENGTH}
        rows={3}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true)}
      />
      <p id={hintId} className="note__hint">
        {t('note.editorHint', { max: MAX_NOTE_LENGTH })}
      </p>
    </div>
  );
}
