/**
 * What the engine worker offers, as plain functions over the core: plain data in, results with
 * typed arrays out. The worker file only exposes this through comlink (STYLE.md, Squoosh's
 * boundary), so it can be tested in Node without a worker.
 */
import { run, type RunResult } from '../core/run';
import type { Scenario } from '../scenario/types';
import { validateScenario, formatIssue } from '../scenario/validate';

/** The typed-array buffers of results, to transfer instead of copying. */
export function buffersOf(results: readonly RunResult[]): ArrayBuffer[] {
  return results.flatMap((r) =>
    [r.trajectory, r.loss, r.gradNorm, r.lr].map((a) => a.buffer as ArrayBuffer),
  );
}

export const engineApi = {
  /** Validates (the worker trusts no caller) and runs a scenario. */
  run(scenario: Scenario): RunResult[] {
    const validation = validateScenario(scenario);
    if (!validation.ok) throw new Error(validation.errors.map(formatIssue).join('; '));
    return run(validation.scenario);
  },
};

export type EngineApi = typeof engineApi;
