/**
 * Which worker each lane runs on (src/engine/client.ts; issue 17): runs and probes, surfaces on
 * the engine worker, started at once; the lab's calls on the lab worker, started at the first
 * of them — so the first view never loads the lab's code. And each worker offers the calls its
 * lane makes: the engine worker's are the lab worker's but for the lab's own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Engine, type WorkerKind } from '../../src/engine/client';
import { engineCalls } from '../../src/engine/worker-calls';
import { labWorkerApi } from '../../src/engine/worker-lab';

let engine: Engine | null = null;
afterEach(() => engine?.dispose());

/** Workers that answer any call with its name, recording which kind each was spawned as. */
function fakeWorkers() {
  const spawned: WorkerKind[] = [];
  const calls: { kind: WorkerKind; name: string }[] = [];
  const spawn = (kind: WorkerKind) => {
    spawned.push(kind);
    const remote = new Proxy(
      {},
      {
        get: (_, name: string) =>
          name === 'then'
            ? undefined
            : () => {
                calls.push({ kind, name });
                return Promise.resolve(name);
              },
      },
    );
    return { remote: remote as never, terminate: () => undefined, onError: () => undefined };
  };
  return { spawned, calls, spawn };
}

describe('the workers behind the lanes', () => {
  it('start two engine workers at once and the lab worker at its first call', async () => {
    const workers = fakeWorkers();
    engine = new Engine({}, workers.spawn);
    expect(workers.spawned).toEqual(['engine', 'engine']);
    const scenario = {} as never;
    await engine.probe({ type: 'function', name: 'booth' }, [0, 0]);
    await engine.inspect(scenario, 0, 3);
    await engine.sweepChunk(scenario, 0, [0.1]);
    expect(workers.spawned).toEqual(['engine', 'engine', 'lab']);
    expect(workers.calls).toEqual([
      { kind: 'engine', name: 'probe' },
      { kind: 'lab', name: 'inspect' },
      { kind: 'lab', name: 'sweepChunk' },
    ]);
  });

  it('the engine worker offers the engine lanes’ calls, the lab worker those and the lab’s', () => {
    const engineOnly = Object.keys(engineCalls).sort();
    expect(engineOnly).toEqual(
      [
        'crash',
        'decision',
        'openReports',
        'probe',
        'run',
        'runModel',
        'runStream',
        'surface',
        'thumbnails',
      ].sort(),
    );
    for (const name of ['sweepChunk', 'mapChunk', 'inspect', 'cursorVectors', 'curvature'])
      expect(Object.keys(labWorkerApi)).toContain(name);
    // No lab call shadows an engine call.
    expect(Object.keys(labWorkerApi).filter((name) => name in engineCalls)).toEqual([]);
  });
});
