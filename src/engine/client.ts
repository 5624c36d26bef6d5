/** The main thread's handle on the engine worker (types only cross the boundary). */
import { wrap, type Remote } from 'comlink';
import type { EngineApi } from './api';

export function createEngine(): { api: Remote<EngineApi>; terminate(): void } {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
    type: 'module',
  });
  return { api: wrap<EngineApi>(worker), terminate: () => worker.terminate() };
}
