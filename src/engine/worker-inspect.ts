/** The engine worker's calls for the step inspector; spread into the worker's API. */
import { inspectStep, type StepInspection } from '../core/inspect';
import type { Scenario } from '../scenario/types';
import { workerValidated } from './worker-validate';

export const inspectWorkerApi = {
  /**
   * Step k → k + 1 of run `runIndex`, replayed from θ₀ in the worker (src/core/inspect.ts); the
   * scenario is validated first, as the worker trusts no caller. Small plain arrays come back,
   * so nothing is transferred. Replaying k steps costs about as much as one run() of that run.
   */
  inspect(scenario: Scenario, runIndex: number, step: number): StepInspection | null {
    return inspectStep(workerValidated(scenario), runIndex, step);
  },
};
