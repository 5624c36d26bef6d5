/**
 * The engine worker's calls for learning-rate sweeps; spread into the worker's API. The main
 * thread asks for one chunk of α at a time (a few tens of milliseconds of work), so it can show
 * progress, and cancelling is simply not asking for the next chunk.
 */
import { sweepScenario, type SweepChunk } from '../core/sweep';
import type { Scenario } from '../scenario/types';
import { workerValidated } from './worker-validate';

/** Most α per call: a guard against a caller asking for an unbounded amount of work at once. */
export const MAX_SWEEP_CHUNK = 240;

export const sweepWorkerApi = {
  /**
   * Run `runIndex` of `scenario` again at each α of `lrs` (validated first: the worker trusts no
   * caller). Plain numbers out: a chunk is a few hundred bytes, not worth transferring.
   */
  sweepChunk(scenario: Scenario, runIndex: number, lrs: number[]): SweepChunk {
    const valid = workerValidated(scenario);
    if (!Array.isArray(lrs) || lrs.length > MAX_SWEEP_CHUNK) {
      throw new Error(`lrs: a list of at most ${MAX_SWEEP_CHUNK} learning rates`);
    }
    if (!lrs.every((lr) => typeof lr === 'number' && Number.isFinite(lr) && lr >= 0)) {
      throw new Error('lrs: every learning rate must be a finite number ≥ 0');
    }
    return sweepScenario(valid, runIndex, lrs);
  },
};
