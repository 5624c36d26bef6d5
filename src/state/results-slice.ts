/** The results slice: what the engine computed for the current scenario and window. */
import type { StateCreator } from 'zustand';
import type { RunResult } from '../core/run';
import type { SurfaceImage } from '../engine/api';
import type { Scenario } from '../scenario/types';
import type { AppState } from './store';

export interface ResultsSlice {
  /** Results of `resultsScenario`, which lags `scenario` while the engine computes. */
  results: RunResult[] | null;
  resultsScenario: Scenario | null;
  surface: SurfaceImage | null;
  /** True while the engine has requests in hand. */
  computing: boolean;
  /** The engine's last error for the current scenario, shown to the user; null when fine. */
  engineError: string | null;
  /** A passing notice (e.g. the engine was restarted); null when none. */
  notice: string | null;
  /** What the opened link held that was ignored, and why; empty when nothing was. */
  linkNotices: string[];
  setResults(scenario: Scenario, results: RunResult[]): void;
  setSurface(surface: SurfaceImage): void;
  setComputing(computing: boolean): void;
  setEngineError(message: string | null): void;
  setNotice(message: string | null): void;
  setLinkNotices(notices: string[]): void;
}

export const createResultsSlice: StateCreator<AppState, [], [], ResultsSlice> = (set) => ({
  results: null,
  resultsScenario: null,
  surface: null,
  computing: false,
  engineError: null,
  notice: null,
  linkNotices: [],
  setResults: (resultsScenario, results) => set({ results, resultsScenario, engineError: null }),
  setSurface: (surface) => set({ surface }),
  setComputing: (computing) => set({ computing }),
  setEngineError: (engineError) => set({ engineError }),
  setNotice: (notice) => set({ notice }),
  setLinkNotices: (linkNotices) => set({ linkNotices }),
});
