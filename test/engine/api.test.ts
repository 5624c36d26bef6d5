import { expose, transfer, wrap } from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { buffersOf, engineApi } from '../../src/engine/api';
import { run } from '../../src/core/run';
import type { Scenario } from '../../src/scenario/types';
import { rosenbrockFromFirstStart } from '../helpers';

const scenario = rosenbrockFromFirstStart(100, [
  { type: 'gd', lr: 0.001 },
  { type: 'adam', lr: 0.1 },
]);

describe('the engine API', () => {
  it('crosses a comlink boundary with transferred buffers and the same numbers as run()', async () => {
    const { port1, port2 } = new MessageChannel();
    expose(
      {
        run(s: Scenario) {
          const results = engineApi.run(s);
          return transfer(results, buffersOf(results));
        },
      },
      port1 as never,
    );
    const remote = wrap<{ run(s: Scenario): ReturnType<typeof engineApi.run> }>(port2 as never);
    const results = await remote.run(scenario);
    const expected = run(scenario);
    expect(results).toHaveLength(2);
    results.forEach((r, i) => {
      expect(r.trajectory).toBeInstanceOf(Float64Array);
      expect(Array.from(r.trajectory)).toEqual(Array.from(expected[i]!.trajectory));
    });
    port1.close();
    port2.close();
  });

  it('rejects an invalid scenario with the field and reason', () => {
    expect(() => engineApi.run({ ...scenario, steps: 1e9 })).toThrow(
      /steps: must be at least 1 and at most 1000000/,
    );
  });

  it('probes f, ∇f and the Hessian at a point', () => {
    const probe = engineApi.probe({ type: 'function', name: 'rosenbrock' }, [0, 0.5]);
    // f = 1 + 100·0.25, ∇f = (−2(1 − x) − 400x(y − x²), 200(y − x²)),
    // H = [[2 − 400(y − x²) + 800x², −400x], [−400x, 200]]
    expect(probe).toEqual({ point: [0, 0.5], f: 26, grad: [-2, 100], hessian: [-198, 0, 200] });
  });
});
