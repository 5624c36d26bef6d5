/**
 * The app's one zustand store, bound from typed slices (zustand's slices pattern). Components
 * read it through narrow selectors; `createAppStore()` gives each test a fresh store.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { useRef } from 'react';
import type { AppState } from './app-state';
import { createResultsSlice } from './results-slice';
import { createScenarioSlice } from './scenario-slice';
import { createViewSlice } from './view-slice';
import { createUndoSlice } from './undo-slice';
import { createLessonPlayerSlice } from './lesson-player-slice';
import { sameFields } from './same-fields';

// The state's type is declared with the slices' in app-state.ts; this name stays for importers.
export type { AppState } from './app-state';
export type AppStore = StoreApi<AppState>;

export function createAppStore(): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createScenarioSlice(...args),
    ...createViewSlice(...args),
    ...createResultsSlice(...args),
    ...createUndoSlice(...args),
    ...createLessonPlayerSlice(...args),
  }));
}

/** The app's store (tests make their own with createAppStore). */
export const appStore = createAppStore();

/** A narrow subscription to the app's store. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

/**
 * A subscription to several fields at once, re-rendering only when one of them changes: the
 * selection is kept while a new one holds the same fields (as zustand's useShallow, with a
 * cheaper comparison: same-fields.ts).
 */
export function useAppShallow<T extends object>(selector: (state: AppState) => T): T {
  const kept = useRef<T | undefined>(undefined);
  return useStore(appStore, (state) => {
    const next = selector(state);
    if (kept.current !== undefined && sameFields(kept.current, next)) return kept.current;
    kept.current = next;
    return next;
  });
}
