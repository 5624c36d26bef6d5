/**
 * Whether the step inspector is open: the inspector's own small store, apart from the app's
 * (the open state is a view preference of this session, not part of a scenario or a link).
 */
import { create } from 'zustand';

export interface InspectorState {
  open: boolean;
  setOpen(open: boolean): void;
  toggle(): void;
}

export const useInspector = create<InspectorState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
  toggle: () => set((s) => ({ open: !s.open })),
}));
