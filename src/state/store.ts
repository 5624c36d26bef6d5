/**
 * The app's one zustand store, bound from typed slices (zustand's slices pattern). Components
 * read it through narrow selectors; `createAppStore()` gives each test a fresh store. The
 * engine's busy flag is a quiet field (quiet-fields.ts): `useApp` cannot read it, `useAppAll`
 * can.
 */
import { useStore } from 'zustand';
import { useRef } from 'react';
import type { AppState } from './app-state';
import { createResultsSlice } from './results-slice';
import { createScenarioSlice } from './scenario-slice';
import { createViewSlice } from './view-slice';
import { createUndoSlice } from './undo-slice';
import { createLessonPlayerSlice } from './lesson-player-slice';
import { sameFields } from './same-fields';
import { createQuietStore, type QuietStoreApi } from './quiet-fields';

// The state's type is declared with the slices' in app-state.ts; this name stays for importers.
export type { AppState } from './app-state';
export type AppStore = QuietStoreApi<AppState>;

/**
 * The fields whose changes alone tell only `subscribeAll`'s listeners: the engine's busy flag,
 * two changes at every slider input (issue 17).
 */
export const QUIET_FIELDS = ['computing'] as const;
/** The state as `useApp` and `useAppShallow` see it: without the quiet fields. */
export type LoudState = Omit<AppState, (typeof QUIET_FIELDS)[number]>;

export function createAppStore(): AppStore {
  return createQuietStore<AppState>(
    (...args) => ({
      ...createScenarioSlice(...args),
      ...createViewSlice(...args),
      ...createResultsSlice(...args),
      ...createUndoSlice(...args),
      ...createLessonPlayerSlice(...args),
    }),
    QUIET_FIELDS,
  );
}

/** The app's store (tests make their own with createAppStore). */
export const appStore = createAppStore();

/** A narrow subscription to the app's store (its quiet fields aside). */
export function useApp<T>(selector: (state: LoudState) => T): T {
  return useStore(appStore, selector);
}

/** The store as seen by a subscription to every change, a quiet field's too. */
const everyChange = {
  getState: appStore.getState,
  getInitialState: appStore.getInitialState,
  subscribe: appStore.subscribeAll,
};

/**
 * A subscription that reads a quiet field (the engine's busy flag): told of every change, and
 * re-rendering only when the selection changes (its fields, for an object, as useAppShallow).
 */
export function useAppAll<T>(selector: (state: AppState) => T): T {
  return useStore(everyChange, useKeptSelection(selector));
}

/**
 * A subscription to several fields at once, re-rendering only when one of them changes: the
 * selection is kept while a new one holds the same fields (as zustand's useShallow, with a
 * cheaper comparison: same-fields.ts).
 */
export function useAppShallow<T extends object>(selector: (state: LoudState) => T): T {
  return useStore(appStore, useKeptSelection(selector));
}

/** `selector`, returning the selection it returned last while the new one holds the same fields. */
function useKeptSelection<S, T>(selector: (state: S) => T): (state: S) => T {
  const kept = useRef<T | undefined>(undefined);
  return (state) => {
    const next = selector(state);
    if (kept.current !== undefined && sameFields(kept.current, next)) return kept.current;
    kept.current = next;
    return next;
  };
}
