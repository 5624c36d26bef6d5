/**
 * Whether the legend (what the landscape draws, and the keys) is open: a small store of its own,
 * apart from the app's, like the inspector's (a view preference of this session, not part of a
 * scenario or a link). The Legend button and the "?" key (src/ui/timeline/shortcuts.ts) share it.
 */
import { create } from 'zustand';

export interface LegendState {
  open: boolean;
  setOpen(open: boolean): void;
  toggle(): void;
}

export const useLegend = create<LegendState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
  toggle: () => set((s) => ({ open: !s.open })),
}));
