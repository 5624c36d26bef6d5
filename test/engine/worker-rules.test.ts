/**
 * A worker's calls await the rules of their scenario (src/engine/worker-rules.ts, issue 17): the
 * engine's run does not start before the rules of its types are loaded, whatever the order the
 * loads finish in, and a call that meets a rule not loaded all the same loads it and is made
 * again, once.
 */
import { describe, expect, it } from 'vitest';
import { RuleNotLoaded } from '../../src/core/optimizers/rule-store';
import { engineApi } from '../../src/engine/api';
import { scenarioTypes, withRules } from '../../src/engine/worker-rules';
import type { Scenario } from '../../src/scenario/types';

const SCENARIO: Scenario = {
  version: 1,
  problem: { type: 'function', name: 'rosenbrock' },
  start: [-1.5, 2],
  steps: 30,
  seed: 1,
  optimizers: [
    { type: 'lbfgs', lr: 1 },
    { type: 'adafactor', lr: 0.01 },
  ],
};

describe('scenarioTypes', () => {
  it('lists the optimizer types of a scenario, and nothing for any other argument', () => {
    expect(scenarioTypes(SCENARIO)).toEqual(['lbfgs', 'adafactor']);
    expect(scenarioTypes({ type: 'function', name: 'rosenbrock' })).toEqual([]);
    expect(scenarioTypes({ optimizers: 'adam' })).toEqual([]);
    expect(scenarioTypes(null)).toEqual([]);
    expect(scenarioTypes(3)).toEqual([]);
  });
});

describe('withRules', () => {
  it('makes the engine’s run only once its scenario’s rules are loaded', async () => {
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const ensure = async (types: Iterable<unknown>) => {
      log.push(`ensure ${[...types].join(',')}`);
      await gate;
      log.push('loaded');
    };
    const api = withRules(
      {
        run: (scenario: Scenario) => {
          log.push('run');
          return engineApi.run(scenario);
        },
      },
      ensure,
    );
    const running = api.run(SCENARIO);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['ensure lbfgs,adafactor']);
    release();
    const results = await running;
    expect(log).toEqual(['ensure lbfgs,adafactor', 'loaded', 'run']);
    expect(results.map((r) => r.loss.length)).toEqual([31, 31]);
  });

  it('loads a rule a call meets unloaded and makes the call again, once', async () => {
    const ensured: unknown[][] = [];
    let loaded = false;
    const api = withRules(
      {
        inspect: (runIndex: number) => {
          if (!loaded) throw new RuleNotLoaded('lion');
          return runIndex;
        },
        stuck: () => {
          throw new RuleNotLoaded('radam');
        },
      },
      async (types) => {
        const list = [...types];
        ensured.push(list);
        if (list.includes('lion')) loaded = true;
      },
    );
    await expect(api.inspect(4)).resolves.toBe(4);
    expect(ensured).toEqual([[], ['lion']]);
    // Loaded and still missing: the error goes through instead of a loop.
    await expect(api.stuck()).rejects.toThrow('update rule not loaded: radam');
  });
});
