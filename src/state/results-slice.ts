/** The results slice: what the engine computed for the current scenario and window. */
import type { StateCreator } from 'zustand';
import type { RunResult } from '../core/run';
import type { PlaneData } from '../engine/plane';
import type { Scenario } from '../scenario/types';
import type { AppState, ResultsSlice } from './app-state';

/** The results' part of the state for `results` of `resultsScenario` (and a model's plane). */
function resultsState(
  resultsScenario: Scenario,
  results: RunResult[],
  model: { plane: PlaneData; accuracy: Float64Array[] | null } | undefined,
) {
  return {
    results,
    resultsScenario,
    engineError: null,
    plane: model?.plane ?? null,
    // The same runs with their points in plane coordinates: the landscape draws these.
    planeResults: model
      ? results.map((result, i) => ({
          ...result,
          dim: 2,
          trajectory: model.plane.projections[i] ?? new Float64Array(0),
        }))
      : null,
    accuracy: model?.accuracy ?? null,
  };
}

export const createResultsSlice: StateCreator<AppState, [], [], ResultsSlice> = (set, get) => ({
  progress: null,
  results: null,
  resultsScenario: null,
  plane: null,
  planeResults: null,
  accuracy: null,
  surface: null,
  computing: false,
  lagShown: false,
  engineError: null,
  notice: null,
  linkNotices: [],
  workNotices: [],
  setResults: (resultsScenario, results, model) =>
    set({ ...resultsState(resultsScenario, results, model), progress: null }),
  setPartialResults: (resultsScenario, results, progress, model) =>
    set({ ...resultsState(resultsScenario, results, model), progress }),
  setSurface: (surface) => set({ surface }),
  // Only a change: the engine reports busy at each request and each settled lane, and every
  // change of the store runs every subscriber's selector (issue 17: per slider input).
  setComputing: (computing) => {
    if (get().computing !== computing) set({ computing });
  },
  setEngineError: (engineError) => set({ engineError }),
  setNotice: (notice) => set({ notice }),
  setLinkNotices: (linkNotices) => set({ linkNotices }),
  setWorkNotices: (workNotices) => set({ workNotices }),
});
