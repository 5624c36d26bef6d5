/**
 * Runs that a scenario change did not touch are not run again. Each run of a scenario depends
 * only on the shared settings (problem, start, steps, seed) and its own optimizer spec (every run
 * draws noise from its own generator seeded alike, src/core/run.ts), so when α of one run moves,
 * the other runs' results are still exact and only that one run goes to the worker. Pure.
 */
import type { RunResult } from '../core/run';
import type { Scenario } from '../scenario/types';
import { numericKey, problemKey } from './run-views';

export interface RunPlan {
  /** Per optimizer of the new scenario: a reusable result, or null when it must be run. */
  reused: (RunResult | null)[];
  /** The scenario to send to the worker: only the runs to compute; null when none. */
  toRun: Scenario | null;
}

const settingsKey = (s: Scenario) =>
  JSON.stringify([problemKey(s.problem), s.start, s.steps, s.seed]);
// A run's numbers do not depend on its name, colour or visibility: renaming, recolouring or
// hiding a run reuses its result (src/state/run-views.ts, numericKey).
const specKey = numericKey;

export function planRun(
  scenario: Scenario,
  previous: { scenario: Scenario; results: readonly RunResult[] } | null,
): RunPlan {
  const available = new Map<string, RunResult>();
  if (previous && settingsKey(previous.scenario) === settingsKey(scenario)) {
    previous.scenario.optimizers.forEach((spec, i) => {
      const result = previous.results[i];
      if (result) available.set(specKey(spec), result);
    });
  }
  const reused = scenario.optimizers.map((spec) => available.get(specKey(spec)) ?? null);
  const missing = scenario.optimizers.filter((_, i) => reused[i] === null);
  return { reused, toRun: missing.length ? { ...scenario, optimizers: missing } : null };
}

/** The full results: reused ones in place, computed ones filling the gaps in order. */
export function mergeRuns(plan: RunPlan, computed: readonly RunResult[]): RunResult[] {
  let next = 0;
  return plan.reused.map((result) => result ?? computed[next++]!);
}
