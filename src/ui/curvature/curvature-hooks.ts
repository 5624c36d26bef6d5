/** The curvature of a scenario's runs, from the engine's curvature scheduler (src/ui/worker-jobs). */
import type { Engine } from '../../engine/client';
import type { Scenario } from '../../scenario/types';
import { perEngine, useRunJobs } from '../worker-jobs/use-run-jobs';
import { CurvatureScheduler, type CurvatureView } from './curvature-scheduler';

/** The engine's curvature scheduler: every call goes to the lab worker. */
export const curvatureSchedulerFor = perEngine(
  (engine) =>
    new CurvatureScheduler(
      (scenario, runIndex, onProgress) => engine.curvature(scenario, runIndex, onProgress),
      { stop: () => engine.cancelCurvature() },
    ),
);

/** The curvature of `scenario`'s runs, computed while the calling component is mounted. */
export function useCurvature(
  engine: Engine,
  scenario: Scenario,
): [CurvatureView, CurvatureScheduler] {
  const scheduler = curvatureSchedulerFor(engine);
  return [useRunJobs(scheduler, scenario), scheduler];
}
