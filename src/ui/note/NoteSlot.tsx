/**
 * Where the view's note stands (NoteStrip.tsx): its code, the editor's and the presets' note
 * texts load when there is a note to show or one is being written (the tools row's "Add a note",
 * NoteButton.tsx). The first view has no note, so none of it is in the initial scripts (issue
 * 17); with no note, the strip showed nothing anyway, so nothing shifts while it loads.
 */
import { Suspense } from 'react';
import { useApp } from '../../state/store';
import { onDemand } from '../lazy/on-demand';
import { lazyPart } from '../lazy/lazy-part';
import { useNoteEditing } from './note-editing';

/** The strip's chunk: NoteButton preloads it when a pointer or the focus reaches it. */
export const loadNoteStrip = onDemand(() => import('./NoteStrip'));
const NoteStrip = lazyPart(loadNoteStrip, (m) => m.NoteStrip);

export function NoteSlot() {
  const hasNote = useApp((s) => s.note !== null);
  const editing = useNoteEditing((st) => st.editing);
  if (!hasNote && !editing) return null;
  return (
    <Suspense fallback={null}>
      <NoteStrip />
    </Suspense>
  );
}
