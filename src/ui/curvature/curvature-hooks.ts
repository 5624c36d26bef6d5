/**
 * React glue for the Curvature tab: one scheduler per engine (so a run's curvature survives
 * switching tabs), fed the store's scenario, active while the panel is mounted.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Engine } from '../../engine/client';
import type { Scenario } from '../../scenario/types';
import { CurvatureScheduler, type CurvatureView } from './curvature-scheduler';

const schedulers = new WeakMap<Engine, CurvatureScheduler>();

/** The engine's curvature scheduler, made on first use: every call goes to the lab worker. */
export function curvatureSchedulerFor(engine: Engine): CurvatureScheduler {
  let scheduler = schedulers.get(engine);
  if (!scheduler) {
    scheduler = new CurvatureScheduler(
      (scenario, runIndex, onProgress) => engine.curvature(scenario, runIndex, onProgress),
      { stop: () => engine.cancelCurvature() },
    );
    schedulers.set(engine, scheduler);
  }
  return scheduler;
}

/** The curvature of `scenario`'s runs, computed while the calling component is mounted. */
export function useCurvature(
  engine: Engine,
  scenario: Scenario,
): [CurvatureView, CurvatureScheduler] {
  const scheduler = curvatureSchedulerFor(engine);
  useEffect(() => scheduler.setScenario(scenario), [scheduler, scenario]);
  useEffect(() => {
    scheduler.setActive(true);
    return () => scheduler.setActive(false);
  }, [scheduler]);
  const view = useSyncExternalStore(scheduler.subscribe, scheduler.getView);
  return [view, scheduler];
}
