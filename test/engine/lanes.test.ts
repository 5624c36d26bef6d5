import { afterEach, describe, expect, it } from 'vitest';
import { Lanes, type WorkerHandle } from '../../src/engine/lanes';

/** A fake worker whose calls stay pending until the test settles them. */
interface FakeRemote {
  compute(value: number): Promise<number>;
}
interface Pending {
  value: number;
  resolve(v: number): void;
  reject(e: unknown): void;
}

function harness(
  options: { abortAfterMs: number; stallMs: number; lazy?: boolean } = {
    abortAfterMs: 250,
    stallMs: 30_000,
  },
) {
  let clock = 0;
  const workers: { pending: Pending[]; terminated: boolean; fail(message: string): void }[] = [];
  const restarts: string[] = [];
  const said: unknown[] = [];
  const spawn = (): WorkerHandle<FakeRemote> => {
    const worker = { pending: [] as Pending[], terminated: false, fail: (_: string) => {} };
    workers.push(worker);
    return {
      remote: {
        compute: (value) =>
          new Promise<number>((resolve, reject) => worker.pending.push({ value, resolve, reject })),
      },
      terminate: () => (worker.terminated = true),
      onError: (callback) => (worker.fail = callback),
    };
  };
  const lanes = new Lanes(
    spawn,
    { ...options, now: () => clock },
    { onRestart: (r, words) => (restarts.push(r), said.push(words)) },
  );
  const send = (value: number) => lanes.request('compute', (remote) => remote.compute(value));
  cleanup = () => lanes.dispose(); // after the test (afterEach below)
  return { lanes, workers, restarts, said, send, advance: (ms: number) => (clock += ms) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

describe('Lanes: latest wins', () => {
  it('runs one call at a time, drops a waiting request replaced by a newer one, and never returns a stale result', async () => {
    const h = harness();
    const first = h.send(1);
    const second = h.send(2);
    const third = h.send(3);
    expect(h.workers[0]!.pending.map((p) => p.value)).toEqual([1]); // only the first is in the worker
    expect(await second).toEqual({ status: 'superseded' }); // replaced while waiting, never ran
    h.workers[0]!.pending[0]!.resolve(10);
    expect(await first).toEqual({ status: 'superseded' }); // its result is stale: 3 is the latest
    await flush();
    expect(h.workers[0]!.pending.map((p) => p.value)).toEqual([1, 3]);
    h.workers[0]!.pending[1]!.resolve(30);
    expect(await third).toEqual({ status: 'done', value: 30 });
  });

  it('aborts a long-running call by replacing the worker when a newer request arrives', async () => {
    const h = harness();
    const slow = h.send(1);
    h.advance(1000);
    const fresh = h.send(2);
    expect(await slow).toEqual({ status: 'superseded' });
    expect(h.workers[0]!.terminated).toBe(true);
    expect(h.workers[1]!.pending.map((p) => p.value)).toEqual([2]);
    h.workers[1]!.pending[0]!.resolve(20);
    expect(await fresh).toEqual({ status: 'done', value: 20 });
    // A late reply from the old worker changes nothing: no restart, no stray delivery, and the
    // lane's next request gets its own answer.
    h.workers[0]!.pending[0]!.resolve(10);
    await flush();
    expect(h.restarts).toEqual([]);
    const next = h.send(3);
    expect(h.workers[1]!.pending.at(-1)!.value).toBe(3);
    h.workers[1]!.pending.at(-1)!.resolve(30);
    expect(await next).toEqual({ status: 'done', value: 30 });
  });

  it('restarts a crashed worker, says why, and sends the interrupted request again', async () => {
    const h = harness();
    const request = h.send(7);
    h.workers[0]!.fail('boom');
    expect(h.restarts).toEqual(['the engine stopped (boom) and was restarted']);
    // …and in words the app shows in the language shown (test/i18n/restart-notices.test.ts).
    expect(h.said).toEqual([{ key: 'busy.restartedCrashed', values: { message: 'boom' } }]);
    expect(h.workers[0]!.terminated).toBe(true);
    expect(h.workers[1]!.pending.map((p) => p.value)).toEqual([7]);
    h.workers[1]!.pending[0]!.resolve(70);
    expect(await request).toEqual({ status: 'done', value: 70 });
  });

  it('passes a call’s error to its caller', async () => {
    const h = harness();
    const request = h.send(1);
    h.workers[0]!.pending[0]!.reject(new Error('invalid scenario'));
    await expect(request).rejects.toThrow('invalid scenario');
  });
});

describe('Lanes: a lazy worker', () => {
  it('starts at the first request, and after a cancel only when work comes again', async () => {
    const h = harness({ abortAfterMs: 250, stallMs: 30_000, lazy: true });
    expect(h.workers).toHaveLength(0);
    const first = h.send(1);
    expect(h.workers).toHaveLength(1);
    h.workers[0]!.pending[0]!.resolve(10);
    expect(await first).toEqual({ status: 'done', value: 10 });

    // Cancelling a running call replaces the worker; with nothing left to do, none starts yet.
    const second = h.send(2);
    h.lanes.cancel('compute');
    expect(await second).toEqual({ status: 'superseded' });
    expect(h.workers[0]!.terminated).toBe(true);
    expect(h.workers).toHaveLength(1);
    const third = h.send(3);
    expect(h.workers).toHaveLength(2);
    h.workers[1]!.pending[0]!.resolve(30);
    expect(await third).toEqual({ status: 'done', value: 30 });
  });

  it('a worker that dies with work in it is replaced at once and the work sent again', async () => {
    const h = harness({ abortAfterMs: 250, stallMs: 30_000, lazy: true });
    const first = h.send(1);
    h.workers[0]!.fail('boom');
    expect(h.workers).toHaveLength(2);
    expect(h.workers[1]!.pending.map((p) => p.value)).toEqual([1]);
    h.workers[1]!.pending[0]!.resolve(10);
    expect(await first).toEqual({ status: 'done', value: 10 });
    expect(h.restarts).toHaveLength(1);
  });
});
