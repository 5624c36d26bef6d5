/** The sweeps of a scenario's runs, from the engine's sweep scheduler (src/ui/worker-jobs). */
import { lrGrid } from '../../core/sweep';
import type { Engine } from '../../engine/client';
import type { Scenario } from '../../scenario/types';
import { perEngine, useRunJobs } from '../worker-jobs/use-run-jobs';
import { SweepScheduler, type SweepView } from './sweep-scheduler';

/** The engine's sweep scheduler: every chunk goes to the lab worker. */
export const sweepSchedulerFor = perEngine(
  (engine) =>
    new SweepScheduler((scenario, runIndex, lrs) => engine.sweepChunk(scenario, runIndex, lrs), {
      grid: lrGrid(),
      stop: () => engine.cancelSweep(),
    }),
);

/** The sweeps of `scenario`'s runs, computed while the calling component is mounted. */
export function useSweep(engine: Engine, scenario: Scenario): [SweepView, SweepScheduler] {
  const scheduler = sweepSchedulerFor(engine);
  return [useRunJobs(scheduler, scenario), scheduler];
}
