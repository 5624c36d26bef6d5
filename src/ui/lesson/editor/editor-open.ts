/**
 * Whether the lesson editor is open, and whether the draft is being previewed in the player: a
 * small store of its own, apart from the app's (a session's view, not part of a scenario or a
 * link), like the legend's. It is in the first view's code (the Lessons menu and EditorSlot read
 * it); everything else of the editor loads on first use (docs/lessons.md, "Writing a lesson in
 * the app").
 */
import { create } from 'zustand';

export interface EditorOpenState {
  open: boolean;
  /** The draft is open in the player (Preview): a button leads back to the editor. */
  previewing: boolean;
  setOpen(open: boolean): void;
  setPreviewing(previewing: boolean): void;
}

export const useEditorOpen = create<EditorOpenState>()((set) => ({
  open: false,
  previewing: false,
  setOpen: (open) => set(open ? { open, previewing: false } : { open }),
  setPreviewing: (previewing) => set({ previewing }),
}));
