import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lanes, type Alive, type WorkerHandle } from '../../src/engine/lanes';

/** A fake worker whose calls stay pending until settled, and that can show signs of life. */
interface Pending {
  value: number;
  alive: Alive;
  resolve(v: number): void;
}

function harness(stallMs = 30_000) {
  let clock = 0;
  const workers: { pending: Pending[]; terminated: boolean }[] = [];
  const restarts: string[] = [];
  const said: unknown[] = [];
  const spawn = (): WorkerHandle<{ work(value: number, alive: Alive): Promise<number> }> => {
    const worker = { pending: [] as Pending[], terminated: false };
    workers.push(worker);
    return {
      remote: {
        work: (value, alive) =>
          new Promise<number>((resolve) => worker.pending.push({ value, alive, resolve })),
      },
      terminate: () => (worker.terminated = true),
      onError: () => undefined,
    };
  };
  const lanes = new Lanes(
    spawn,
    { abortAfterMs: 250, stallMs, now: () => clock },
    { onRestart: (r, words) => (restarts.push(r), said.push(words)) },
  );
  const send = (kind: string, value: number) =>
    lanes.request(kind, (remote, alive) => remote.work(value, alive));
  /** Moves the clock and lets the watchdog (a real interval of 1 s) look. */
  const advance = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(1000);
  };
  cleanup = () => lanes.dispose(); // after the test (afterEach below)
  return { lanes, workers, restarts, said, send, advance };
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  vi.useRealTimers();
});

describe('Lanes: liveness by progress', () => {
  it('never declares dead a call that keeps reporting progress, however long it runs', () => {
    vi.useFakeTimers();
    const h = harness();
    void h.send('run', 1);
    // Ten minutes of work, a sign of life every 10 s (under the 30 s allowed).
    for (let t = 0; t < 60; t++) {
      h.advance(10_000);
      expect(h.workers[0]!.pending[0]!.alive()).toBe(true);
    }
    expect(h.restarts).toEqual([]);
    expect(h.workers).toHaveLength(1);
    expect(h.workers[0]!.terminated).toBe(false);
  });

  it('declares dead a call that shows no progress for the stated time, and sends it again', () => {
    vi.useFakeTimers();
    const h = harness();
    void h.send('run', 1);
    h.advance(10_000);
    h.workers[0]!.pending[0]!.alive();
    h.advance(29_000); // 29 s after the last sign of life: still alive
    expect(h.restarts).toEqual([]);
    h.advance(2_000); // 31 s: dead
    expect(h.restarts).toEqual(['the engine stopped responding and was restarted']);
    expect(h.said).toEqual([{ key: 'busy.restartedStalled', values: {} }]);
    expect(h.workers[0]!.terminated).toBe(true);
    expect(h.workers[1]!.pending.map((p) => p.value)).toEqual([1]);
  });

  it('a superseded call is no longer alive: its progress is not shown', () => {
    vi.useFakeTimers();
    const h = harness();
    void h.send('run', 1);
    const first = h.workers[0]!.pending[0]!;
    expect(first.alive()).toBe(true);
    void h.send('run', 2); // newer, while the first is young
    expect(first.alive()).toBe(false);
    // 250 ms after it started, the outdated call is stopped by replacing the worker.
    vi.advanceTimersByTime(300);
    expect(h.workers[0]!.terminated).toBe(true);
    expect(h.workers[1]!.pending.map((p) => p.value)).toEqual([2]);
    expect(h.restarts).toEqual([]); // a planned stop, not a failure: no notice
  });

  it('cancel stops a running call for real (its worker terminated) and sends the other lanes’ again', async () => {
    vi.useFakeTimers();
    const h = harness();
    const sweep = h.send('sweep', 1);
    const inspect = h.send('inspect', 2);
    h.lanes.cancel('sweep');
    expect(await sweep).toEqual({ status: 'superseded' });
    expect(h.workers[0]!.terminated).toBe(true);
    expect(h.workers[1]!.pending.map((p) => p.value)).toEqual([2]); // only the other lane's
    h.workers[1]!.pending[0]!.resolve(20);
    expect(await inspect).toEqual({ status: 'done', value: 20 });
    // Cancelling with nothing running replaces nothing.
    h.lanes.cancel('sweep');
    expect(h.workers).toHaveLength(2);
  });
});

describe('Lanes: an outdated call is stopped only when that costs no other lane its work', () => {
  it('a probe superseded while a model trains does not restart the worker (the training goes on)', () => {
    vi.useFakeTimers();
    const h = harness();
    void h.send('run', 1); // the training: long, still wanted
    void h.send('probe', 10);
    h.advance(1_000); // the probe has run for 1 s: outdated by the next one
    void h.send('probe', 11);
    vi.advanceTimersByTime(500);
    expect(h.workers).toHaveLength(1);
    expect(h.workers[0]!.terminated).toBe(false);
    expect(h.workers[0]!.pending.map((p) => p.value)).toEqual([1, 10]);
  });

  it('with no other work in the worker, an outdated call is stopped by a fresh worker', () => {
    vi.useFakeTimers();
    const h = harness();
    void h.send('probe', 10);
    h.advance(1_000);
    void h.send('probe', 11);
    expect(h.workers[0]!.terminated).toBe(true);
    expect(h.workers[1]!.pending.map((p) => p.value)).toEqual([11]);
  });
});

describe('Lanes: an outdated call left running for another lane is stopped once that lane is done', () => {
  it('the watchdog replaces the worker when the other work has finished', async () => {
    vi.useFakeTimers();
    const h = harness();
    void h.send('probe', 10); // short, still wanted
    void h.send('run', 1);
    h.advance(1_000);
    void h.send('run', 2); // run 1 is outdated, but the probe is working: no restart yet
    expect(h.workers).toHaveLength(1);
    h.workers[0]!.pending[0]!.resolve(10); // the probe answers
    await vi.advanceTimersByTimeAsync(0);
    h.advance(1_000); // the watchdog looks
    expect(h.workers[0]!.terminated).toBe(true);
    expect(h.workers[1]!.pending.map((p) => p.value)).toEqual([2]);
  });
});
