/**
 * React glue for the sweeps: one scheduler per engine (so sweeps survive switching tabs), fed
 * the store's scenario, active while the panel is mounted.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { lrGrid } from '../../core/sweep';
import type { Engine } from '../../engine/client';
import type { Scenario } from '../../scenario/types';
import { SweepScheduler, type SweepView } from './sweep-scheduler';

const schedulers = new WeakMap<Engine, SweepScheduler>();

/** The engine's sweep scheduler, made on first use: every chunk goes to the lab worker. */
export function sweepSchedulerFor(engine: Engine): SweepScheduler {
  let scheduler = schedulers.get(engine);
  if (!scheduler) {
    scheduler = new SweepScheduler(
      (scenario, runIndex, lrs) => engine.sweepChunk(scenario, runIndex, lrs),
      { grid: lrGrid(), stop: () => engine.cancelSweep() },
    );
    schedulers.set(engine, scheduler);
  }
  return scheduler;
}

/** The sweeps of `scenario`'s runs, computed while the calling component is mounted. */
export function useSweep(engine: Engine, scenario: Scenario): [SweepView, SweepScheduler] {
  const scheduler = sweepSchedulerFor(engine);
  useEffect(() => scheduler.setScenario(scenario), [scheduler, scenario]);
  useEffect(() => {
    scheduler.setActive(true);
    return () => scheduler.setActive(false);
  }, [scheduler]);
  const view = useSyncExternalStore(scheduler.subscribe, scheduler.getView);
  return [view, scheduler];
}
