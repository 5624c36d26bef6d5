/**
 * The Curvature tab's scheduler (src/ui/curvature/curvature-scheduler.ts) against a fake worker
 * that answers with the real worker function, one call at a time, when told to: what it asks,
 * when, what it keeps, and how a change, Cancel and leaving the tab stop work.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/engine/lanes';
import { runCurvatureData, type CurvatureData } from '../../src/engine/worker-curvature';
import type { OptimizerSpec, Scenario } from '../../src/scenario/types';
import {
  curvatureKey,
  CurvatureScheduler,
  type CurvatureSchedulerOptions,
} from '../../src/ui/curvature/curvature-scheduler';
import { scenarioOn } from '../helpers';
import { fakeTimers } from './fake-timers';

interface Call {
  scenario: Scenario;
  runIndex: number;
  onProgress: (done: number, total: number) => void;
  settle: (outcome: Outcome<CurvatureData | null> | Error) => void;
}

/** A fake lab worker: records each call; `answer` settles the oldest with the real function. */
function fakeWorker(value?: (scenario: Scenario, runIndex: number) => CurvatureData | null) {
  const calls: Call[] = [];
  const pending: Call[] = [];
  const call = (
    scenario: Scenario,
    runIndex: number,
    onProgress: (done: number, total: number) => void,
  ) =>
    new Promise<Outcome<CurvatureData | null>>((resolve, reject) => {
      const entry: Call = {
        scenario,
        runIndex,
        onProgress,
        settle: (outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome)),
      };
      calls.push(entry);
      pending.push(entry);
    });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    calls,
    call,
    /** Answers the oldest waiting call and lets the scheduler ask for the next. */
    async answer() {
      const next = pending.shift();
      next?.settle({
        status: 'done',
        value: (value ?? runCurvatureData)(next.scenario, next.runIndex),
      });
      await flush();
    },
    /** Settles the oldest waiting call with `outcome` (superseded, or an error). */
    async settle(outcome: Outcome<CurvatureData | null> | Error) {
      pending.shift()?.settle(outcome);
      await flush();
    },
    get waiting() {
      return pending.length;
    },
  };
}

const RUNS: OptimizerSpec[] = [
  { type: 'gd', lr: 0.3 },
  { type: 'adam', lr: 0.05 },
];
const ellipse = (optimizers: OptimizerSpec[] = RUNS) =>
  scenarioOn('ellipse', optimizers, { start: [-4, 1.5], steps: 40 });

function scheduler(worker: ReturnType<typeof fakeWorker>, options: CurvatureSchedulerOptions = {}) {
  const clock = fakeTimers();
  let stops = 0;
  const made = new CurvatureScheduler(worker.call, {
    now: clock.now,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    stop: () => stops++,
    ...options,
  });
  return { scheduler: made, clock, stops: () => stops };
}

