/**
 * The store of a panel that opens and closes (the legend): a small store of its own, apart from
 * the app's, since being open is a view preference of this session, not part of a scenario or a
 * link. The step inspector's open state is in the link (`inspect=1`), so the app's store holds it
 * (src/url/view-fields.ts).
 */
import { create } from 'zustand';

export interface OpenState {
  open: boolean;
  setOpen(open: boolean): void;
  toggle(): void;
}

/** A new store of one panel's open state, closed at first. */
export const createOpenStore = () =>
  create<OpenState>()((set) => ({
    open: false,
    setOpen: (open) => set({ open }),
    toggle: () => set((s) => ({ open: !s.open })),
  }));
