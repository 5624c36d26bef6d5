/**
 * The undo slice: the stack of earlier scenarios (src/state/undo-history.ts) and Undo/Redo.
 * Changes are recorded by a subscription (src/state/undo-sync.ts), since they come from every
 * slice action, links, presets and files alike.
 */
import type { StateCreator } from 'zustand';
import type { AppState, UndoSlice } from './app-state';
import {
  EMPTY_HISTORY,
  redoStep,
  undoStep,
  type UndoHistory,
  type UndoSnapshot,
} from './undo-history';

/** The state to set when `snapshot` is restored in place of the state shown. */
function restore(state: AppState, snapshot: UndoSnapshot, undoHistory: UndoHistory) {
  const { scenario } = snapshot;
  const sameProblem = JSON.stringify(scenario.problem) === JSON.stringify(state.scenario.problem);
  return {
    scenario,
    runOrigins: snapshot.runOrigins,
    undoHistory,
    // Another problem has another plane and view; a run removed cannot stay selected.
    ...(sameProblem ? {} : { window: null }),
    selectedRun: Math.min(state.selectedRun, scenario.optimizers.length - 1),
  };
}

export const createUndoSlice: StateCreator<AppState, [], [], UndoSlice> = (set) => ({
  undoHistory: EMPTY_HISTORY,
  discreteEdits: 0,
  undo: () =>
    set((state) => {
      const step = undoStep(state.undoHistory, current(state));
      return step ? restore(state, step.snapshot, step.history) : {};
    }),
  redo: () =>
    set((state) => {
      const step = redoStep(state.undoHistory, current(state));
      return step ? restore(state, step.snapshot, step.history) : {};
    }),
});

function current(state: AppState): UndoSnapshot {
  return { scenario: state.scenario, runOrigins: state.runOrigins };
}