describe('CurvatureScheduler', () => {
  it('asks nothing until the tab is shown, then one run at a time, in order, to completion', async () => {
    const worker = fakeWorker();
    const { scheduler: s } = scheduler(worker);
    s.setScenario(ellipse());
    expect(worker.calls).toHaveLength(0);
    expect(s.getView().status).toBe('idle');
    s.setActive(true);
    expect(s.getView()).toMatchObject({ status: 'computing', done: 0, total: 2, current: 0 });
    expect(worker.waiting).toBe(1);
    await worker.answer();
    expect(s.getView()).toMatchObject({ done: 1, current: 1 });
    await worker.answer();
    const view = s.getView();
    expect(view).toMatchObject({ status: 'complete', done: 2, total: 2, current: null });
    expect(worker.calls.map((c) => c.runIndex)).toEqual([0, 1]);
    // What the worker computed is what is shown: the ellipse's Hessian diag(0.2, 4) has λmax 4.
    expect([...view.runs[0]!.entry.data!.lambdaMax]).toEqual(new Array(41).fill(4));
    expect(view.runs[1]!.entry.data!.preconditioned).toHaveLength(41);
  });

  it('a change of one run’s α recomputes that run alone, showing its old line as stale meanwhile', async () => {
    const worker = fakeWorker();
    const { scheduler: s } = scheduler(worker);
    s.setActive(true);
    s.setScenario(ellipse());
    await worker.answer();
    await worker.answer();
    const adam = s.getView().runs[1]!.entry;

    s.setScenario(ellipse([{ type: 'gd', lr: 0.45 }, RUNS[1]!]));
    expect(worker.calls).toHaveLength(3);
    expect(worker.calls[2]!.runIndex).toBe(0);
    const during = s.getView();
    expect(during.runs[0]!.stale).toBe(true);
    expect(during.runs[0]!.entry.key).toBe(curvatureKey(ellipse(), 0));
    // The other run keeps its entry, arrays and all.
    expect(during.runs[1]).toEqual({ entry: adam, stale: false });
    await worker.answer();
    expect(s.getView().runs[0]).toMatchObject({ stale: false });
    expect(s.getView().status).toBe('complete');

    // Back to the first α: both settings are cached, nothing is asked.
    s.setScenario(ellipse());
    expect(worker.calls).toHaveLength(3);
    expect(s.getView().status).toBe('complete');
  });

  it('renaming, recolouring or hiding a run asks nothing; a hidden run is computed once shown', async () => {
    const worker = fakeWorker();
    const { scheduler: s } = scheduler(worker);
    s.setActive(true);
    s.setScenario(ellipse([RUNS[0]!, { ...RUNS[1]!, hidden: true }]));
    await worker.answer();
    expect(s.getView()).toMatchObject({ status: 'complete', done: 1, total: 1 });
    expect(worker.calls).toHaveLength(1);
    s.setScenario(ellipse([{ ...RUNS[0]!, label: 'plain', color: '#123456' }, RUNS[1]!]));
    expect(worker.calls.map((c) => c.runIndex)).toEqual([0, 1]);
    await worker.answer();
    expect(s.getView().status).toBe('complete');
  });

  it('a call made outdated by a change is superseded after the pause, its answer dropped', async () => {
    const worker = fakeWorker();
    const { scheduler: s, clock } = scheduler(worker);
    s.setActive(true);
    s.setScenario(ellipse([RUNS[0]!]));
    expect(worker.calls).toHaveLength(1);
    // α moves while run 0's call is in the worker: nothing is asked until the pause is over.
    const moved = ellipse([{ type: 'gd', lr: 0.4 }]);
    s.setScenario(moved);
    expect(worker.calls).toHaveLength(1);
    expect(clock.count).toBe(1);
    clock.fire();
    expect(worker.calls).toHaveLength(2);
    expect(worker.calls[1]!.scenario).toBe(moved);
    // The lane says the first call was superseded; the second one's answer is the one shown.
    await worker.settle({ status: 'superseded' });
    expect(s.getView().current).toBe(0);
    await worker.answer();
    const view = s.getView();
    expect(view.status).toBe('complete');
    expect(view.runs[0]!.entry.key).toBe(curvatureKey(moved, 0));
  });

  it('Cancel stops the call in the worker and asks no more; Resume goes on', async () => {
    const worker = fakeWorker();
    const { scheduler: s, stops } = scheduler(worker);
    s.setActive(true);
    s.setScenario(ellipse());
    s.cancel();
    expect(stops()).toBe(1);
    await worker.settle({ status: 'superseded' });
    expect(s.getView()).toMatchObject({ status: 'cancelled', done: 0, current: null });
    expect(worker.calls).toHaveLength(1);
    s.resume();
    expect(worker.calls).toHaveLength(2);
    await worker.answer();
    await worker.answer();
    expect(s.getView().status).toBe('complete');
  });

  it('leaving the tab stops a long call (a model’s) but lets a short one finish into the cache', async () => {
    const worker = fakeWorker();
    const { scheduler: s, clock, stops } = scheduler(worker);
    s.setActive(true);
    s.setScenario(ellipse());
    // Short: left 10 ms after it started.
    clock.time = 10;
    s.setActive(false);
    expect(stops()).toBe(0);
    await worker.answer();
    expect(s.getView()).toMatchObject({ status: 'idle', done: 1 });
    expect(worker.calls).toHaveLength(1);
    // Long: shown again, the next call runs for a second, then the tab is left.
    s.setActive(true);
    expect(worker.calls).toHaveLength(2);
    clock.time = 1010;
    s.setActive(false);
    expect(stops()).toBe(1);
    await worker.settle({ status: 'superseded' });
    expect(s.getView()).toMatchObject({ status: 'idle', done: 1, current: null });
  });

  it('reports the call’s progress, and says where a problem has no curvature', async () => {
    const worker = fakeWorker(() => null);
    const { scheduler: s } = scheduler(worker);
    s.setActive(true);
    s.setScenario(ellipse([RUNS[0]!]));
    worker.calls[0]!.onProgress(3, 12);
    expect(s.getView().currentProgress).toBe(0.25);
    await worker.answer();
    expect(s.getView()).toMatchObject({ status: 'complete', done: 1 });
    expect(s.getView().runs[0]!.entry).toMatchObject({ state: 'none', data: null });
  });

  it('an error stops the work and says why; Retry asks again', async () => {
    const worker = fakeWorker();
    const { scheduler: s } = scheduler(worker);
    s.setActive(true);
    s.setScenario(ellipse([RUNS[0]!]));
    await worker.settle(new Error('the worker broke'));
    expect(s.getView()).toMatchObject({ status: 'error', error: 'the worker broke' });
    s.resume();
    await worker.answer();
    expect(s.getView().status).toBe('complete');
  });

  it('keeps at most cacheValues values in entries the scenario does not use', async () => {
    const worker = fakeWorker();
    // 41 values a gradient-descent run: room for two runs' curvature at most.
    const { scheduler: s } = scheduler(worker, { cacheValues: 90 });
    s.setActive(true);
    const at = (lr: number) => ellipse([{ type: 'gd', lr }]);
    for (const lr of [0.1, 0.2, 0.3]) {
      s.setScenario(at(lr));
      await worker.answer();
    }
    // Back to 0.2: still cached; back to 0.1: evicted, computed again.
    s.setScenario(at(0.2));
    expect(worker.calls).toHaveLength(3);
    s.setScenario(at(0.1));
    expect(worker.calls).toHaveLength(4);
  });
});
