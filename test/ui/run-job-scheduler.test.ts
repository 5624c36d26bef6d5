/**
 * The machinery the sweep's and the λmax tab's schedulers share
 * (src/ui/worker-jobs/run-job-scheduler.ts), through the smallest scheduler on it: each run's
 * job is α² from a fake worker that answers when told to. Its policy (ask at once, Cancel gives
 * the call up) is the test's; what is checked is the base's: keys, cache bounds, stale entries,
 * the call in hand, errors, the pause and the status.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/engine/lanes';
import type { OptimizerSpec, Scenario } from '../../src/scenario/types';
import {
  RunJobScheduler,
  type JobSchedulerOptions,
  type JobView,
} from '../../src/ui/worker-jobs/run-job-scheduler';
import { fakeTimers } from './fake-timers';
import { scenarioOn } from '../helpers';

interface Square {
  readonly key: string;
  value: number | null;
}

/** Answers in the order asked, when told to. */
function fakeWorker() {
  const pending: { lr: number; settle: (outcome: Outcome<number> | Error) => void }[] = [];
  const asked: number[] = [];
  const call = (lr: number) =>
    new Promise<Outcome<number>>((resolve, reject) => {
      asked.push(lr);
      pending.push({ lr, settle: (o) => (o instanceof Error ? reject(o) : resolve(o)) });
    });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    call,
    asked,
    async answer() {
      const next = pending.shift()!;
      next.settle({ status: 'done', value: next.lr * next.lr });
      await flush();
    },
    async settle(outcome: Outcome<number> | Error) {
      pending.shift()!.settle(outcome);
      await flush();
    },
  };
}

class Squares extends RunJobScheduler<Square, JobView<Square>> {
  stops = 0;
  constructor(
    private readonly worker: ReturnType<typeof fakeWorker>,
    options: JobSchedulerOptions & { weight?: number } = {},
  ) {
    super(
      { stop: () => this.stops++, ...options },
      {
        size: options.cacheSize ?? 8,
        weigh: (entry) => (entry.value === null ? 0 : 1),
        ...(options.weight === undefined ? {} : { weight: options.weight }),
      },
    );
    this.emit();
  }
  setScenario(scenario: Scenario): void {
    this.adopt(scenario);
    this.emit();
    this.pump();
  }
  /** Asks for the next run after the pause (the sweep's way). */
  setScenarioAfterPause(scenario: Scenario): void {
    this.adopt(scenario);
    this.pause(() => this.pump());
    this.emit();
  }
  cached(): string[] {
    return [...this.cache.keys()];
  }
  protected keyOf(scenario: Scenario, index: number): string {
    return String(scenario.optimizers[index]!.lr);
  }
  protected newEntry(key: string): Square {
    return { key, value: null };
  }
  protected showsPrevious(entry: Square): boolean {
    return entry.value === null;
  }
  protected dropCall(): void {
    if (this.inFlight) {
      this.inFlight = null;
      this.stop();
    }
  }
  protected pump(): void {
    const scenario = this.workable();
    if (!scenario || this.inFlight || this.pausing) return;
    const index = this.keys.findIndex((_, i) => this.visible(i) && this.entryAt(i).value === null);
    if (index < 0) return;
    const entry = this.entryAt(index);
    const lr = scenario.optimizers[index]!.lr;
    this.send(
      index,
      entry,
      () => this.worker.call(lr),
      (value) => {
        entry.value = value;
        this.evict();
      },
    );
  }
  protected buildView(): JobView<Square> {
    let done = 0;
    for (let i = 0; i < this.keys.length; i++) if (this.entryAt(i).value !== null) done++;
    return this.jobView(done, this.keys.length, this.pausing);
  }
}

const runs = (...lrs: number[]): OptimizerSpec[] => lrs.map((lr) => ({ type: 'gd', lr }));
const at = (...lrs: number[]) => scenarioOn('ellipse', runs(...lrs), { steps: 5 });

