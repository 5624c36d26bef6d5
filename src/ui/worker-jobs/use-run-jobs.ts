/**
 * React glue for a worker-job scheduler (run-job-scheduler.ts): one scheduler per engine, so
 * what it computed survives switching tabs; fed the store's scenario; active while the panel
 * that reads it is mounted.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Engine } from '../../engine/client';
import type { Scenario } from '../../scenario/types';
import type { RunJobScheduler } from './run-job-scheduler';

/** `make`'s scheduler for an engine, made on its first use and kept while the engine lives. */
export function perEngine<S>(make: (engine: Engine) => S): (engine: Engine) => S {
  const made = new WeakMap<Engine, S>();
  return (engine) => {
    let scheduler = made.get(engine);
    if (!scheduler) {
      scheduler = make(engine);
      made.set(engine, scheduler);
    }
    return scheduler;
  };
}

/** `scheduler`'s view of `scenario`'s runs, computed while the calling component is mounted. */
export function useRunJobs<View>(
  scheduler: Pick<
    RunJobScheduler<never, View>,
    'setScenario' | 'setActive' | 'subscribe' | 'getView'
  >,
  scenario: Scenario,
): View {
  useEffect(() => scheduler.setScenario(scenario), [scheduler, scenario]);
  useEffect(() => {
    scheduler.setActive(true);
    return () => scheduler.setActive(false);
  }, [scheduler]);
  return useSyncExternalStore(scheduler.subscribe, scheduler.getView);
}
