import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Outcome } from '../../src/engine/lanes';
import type { CellRange } from '../../src/engine/worker-maps';
import { BETA_AXES, cellCount, type MapAxes, type MapCells } from '../../src/core/sensitivity';
import {
  MapCache,
  MapController,
  type FetchChunk,
  type MapJob,
} from '../../src/ui/lab/sensitivity-controller';
import { scenarioOn } from '../helpers';

const AXES: MapAxes = { x: { ...BETA_AXES.x, count: 3 }, y: { ...BETA_AXES.y, count: 2 } };
const TOTAL = cellCount(AXES); // 6

/**
 * A fake worker: each request waits until the test releases it, then returns up to `perChunk`
 * cells whose value is the cell index + `offset` (cell 4 diverges at step 7).
 */
function fakeWorker(perChunk = 2) {
  const calls: { cells: CellRange; release: (outcome?: Outcome<MapCells>) => void }[] = [];
  let offset = 0;
  const fetch: FetchChunk = (_scenario, _run, _axes, cells) =>
    new Promise((resolve) => {
      const n = Math.min(perChunk, cells.count);
      const values = Float64Array.from({ length: n }, (_, k) =>
        cells.start + k === 4 ? NaN : cells.start + k + offset,
      );
      const divergedAt = Int32Array.from({ length: n }, (_, k) => (cells.start + k === 4 ? 7 : -1));
      calls.push({
        cells,
        release: (outcome) =>
          resolve(
            outcome ?? {
              status: 'done',
              value: { start: cells.start, values, divergedAt, elapsedMs: 1 },
            },
          ),
      });
    });
  return {
    fetch,
    calls,
    setOffset: (value: number) => (offset = value),
    /** Releases call `index` (with `outcome`, or its cells) and lets its promise settle. */
    async release(index: number, outcome?: Outcome<MapCells>) {
      calls.at(index)!.release(outcome);
      await vi.advanceTimersByTimeAsync(0);
    },
    /** Releases every pending call, in order, and lets the promises settle. */
    async drain() {
      for (let guard = 0; guard < 20; guard++) {
        const pending = calls.filter((c) => !(c as { done?: boolean }).done);
        if (pending.length === 0) return;
        for (const call of pending) {
          (call as { done?: boolean }).done = true;
          call.release();
        }
        await vi.advanceTimersByTimeAsync(0);
      }
    },
  };
}

const job = (key: string): MapJob => ({
  key,
  scenario: scenarioOn('sphere', [{ type: 'adam', lr: 0.1 }]),
  runIndex: 0,
  axes: AXES,
});

/** The controller's debounce in these tests (ms). */
const DEBOUNCE = 150;

/** A controller on a fake worker that returns `perChunk` cells a call. */
function controllerOn(perChunk: number) {
  const worker = fakeWorker(perChunk);
  return { worker, controller: new MapController(worker.fetch, new MapCache(), DEBOUNCE) };
}

