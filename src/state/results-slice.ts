/** The results slice: what the engine computed for the current scenario and window. */
import type { StateCreator } from 'zustand';
import type { RunResult } from '../core/run';
import type { SurfaceImage } from '../engine/api';
import type { PlaneData } from '../engine/plane';
import type { ProblemSpec, Scenario } from '../scenario/types';
import type { AppState } from './store';

/** A surface from the engine and what it shows: views draw it only for that problem and plane. */
export interface PaintedSurface extends SurfaceImage {
  problem: ProblemSpec;
  plane: PlaneData | null;
}

export interface ResultsSlice {
  /** Results of `resultsScenario`, which lags `scenario` while the engine computes. */
  results: RunResult[] | null;
  resultsScenario: Scenario | null;
  /**
   * For problems of more than 2 parameters: the plane the landscape shows, and the results with
   * their trajectories projected onto it (what the landscape draws); null for 2D problems.
   */
  plane: PlaneData | null;
  planeResults: RunResult[] | null;
  /** For classifiers: accuracy per run per step, aligned with `results`; null otherwise. */
  accuracy: Float64Array[] | null;
  /** The painted surface, with the problem (and a model's plane) it was painted for. */
  surface: PaintedSurface | null;
  /**
   * While the engine still computes `resultsScenario`'s runs: the points computed over every
   * run and the points they will have at most (`results` then hold the runs so far, a prefix of
   * each). Null once the results are complete.
   */
  progress: { done: number; total: number } | null;
  /** True while the engine has requests in hand. */
  computing: boolean;
  /** The engine's last error for the current scenario, shown to the user; null when fine. */
  engineError: string | null;
  /** A passing notice (e.g. the engine was restarted); null when none. */
  notice: string | null;
  /** What the opened link held that was ignored, and why; empty when nothing was. */
  linkNotices: string[];
  setResults(
    scenario: Scenario,
    results: RunResult[],
    model?: { plane: PlaneData; accuracy: Float64Array[] | null },
  ): void;
  /** The runs so far of a scenario the engine still computes (see `progress`). */
  setPartialResults(
    scenario: Scenario,
    results: RunResult[],
    progress: { done: number; total: number },
    model?: { plane: PlaneData; accuracy: Float64Array[] | null },
  ): void;
  setSurface(surface: PaintedSurface): void;
  setComputing(computing: boolean): void;
  setEngineError(message: string | null): void;
  setNotice(message: string | null): void;
  setLinkNotices(notices: string[]): void;
}

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

export const createResultsSlice: StateCreator<AppState, [], [], ResultsSlice> = (set) => ({
  progress: null,
  results: null,
  resultsScenario: null,
  plane: null,
  planeResults: null,
  accuracy: null,
  surface: null,
  computing: false,
  engineError: null,
  notice: null,
  linkNotices: [],
  setResults: (resultsScenario, results, model) =>
    set({ ...resultsState(resultsScenario, results, model), progress: null }),
  setPartialResults: (resultsScenario, results, progress, model) =>
    set({ ...resultsState(resultsScenario, results, model), progress }),
  setSurface: (surface) => set({ surface }),
  setComputing: (computing) => set({ computing }),
  setEngineError: (engineError) => set({ engineError }),
  setNotice: (notice) => set({ notice }),
  setLinkNotices: (linkNotices) => set({ linkNotices }),
});
