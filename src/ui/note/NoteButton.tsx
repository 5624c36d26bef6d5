/**
 * "Add a note", in the landscape's tools row while the view has no note (docs/links.md, "The
 * note"): the note is about the picture, and the side column keeps its room for the run cards
 * until there is a note to show. The editor opens where the note will stand (NoteStrip.tsx).
 */
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { useNoteEditing } from './note-editing';
import { preload } from '../lazy/on-demand';
import { loadNoteStrip } from './NoteSlot';

export function NoteButton() {
  const t = useT();
  const hasNote = useApp((s) => s.note !== null);
  const editable = useApp((s) => !s.embed && !s.presenting && s.lesson === null);
  const editing = useNoteEditing((s) => s.editing);
  const setEditing = useNoteEditing((s) => s.setEditing);
  // Writing cancelled (no note after all): the focus comes back here, where it started.
  const button = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing && !hasNote) button.current?.focus();
    wasEditing.current = editing;
  }, [editing, hasNote]);
  if (hasNote || !editable) return null;
  return (
    <button
      ref={button}
      type="button"
      className="button"
      data-testid="note-add"
      title={t('note.addTitle')}
      aria-pressed={editing}
      onClick={() => setEditing(!editing)}
      // The editor is on demand (NoteSlot.tsx): fetched as the pointer or the focus arrives.
      onPointerEnter={() => preload(loadNoteStrip)}
      onFocus={() => preload(loadNoteStrip)}
    >
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <path d="M7 2v10M2 7h10" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      {t('note.add')}
    </button>
  );
}
