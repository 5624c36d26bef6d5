/** The engine worker's call for the landscape's arrows at the cursor; spread into the worker's API. */
import { cursorVectors, type CursorVectors } from '../core/cursor-vectors';
import type { Scenario } from '../scenario/types';
import { workerValidated } from './worker-validate';

/** One run's point to draw arrows at: the run and its marker's step. */
export interface ArrowRequest {
  runIndex: number;
  step: number;
}

export const arrowsWorkerApi = {
  /**
   * ∇f, α and the direction state at each requested run's step (src/core/cursor-vectors.ts), in
   * request order (null where a run has no such point). One call for every run shown, so "all
   * runs" is one request in the lane, not eight; each costs one replay of its run up to the step,
   * like the step inspector's. The scenario is validated first: the worker trusts no caller.
   */
  cursorVectors(scenario: Scenario, requests: readonly ArrowRequest[]): (CursorVectors | null)[] {
    const valid = workerValidated(scenario);
    return requests.map(({ runIndex, step }) => cursorVectors(valid, runIndex, step));
  },
};
