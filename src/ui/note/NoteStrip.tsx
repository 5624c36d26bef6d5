/**
 * The note on the screen (issue 14, point 3; docs/links.md "The note"): a preset's title and two
 * sentences in the language shown, or the user's own short note, at the top of the side column
 * (in an embed, over the timeline). It can be collapsed to its title, edited or replaced by the
 * user's own text, and removed; in presentation mode it stays, in large type, with only its
 * collapse toggle. Every text here is rendered as text, never as markup.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { textNote, type ViewNote } from '../../state/note';
import { useApp } from '../../state/store';
import { NoteEditor } from './NoteEditor';
import { useNoteEditing } from './note-editing';
import { useNoteText } from './use-note-text';
import { LineIcon } from '../svg-icon';
import './NoteStrip.css';

export function NoteStrip() {
  const t = useT();
  const note = useApp((s) => s.note);
  const lang = useApp((s) => s.lang);
  const setNote = useApp((s) => s.setNote);
  const embed = useApp((s) => s.embed);
  const presenting = useApp((s) => s.presenting);
  const lesson = useApp((s) => s.lesson);
  const text = useNoteText(note, lang, t('note.ownTitle'));
  // Shared with the tools row's "Add a note" (NoteButton.tsx).
  const editing = useNoteEditing((st) => st.editing);
  const setEditing = useNoteEditing((st) => st.setEditing);
  // The note the user last toggled: a new note opens in its default state again (collapsed in
  // an embed, where room is short; open elsewhere).
  const [toggledFor, setToggledFor] = useState<ViewNote | null>(null);
  const collapsed = embed !== (note !== null && toggledFor === note);
  const bodyId = useId();
  const focusTarget = useRef<HTMLButtonElement>(null);
  const restoreFocus = useRef(false);

  // After editing or removing, the focus returns to the note's button, not to the page.
  useEffect(() => {
    if (!editing && restoreFocus.current) {
      restoreFocus.current = false;
      focusTarget.current?.focus();
    }
  });

  // A lesson link, presentation mode and an embed show the note without editing chrome.
  const editable = !embed && !presenting && lesson === null;

  const commit = (typed: string) => {
    restoreFocus.current = true;
    setEditing(false);
    const next = textNote(typed);
    if (next) setNote(next);
    // Emptying one's own note removes it; emptying a new text over a preset's keeps the preset's.
    else if (note?.kind === 'text') setNote(null);
  };
  const cancel = () => {
    restoreFocus.current = true;
    setEditing(false);
  };
  const remove = () => {
    restoreFocus.current = true;
    setNote(null);
  };

  // No note: nothing in the side column (the run cards keep the room) until one is written.
  if (!editing && (text === null || !note)) return null;

  const title = text === 'loading' || text === null ? t('note.ownTitle') : text.title;
  const editLabel = note?.kind === 'preset' ? t('note.replace') : t('note.edit');
  return (
    <section
      className={`note${embed ? ' note--compact' : ''}${collapsed && !editing ? ' note--collapsed' : ''}`}
      data-testid="note"
      data-kind={note?.kind ?? 'text'}
      aria-label={t('note.region')}
    >
      <div className="note__head">
        <button
          type="button"
          className="bare-button note__toggle"
          aria-expanded={editing || !collapsed}
          aria-controls={bodyId}
          title={collapsed ? t('note.expand') : t('note.collapse')}
          disabled={editing}
          onClick={() => setToggledFor(collapsed === embed ? note : null)}
        >
          <LineIcon
            className="note__chevron"
            size={12}
            strokeWidth={1.6}
            roundEnds={false}
            d="M3 4.5l3 3 3-3"
          />
          <span className="note__title" data-testid="note-title">
            {title}
          </span>
        </button>
        {editable && !editing && (
          <span className="note__actions">
            <button
              ref={focusTarget}
              type="button"
              className="note__action note__action--icon"
              data-testid="note-edit"
              aria-label={editLabel}
              title={note?.kind === 'preset' ? t('note.replaceTitle') : t('note.editTitle')}
              onClick={() => setEditing(true)}
            >
              {/* A pencil (a closed outline: no line ends to round). */}
              <LineIcon size={14} strokeWidth={1.3} d="M9.5 2.5l2 2-6.5 6.5-2.6.6.6-2.6z" />
            </button>
            <button
              type="button"
              className="note__action note__action--icon"
              data-testid="note-dismiss"
              aria-label={t('note.dismiss')}
              title={t('note.dismiss')}
              onClick={remove}
            >
              <LineIcon size={12} strokeWidth={1.6} roundEnds={false} d="M3 3l6 6M9 3l-6 6" />
            </button>
          </span>
        )}
      </div>
      <div id={bodyId} className="note__content" hidden={collapsed && !editing}>
        {editing ? (
          <NoteEditor
            initial={note?.kind === 'text' ? note.text : ''}
            onCommit={commit}
            onCancel={cancel}
          />
        ) : (
          <p className="note__body" data-testid="note-body">
            {text === 'loading' ? t('note.loading') : text?.body}
          </p>
        )}
      </div>
    </section>
  );
}
