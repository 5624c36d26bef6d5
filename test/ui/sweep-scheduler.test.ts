import { describe, expect, it } from 'vitest';
import { sweepScenario, type SweepChunk } from '../../src/core/sweep';
import type { Outcome } from '../../src/engine/lanes';
import type { Scenario } from '../../src/scenario/types';
import { SweepScheduler } from '../../src/ui/lab/sweep-scheduler';
import { HEAVIEST_MLP, scenarioOn, scenarioWith } from '../helpers';
import { fakeTimers } from './fake-timers';

const GRID = [1e-4, 1e-3, 1e-2, 0.1, 1, 10];

/** A fake worker: records calls, answers with the real core when told to, one call at a time. */
function fakeWorker(elapsedMs = 0) {
  const calls: { scenario: Scenario; runIndex: number; lrs: number[] }[] = [];
  const pending: (() => void)[] = [];
  const call = (scenario: Scenario, runIndex: number, lrs: number[]) =>
    new Promise<Outcome<SweepChunk>>((resolve) => {
      calls.push({ scenario, runIndex, lrs });
      pending.push(() => {
        const value = sweepScenario(scenario, runIndex, lrs);
        resolve({ status: 'done', value: { ...value, elapsedMs } });
      });
    });
  /** Answers the waiting call and lets the scheduler ask for the next. */
  const answer = async () => {
    pending.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { calls, call, answer };
}

const scenario = (extra: Partial<Scenario> = {}) =>
  scenarioOn(
    'rosenbrock',
    [
      { type: 'gd', lr: 1e-3 },
      { type: 'adam', lr: 0.1 },
    ],
    { start: [-1.5, 2], steps: 100, ...extra },
  );

describe('SweepScheduler', () => {
  it('asks nothing until active, then sweeps every run chunk by chunk to completion', async () => {
    const worker = fakeWorker(1);
    // 1 ms for 6 × 101 steps measured, 0.5 ms wanted: the next chunks hold 3 α.
    const scheduler = new SweepScheduler(worker.call, { grid: GRID, targetChunkMs: 0.5 });
    scheduler.setScenario(scenario());
    expect(worker.calls).toHaveLength(0);
    expect(scheduler.getView().status).toBe('idle');
    scheduler.setActive(true);
    expect(scheduler.getView().status).toBe('computing');
    for (let i = 0; i < 20 && scheduler.getView().status !== 'complete'; i++) await worker.answer();
    const view = scheduler.getView();
    expect(view.status).toBe('complete');
    expect(view.done).toBe(12);
    expect(view.total).toBe(12);
    // The first guess (10⁷ steps/s, 30 ms) is a whole run; then chunks follow the measured speed.
    expect(worker.calls[0]!.lrs).toEqual(GRID);
    expect(worker.calls[1]!.lrs).toHaveLength(3);
    expect(view.runs.map((r) => r.entry.points.map((p) => p!.lr))).toEqual([GRID, GRID]);
  });

  it('Cancel stops asking; Resume continues where it stopped', async () => {
    const worker = fakeWorker(1);
    const scheduler = new SweepScheduler(worker.call, { grid: GRID, targetChunkMs: 0.2 });
    scheduler.setScenario(scenario());
    scheduler.setActive(true);
    await worker.answer(); // first chunk (a whole run) in
    await worker.answer(); // one α (0.2 ms wanted of ~1.6 µs a step) in
    scheduler.cancel();
    await worker.answer(); // the chunk that was in flight still lands
    const asked = worker.calls.length;
    expect(scheduler.getView().status).toBe('cancelled');
    await worker.answer();
    expect(worker.calls).toHaveLength(asked);
    scheduler.resume();
    expect(worker.calls).toHaveLength(asked + 1);
    expect(scheduler.getView().done).toBe(8);
  });

  it('a change of α, colour or name keeps the sweeps; another hyperparameter restarts after the debounce', async () => {
    const worker = fakeWorker();
    const timers = fakeTimers();
    const scheduler = new SweepScheduler(worker.call, { grid: GRID, ...timers });
    const first = scenario();
    scheduler.setScenario(first);
    scheduler.setActive(true);
    for (let i = 0; i < 4; i++) await worker.answer();
    expect(scheduler.getView().status).toBe('complete');
    const asked = worker.calls.length;

    const moved = structuredClone(first);
    moved.optimizers[1] = { ...moved.optimizers[1]!, lr: 0.02, label: 'mine', color: '#000' };
    scheduler.setScenario(moved);
    expect(scheduler.getView().status).toBe('complete');
    expect(timers.count).toBe(0);

    const changed = structuredClone(moved);
    changed.optimizers[1] = { ...changed.optimizers[1]!, beta1: 0.5 };
    scheduler.setScenario(changed);
    expect(scheduler.getView().status).toBe('waiting');
    expect(worker.calls).toHaveLength(asked);
    // While waiting, Adam's previous sweep is shown, marked stale; GD's is still current.
    expect(scheduler.getView().runs.map((r) => r.stale)).toEqual([false, true]);
    timers.fire();
    expect(worker.calls).toHaveLength(asked + 1);
    expect(worker.calls.at(-1)!.runIndex).toBe(1);
    expect(worker.calls.at(-1)!.scenario.optimizers[1]!.beta1).toBe(0.5);
    await worker.answer();
    expect(scheduler.getView().status).toBe('complete');

    // Back to the first setting: served from the cache, nothing asked.
    scheduler.setScenario(first);
    timers.fire();
    expect(scheduler.getView().status).toBe('complete');
    expect(worker.calls).toHaveLength(asked + 1);
  });

  it('sweeps visible runs before hidden ones', async () => {
    const worker = fakeWorker();
    const scheduler = new SweepScheduler(worker.call, { grid: GRID });
    const s = scenario();
    s.optimizers[0] = { ...s.optimizers[0]!, hidden: true };
    scheduler.setScenario(s);
    scheduler.setActive(true);
    expect(worker.calls[0]!.runIndex).toBe(1);
    await worker.answer();
    expect(worker.calls[1]!.runIndex).toBe(0);
  });

  it('reports an error from the worker and retries on resume', async () => {
    let fail = true;
    const worker = fakeWorker();
    const call = (s: Scenario, i: number, lrs: number[]) =>
      fail ? Promise.reject(new Error('no such problem')) : worker.call(s, i, lrs);
    const scheduler = new SweepScheduler(call, { grid: GRID });
    scheduler.setScenario(scenario());
    scheduler.setActive(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(scheduler.getView()).toMatchObject({ status: 'error', error: 'no such problem' });
    fail = false;
    scheduler.resume();
    expect(worker.calls).toHaveLength(1);
  });

  it('completeSweeps() gives each run its points only once its sweep is complete', async () => {
    const worker = fakeWorker();
    const scheduler = new SweepScheduler(worker.call, { grid: GRID });
    scheduler.setScenario(scenario());
    scheduler.setActive(true);
    await worker.answer();
    const sweeps = scheduler.completeSweeps();
    expect(sweeps[0]).toHaveLength(6);
    expect(sweeps[1]).toBeNull();
  });
});

describe('SweepScheduler: heavy work (issue 23, class 7)', () => {
  it('Cancel with a chunk in the worker stops it there (the stop hook), not after it lands', async () => {
    const worker = fakeWorker(1);
    let stops = 0;
    const scheduler = new SweepScheduler(worker.call, { grid: GRID, stop: () => stops++ });
    scheduler.setScenario(scenario());
    scheduler.setActive(true);
    expect(worker.calls).toHaveLength(1);
    scheduler.cancel();
    expect(stops).toBe(1);
    expect(scheduler.getView().status).toBe('cancelled');
    await worker.answer(); // (a fake worker answers anyway)
    scheduler.cancel(); // nothing in flight: nothing to stop
    expect(stops).toBe(1);
    expect(worker.calls).toHaveLength(1);
  });

  it('asks a heavy model for one α at a time from the first chunk', () => {
    const worker = fakeWorker(1);
    const scheduler = new SweepScheduler(worker.call, { grid: GRID });
    scheduler.setScenario(
      scenarioWith(HEAVIEST_MLP, [{ type: 'adam', lr: 0.01 }], { start: [0, 0], steps: 50 }),
    );
    scheduler.setActive(true);
    expect(worker.calls[0]!.lrs).toHaveLength(1);
  });
});
