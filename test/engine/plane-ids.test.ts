/**
 * A model's plane crosses to a worker once and is named by id afterwards; a worker that does not
 * know the id (restarted, or dropped from its LRU) gets the plane again (src/engine/worker-planes.ts,
 * docs/app.md "Work only where something changed").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/client';
import { createEngineApi } from '../../src/engine/api';
import { runModel, type PlaneSpec } from '../../src/engine/plane';
import { WorkerCache, type PlaneRef } from '../../src/engine/worker-planes';
import type { ProblemSpec, Scenario } from '../../src/scenario/types';
import { buildProblem } from '../../src/core/problems';
import { validateScenario } from '../../src/scenario/validate';

const logistic: Scenario = (() => {
  const validation = validateScenario({
    version: 1,
    problem: { type: 'logistic-regression' },
    start: [0, 0, 0],
    steps: 40,
    seed: 1,
    optimizers: [
      { type: 'gd', lr: 0.5 },
      { type: 'adam', lr: 0.05 },
    ],
  });
  if (!validation.ok) throw new Error('invalid test scenario');
  return validation.scenario;
})();

interface Call {
  worker: number;
  ref: PlaneRef | undefined;
}

/** Fake workers over the real engine API, each with its own cache, recording what crossed. */
function fakeWorkers() {
  const calls: Call[] = [];
  const caches: WorkerCache[] = [];
  let spawned = 0;
  const spawn = () => {
    const worker = spawned++;
    const cache = new WorkerCache();
    caches.push(cache);
    const api = createEngineApi(cache);
    const remote = {
      probe: async (problem: ProblemSpec, point: [number, number], ref?: PlaneRef) => {
        calls.push({ worker, ref: ref && { ...ref } });
        return api.probe(problem, point, ref);
      },
    };
    return { remote: remote as never, terminate: () => undefined, onError: () => undefined };
  };
  return { calls, caches, spawn };
}

let engine: Engine | null = null;
afterEach(() => engine?.dispose());

describe('plane ids', () => {
  const { plane } = runModel(logistic, 'pca');
  const slice: PlaneSpec = plane;
  const probeAt = async (point: [number, number]) => {
    const outcome = await engine!.probe(logistic.problem, point, slice);
    if (outcome.status !== 'done') throw new Error('superseded');
    return outcome.value.f;
  };
  const expected = (a: number, b: number) => {
    const theta = plane.center.map((c, j) => c + a * plane.d1[j]! + b * plane.d2[j]!);
    return buildProblem(logistic.problem).value(theta);
  };

  it('sends the plane once, then only its id, and gets the same numbers', async () => {
    const workers = fakeWorkers();
    engine = new Engine({}, workers.spawn);
    expect(await probeAt([0.3, -0.2])).toBeCloseTo(expected(0.3, -0.2), 12);
    expect(await probeAt([0.1, 0.4])).toBeCloseTo(expected(0.1, 0.4), 12);
    expect(await probeAt([-0.5, 0])).toBeCloseTo(expected(-0.5, 0), 12);
    const compute = workers.calls.filter((c) => c.worker === 0);
    expect(compute.map((c) => c.ref?.plane !== undefined)).toEqual([true, false, false]);
    expect(new Set(compute.map((c) => c.ref?.id)).size).toBe(1);
    // The dataset is built once in that worker, not per hover.
    expect(workers.caches[0]!.built).toBe(1);
  });

  it('a restarted worker (no cache) is sent the plane again', async () => {
    const workers = fakeWorkers();
    engine = new Engine({}, workers.spawn);
    await probeAt([0.3, -0.2]);
    await probeAt([0.1, 0.4]);
    engine.terminate(); // the compute worker is replaced
    expect(await probeAt([0.2, 0.2])).toBeCloseTo(expected(0.2, 0.2), 12);
    const last = workers.calls.at(-1)!;
    expect(last.worker).not.toBe(0);
    expect(last.ref?.plane).toBeDefined();
  });

  it('a worker that forgot the id answers "plane unknown" and gets the plane in a second try', async () => {
    const workers = fakeWorkers();
    engine = new Engine({}, workers.spawn);
    await probeAt([0.3, -0.2]);
    // The same worker loses its planes (as its LRU would drop one): the next id-only call fails over.
    const fresh = new WorkerCache();
    Object.assign(workers.caches[0]!, { planes: (fresh as unknown as { planes: unknown }).planes });
    expect(await probeAt([0.1, 0.4])).toBeCloseTo(expected(0.1, 0.4), 12);
    const compute = workers.calls.filter((c) => c.worker === 0);
    expect(compute.map((c) => c.ref?.plane !== undefined)).toEqual([true, false, true]);
  });

  it('the worker API refuses an unknown id without the plane', () => {
    const api = createEngineApi(new WorkerCache());
    expect(() => api.probe(logistic.problem, [0, 0], { id: 42 })).toThrow(/plane unknown/);
  });
});
