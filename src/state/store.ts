/**
 * The app's one zustand store, bound from typed slices (zustand's slices pattern). Components
 * read it through narrow selectors; `createAppStore()` gives each test a fresh store.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from './app-state';
import { createResultsSlice } from './results-slice';
import { createScenarioSlice } from './scenario-slice';
import { createViewSlice } from './view-slice';
import { createUndoSlice } from './undo-slice';
import { createLessonPlayerSlice } from './lesson-player-slice';

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

/** A subscription to several fields at once, re-rendering only when one of them changes. */
export function useAppShallow<T extends object>(selector: (state: AppState) => T): T {
  return useStore(appStore, useShallow(selector));
}