describe('RunJobScheduler', () => {
  it('asks nothing until active, then one call at a time; the view changes only on a change', async () => {
    const worker = fakeWorker();
    const s = new Squares(worker);
    let heard = 0;
    const unsubscribe = s.subscribe(() => heard++);
    s.setScenario(at(2, 3));
    expect(worker.asked).toEqual([]);
    expect(s.getView()).toMatchObject({ status: 'idle', done: 0, total: 2 });
    const idle = s.getView();
    expect(s.getView()).toBe(idle);
    s.setActive(true);
    expect(worker.asked).toEqual([2]);
    expect(s.getView()).toMatchObject({ status: 'computing' });
    await worker.answer();
    await worker.answer();
    expect(worker.asked).toEqual([2, 3]);
    const view = s.getView();
    expect(view).toMatchObject({ status: 'complete', done: 2, total: 2, error: null });
    expect(view.runs.map((r) => r.entry.value)).toEqual([4, 9]);
    expect(heard).toBeGreaterThan(0);
    unsubscribe();
    const before = heard;
    s.setActive(false);
    expect(heard).toBe(before);
  });

  it('a run with nothing new to show shows its previous entry, stale; an earlier key is cached', async () => {
    const worker = fakeWorker();
    const s = new Squares(worker);
    s.setActive(true);
    s.setScenario(at(2, 3));
    await worker.answer();
    await worker.answer();
    s.setScenario(at(2, 5));
    expect(s.getView().runs).toMatchObject([
      { entry: { key: '2', value: 4 }, stale: false },
      { entry: { key: '3', value: 9 }, stale: true },
    ]);
    await worker.answer();
    expect(s.getView().runs[1]).toMatchObject({ entry: { key: '5', value: 25 }, stale: false });
    s.setScenario(at(2, 3));
    expect(worker.asked).toEqual([2, 3, 5]);
    expect(s.getView()).toMatchObject({ status: 'complete' });
  });

  it('keeps cacheSize entries, least recently used out first, never a run’s own or shown one', async () => {
    const worker = fakeWorker();
    const s = new Squares(worker, { cacheSize: 2 });
    s.setActive(true);
    s.setScenario(at(1));
    await worker.answer();
    s.setScenario(at(2)); // asked; 1 is shown meanwhile, stale
    s.setScenario(at(3));
    expect(s.getView().runs[0]).toMatchObject({ entry: { key: '1' }, stale: true });
    expect(s.cached()).toEqual(['1', '3']);
    await worker.answer(); // 2's answer
    await worker.answer(); // 3's: shown now, so 1 may go
    s.setScenario(at(4));
    expect(s.cached()).toEqual(['3', '4']);
    s.setScenario(at(3));
    expect(s.cached()).toEqual(['4', '3']);
  });

  it('keeps at most `weight` over the entries no run uses', async () => {
    const worker = fakeWorker();
    const s = new Squares(worker, { weight: 2 });
    s.setActive(true);
    for (const lr of [1, 2, 3]) {
      s.setScenario(at(lr));
      await worker.answer();
    }
    expect(s.cached()).toEqual(['2', '3']);
  });

  it('an answer for a key no run has any more still goes into the cache', async () => {
    const worker = fakeWorker();
    const s = new Squares(worker);
    s.setActive(true);
    s.setScenario(at(2));
    s.setScenario(at(7));
    await worker.answer();
    expect(worker.asked).toEqual([2, 7]);
    // Back to 2 while 7 is in hand: its answer is there, nothing is asked.
    s.setScenario(at(2));
    expect(worker.asked).toEqual([2, 7]);
    expect(s.getView()).toMatchObject({ status: 'complete', runs: [{ entry: { value: 4 } }] });
  });

  it('a superseded call stores nothing and the next is asked', async () => {
    const worker = fakeWorker();
    const s = new Squares(worker);
    s.setActive(true);
    s.setScenario(at(2));
    await worker.settle({ status: 'superseded' });
    expect(worker.asked).toEqual([2, 2]);
    expect(s.getView().runs[0]!.entry.value).toBeNull();
  });

  it('Cancel stops the call and asks no more; Resume goes on; a key change lifts a Cancel', async () => {
    const worker = fakeWorker();
    const s = new Squares(worker);
    s.setActive(true);
    s.setScenario(at(2, 3));
    s.cancel();
    expect(s.stops).toBe(1);
    expect(s.getView()).toMatchObject({ status: 'cancelled' });
    await worker.answer(); // the given-up call's answer is still kept
    expect(worker.asked).toEqual([2]);
    expect(s.getView()).toMatchObject({ status: 'cancelled', done: 1 });
    s.resume();
    expect(worker.asked).toEqual([2, 3]);
    s.cancel();
    // Renaming a run is no change of key; another α is.
    s.setScenario({ ...at(2, 3), optimizers: [{ type: 'gd', lr: 2, label: 'x' }, ...runs(3)] });
    expect(s.getView().status).toBe('cancelled');
    s.setScenario(at(2, 4));
    expect(s.getView().status).toBe('computing');
    expect(worker.asked).toEqual([2, 3, 4]);
  });

  it('an error stops the work and says why, unless its call was given up; Resume retries', async () => {
    const worker = fakeWorker();
    const s = new Squares(worker);
    s.setActive(true);
    s.setScenario(at(2));
    s.cancel();
    await worker.settle(new Error('from a stopped worker'));
    expect(s.getView()).toMatchObject({ status: 'cancelled', error: null });
    s.resume();
    await worker.settle(new Error('the worker broke'));
    expect(s.getView()).toMatchObject({ status: 'error', error: 'the worker broke' });
    expect(worker.asked).toEqual([2, 2]);
    s.resume();
    await worker.answer();
    expect(s.getView().status).toBe('complete');
  });

  it('hidden runs are not visible; the pause after a change says `waiting` until it is over', async () => {
    const worker = fakeWorker();
    const timers = fakeTimers();
    const s = new Squares(worker, timers);
    s.setActive(true);
    const hidden = at(2, 3);
    hidden.optimizers[0] = { ...hidden.optimizers[0]!, hidden: true };
    s.setScenarioAfterPause(hidden);
    expect(s.getView().status).toBe('waiting');
    expect(worker.asked).toEqual([]);
    timers.fire();
    expect(worker.asked).toEqual([3]);
    expect(s.getView().status).toBe('computing');
  });
});