/** A controller showing map 'a', its debounce past: the first chunk asked for, not answered. */
async function computing(perChunk: number) {
  const { worker, controller } = controllerOn(perChunk);
  controller.show(job('a'));
  await vi.advanceTimersByTimeAsync(DEBOUNCE);
  return { worker, controller };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('MapController', () => {
  it('waits for the debounce, then fills the map chunk by chunk in order', async () => {
    const { worker, controller } = controllerOn(2);
    controller.show(job('a'));
    expect(controller.getView().status).toBe('waiting');
    await vi.advanceTimersByTimeAsync(149);
    expect(worker.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(worker.calls.map((c) => c.cells)).toEqual([{ start: 0, count: 6 }]);
    await worker.drain();
    const view = controller.getView();
    expect(view.status).toBe('done');
    expect(worker.calls.map((c) => c.cells.start)).toEqual([0, 2, 4]);
    expect(Array.from(view.progress!.values)).toEqual([0, 1, 2, 3, NaN, 5]);
    expect(Array.from(view.progress!.divergedAt)).toEqual([-1, -1, -1, -1, 7, -1]);
    expect(view.progress!.elapsedMs).toBe(3);
  });

  it('debounces a burst of changes into one computation of the last', async () => {
    const { worker, controller } = controllerOn(TOTAL);
    for (const key of ['a', 'b', 'c']) {
      controller.show(job(key));
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(50);
    expect(worker.calls).toHaveLength(1);
    await worker.drain();
    expect(controller.getView().progress!.key).toBe('c');
  });

  it('keeps the map for the same key (only the marker moves) and shows a cached map at once', async () => {
    const { worker, controller } = await computing(TOTAL);
    await worker.drain();
    const version = controller.getView().version;
    controller.show(job('a'));
    expect(controller.getView().version).toBe(version);
    controller.show(job('b'));
    await vi.advanceTimersByTimeAsync(150);
    await worker.drain();
    expect(worker.calls).toHaveLength(2);
    controller.show(job('a'));
    expect(controller.getView().status).toBe('done');
    expect(controller.getView().progress!.key).toBe('a');
    await vi.advanceTimersByTimeAsync(500);
    expect(worker.calls).toHaveLength(2);
  });

  it('shows the previous map under the new one until the new one is complete', async () => {
    const { worker, controller } = await computing(3);
    await worker.drain();
    const first = controller.getView().progress;
    controller.show(job('b'));
    expect(controller.getView().previous).toBe(first);
    await vi.advanceTimersByTimeAsync(150);
    await worker.release(-1);
    expect(controller.getView().progress!.done).toBe(3);
    expect(controller.getView().previous).toBe(first);
    await worker.drain();
    expect(controller.getView().previous).toBeNull();
  });

  it('cancels between chunks, keeps the cells so far, and resumes from there', async () => {
    const { worker, controller } = await computing(2);
    await worker.release(0);
    controller.cancel();
    expect(controller.getView().status).toBe('cancelled');
    // The chunk in flight when Cancel came is kept, but no further one is asked for.
    worker.calls[1]!.release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(worker.calls).toHaveLength(2);
    expect(controller.getView().progress!.done).toBe(4);
    controller.resume();
    await worker.drain();
    expect(worker.calls.map((c) => c.cells.start)).toEqual([0, 2, 4]);
    expect(controller.getView().status).toBe('done');
  });

  it('cancels a map still in its debounce without computing anything', async () => {
    const { worker, controller } = controllerOn(2);
    controller.show(job('a'));
    controller.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(worker.calls).toHaveLength(0);
    expect(controller.getView().status).toBe('cancelled');
  });

  it('continues a partly computed map from where it stopped when its key comes back', async () => {
    const { worker, controller } = await computing(2);
    await worker.release(0);
    controller.show(job('b')); // the second chunk of 'a' is in flight
    await worker.release(1);
    controller.show(job('a'));
    expect(controller.getView().progress!.done).toBe(4);
    await vi.advanceTimersByTimeAsync(150);
    await worker.drain();
    expect(worker.calls.at(-1)!.cells).toEqual({ start: 4, count: 2 });
    expect(controller.getView().status).toBe('done');
  });

  it('reports a worker error and retries on resume', async () => {
    let fail = true;
    const worker = fakeWorker(TOTAL);
    const fetch: FetchChunk = (...args) =>
      fail ? Promise.reject(new Error('boom')) : worker.fetch(...args);
    const controller = new MapController(fetch, new MapCache(), DEBOUNCE);
    controller.show(job('a'));
    await vi.advanceTimersByTimeAsync(150);
    expect(controller.getView()).toMatchObject({ status: 'error', error: 'boom' });
    fail = false;
    controller.resume();
    await worker.drain();
    expect(controller.getView().status).toBe('done');
  });

  it('stops quietly when a newer request of its kind superseded its chunk', async () => {
    const { worker, controller } = await computing(2);
    await worker.release(0, { status: 'superseded' });
    expect(worker.calls).toHaveLength(1);
    expect(controller.getView().progress!.done).toBe(0);
  });

  it('shows nothing for a null job, and starts afresh after dispose', async () => {
    const { worker, controller } = controllerOn(TOTAL);
    controller.show(null);
    expect(controller.getView().status).toBe('none');
    controller.show(job('a'));
    controller.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(worker.calls).toHaveLength(0);
    controller.show(job('a')); // as React's StrictMode remounts
    await vi.advanceTimersByTimeAsync(150);
    await worker.drain();
    expect(controller.getView().status).toBe('done');
  });
});

describe('MapCache', () => {
  it('forgets the least recently used entry past its capacity', () => {
    const cache = new MapCache(2);
    const entry = (key: string) => ({
      key,
      values: new Float64Array(1),
      divergedAt: new Int32Array(1),
      done: 1,
      total: 1,
      elapsedMs: 0,
    });
    cache.set('a', entry('a'));
    cache.set('b', entry('b'));
    cache.get('a');
    cache.set('c', entry('c'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.key).toBe('a');
    expect(cache.get('c')?.key).toBe('c');
  });
});
