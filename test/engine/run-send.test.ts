/**
 * A run is sent to the worker in the call that asks for it once the report channel is open
 * (src/engine/client.ts, runStream): a slider's input event then has the worker compute while
 * React renders the run card, instead of after it (issue 17, docs/benchmark.md "Session 19").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/client';
import type { Scenario } from '../../src/scenario/types';

const scenario = {
  version: 1,
  problem: { type: 'function', name: 'rosenbrock' },
  start: [-1.5, 2],
  steps: 10,
  seed: 1,
  optimizers: [{ type: 'gd', lr: 1e-3 }],
} as Scenario;

let engine: Engine | null = null;
afterEach(() => engine?.dispose());

describe('Engine.runStream', () => {
  it('sends the run at once when the report channel is open, and waits for it before', async () => {
    const sent: number[] = [];
    const remote = {
      openReports: async () => undefined,
      // No report: a count of 0 finishes the stream.
      runStream: async (_scenario: Scenario, _method: unknown, stream: number) => {
        sent.push(stream);
        return 0;
      },
    };
    engine = new Engine({}, () => ({
      remote: remote as never,
      terminate: () => undefined,
      onError: () => undefined,
    }));
    const first = engine.runStream(scenario, null, () => undefined);
    expect(sent).toEqual([]); // the channel's port is still on its way to the worker
    expect((await first).status).toBe('done');
    expect(sent).toHaveLength(1);

    const second = engine.runStream(scenario, null, () => undefined);
    expect(sent).toHaveLength(2); // in this call, before any await
    expect((await second).status).toBe('done');
  });
});
