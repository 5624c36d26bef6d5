/**
 * Whether the note is being written: a small store of its own (like the legend's), because the
 * "Add a note" button sits in the landscape's tools row (NoteButton.tsx) while the editor opens in
 * the side column (NoteStrip.tsx). Not part of a scenario or a link.
 */
import { create } from 'zustand';

export interface NoteEditingState {
  editing: boolean;
  setEditing(editing: boolean): void;
}

export const useNoteEditing = create<NoteEditingState>()((set) => ({
  editing: false,
  setEditing: (editing) => set({ editing }),
}));
