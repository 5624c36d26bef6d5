/**
 * A run's own batch size (docs/scenario.md, `optimizers[i].batchSize`): validation, the link,
 * the core (bit for bit against the problem's batch size), the step inspector, the budget, run
 * reuse and the run card's menu.
 */
import { describe, expect, it } from 'vitest';
import { scenarioUnits, stepUnits } from '../../src/core/budget';
import { inspectStep } from '../../src/core/inspect';
import { run } from '../../src/core/run';
import { drawsBatches, fitRunBatches, runBatchLimit } from '../../src/scenario/run-batch';
import { validateScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/types';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { mergeRuns, planRun } from '../../src/state/reuse';
import { resetToDefaults } from '../../src/state/run-origins';
import { createAppStore } from '../../src/state/store';
import { runBatchOptions } from '../../src/ui/optimizers/run-batch-options';

const linear = (batchSize?: number): Scenario => ({
  version: 1,
  problem: { type: 'linear-regression', ...(batchSize ? { batchSize } : {}) },
  start: [-1, -2],
  steps: 60,
  seed: 7,
  optimizers: [{ type: 'gd', lr: 0.1 }],
});

const bits = (values: ArrayLike<number>) => Array.from(values);

describe('validation of a run’s batch size', () => {
  it('accepts a whole number 1 … n on a problem on data', () => {
    for (const batchSize of [1, 10, 100]) {
      const result = validateScenario({
        problem: { type: 'linear-regression' },
        optimizers: [{ type: 'gd', lr: 0.1, batchSize }],
      });
      expect(result.ok && result.scenario.optimizers[0]!.batchSize).toBe(batchSize);
    }
  });

  it('refuses 0, a fraction and more than the dataset’s points, naming the field', () => {
    for (const batchSize of [0, 2.5, 101, '5']) {
      const result = validateScenario({
        problem: { type: 'linear-regression' },
        optimizers: [
          { type: 'gd', lr: 0.1 },
          { type: 'adam', lr: 0.1, batchSize },
        ],
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['optimizers[1].batchSize']);
    }
    const mlp = validateScenario({
      problem: { type: 'mlp', data: { n: 40 } },
      optimizers: [{ type: 'adam', lr: 0.01, batchSize: 41 }],
    });
    expect(mlp.ok).toBe(false);
  });

  it('refuses it on a function, saying that only a problem on data takes one', () => {
    const result = validateScenario({
      problem: { type: 'function', name: 'rosenbrock' },
      optimizers: [{ type: 'gd', lr: 0.001, batchSize: 1 }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.path).toBe('optimizers[0].batchSize');
      expect(result.errors[0]!.message).toMatch(/only a problem on data .*linear-regression/);
    }
  });
});

describe('the link of a run’s batch size', () => {
  it('writes o=gd(lr=0.1,batchSize=1) and reads it back', () => {
    const scenario: Scenario = {
      ...linear(),
      optimizers: [
        { type: 'gd', lr: 0.1, batchSize: 1, label: 'one', color: '#0072b2' },
        { type: 'gd', lr: 0.1, batchSize: 10, color: '#d55e00' },
        { type: 'gd', lr: 0.1, color: '#009e73' },
      ],
    };
    const link = encodeLink({ scenario, view: DEFAULT_VIEW });
    expect(link).toContain('o=gd(lr=0.1,batchSize=1,label=one)');
    expect(link).toContain('&o=gd(lr=0.1,batchSize=10)&o=gd(lr=0.1)');
    const decoded = decodeLink(link);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state.scenario.optimizers.map((o) => o.batchSize)).toEqual([1, 10, undefined]);
  });

  it('drops a batch size on a function with a notice, keeping the run', () => {
    const { state, notices } = decodeLink('v=1&p=rosenbrock&o=gd(lr=0.001,batchSize=1)');
    expect(state.scenario.optimizers).toHaveLength(1);
    expect(state.scenario.optimizers[0]!.batchSize).toBeUndefined();
    expect(JSON.stringify(notices)).toMatch(/batchSize.*only a problem on data/);
  });
});

describe('the core with a run’s batch size', () => {
  it('a run with batchSize 1 is, bit for bit, the problem with batchSize 1', () => {
    const own = run({ ...linear(), optimizers: [{ type: 'gd', lr: 0.1, batchSize: 1 }] })[0]!;
    const problems = run(linear(1))[0]!;
    expect(bits(own.trajectory)).toEqual(bits(problems.trajectory));
    expect(bits(own.loss)).toEqual(bits(problems.loss));
  });

  it('without its own size a run is the problem’s, unchanged; n or more is the full batch', () => {
    const batched = linear(5);
    const absent = run(batched)[0]!;
    const same = run({ ...batched, optimizers: [{ type: 'gd', lr: 0.1 }] })[0]!;
    expect(bits(same.trajectory)).toEqual(bits(absent.trajectory));
    const full = run({ ...batched, optimizers: [{ type: 'gd', lr: 0.1, batchSize: 100 }] })[0]!;
    expect(bits(full.trajectory)).toEqual(bits(run(linear())[0]!.trajectory));
  });

  it('three runs on the same data take three different paths, each its own', () => {
    const scenario: Scenario = {
      ...linear(),
      optimizers: [
        { type: 'gd', lr: 0.1, batchSize: 1 },
        { type: 'gd', lr: 0.1, batchSize: 10 },
        { type: 'gd', lr: 0.1 },
      ],
    };
    const [one, ten, full] = run(scenario).map((r) => bits(r.trajectory));
    expect(one).not.toEqual(ten);
    expect(ten).not.toEqual(full);
    expect(ten).toEqual(bits(run(linear(10))[0]!.trajectory));
  });

  it('on a classifier too: a run’s size equals the problem’s', () => {
    const base: Scenario = {
      version: 1,
      problem: { type: 'logistic-regression', data: { n: 40 } },
      start: [0, 0, 0],
      steps: 30,
      seed: 3,
      optimizers: [{ type: 'adam', lr: 0.05, batchSize: 8 }],
    };
    const own = run(base)[0]!;
    const problems = run({
      ...base,
      problem: { ...base.problem, batchSize: 8 } as Scenario['problem'],
      optimizers: [{ type: 'adam', lr: 0.05 }],
    })[0]!;
    expect(bits(own.trajectory)).toEqual(bits(problems.trajectory));
  });

  it('the step inspector replays a run with its own batch size and noise', () => {
    const scenario: Scenario = {
      ...linear(),
      problem: { type: 'linear-regression', noise: 0.1 },
      steps: 12,
      optimizers: [
        { type: 'gd', lr: 0.1 },
        { type: 'momentum', lr: 0.05, batchSize: 3 },
      ],
    };
    const result = run(scenario)[1]!;
    for (let k = 0; k < scenario.steps; k++) {
      const ins = inspectStep(scenario, 1, k)!;
      expect(ins.next).toEqual(bits(result.trajectory.subarray(2 * k + 2, 2 * k + 4)));
    }
  });
});

describe('the budget counts each run’s batch work', () => {
  it('a one-sample run costs less than a full-batch run’s step plus a batch of 50', () => {
    const problem = linear().problem;
    expect(stepUnits(problem, 1)).toBe(stepUnits(problem) + 2);
    expect(stepUnits(problem, 100)).toBe(stepUnits(problem));
    expect(stepUnits(linear(5).problem, undefined)).toBe(stepUnits(problem) + 10);
    const two: Scenario = {
      ...linear(),
      optimizers: [
        { type: 'gd', lr: 0.1 },
        { type: 'gd', lr: 0.1, batchSize: 50 },
      ],
    };
    expect(scenarioUnits(two)).toBe(61 * (2 * stepUnits(problem) + 100));
  });
});

describe('reuse', () => {
  it('changing one run’s batch size re-runs only that run', () => {
    const previous: Scenario = {
      ...linear(),
      optimizers: [
        { type: 'gd', lr: 0.1, batchSize: 1 },
        { type: 'gd', lr: 0.1 },
      ],
    };
    const next: Scenario = {
      ...previous,
      optimizers: [{ type: 'gd', lr: 0.1, batchSize: 10 }, previous.optimizers[1]!],
    };
    const plan = planRun(next, { scenario: previous, results: run(previous) });
    expect(plan.toRun?.optimizers).toEqual([{ type: 'gd', lr: 0.1, batchSize: 10 }]);
    expect(plan.reused[1]).not.toBeNull();
    const merged = mergeRuns(plan, run(plan.toRun!));
    expect(merged.map((r) => bits(r.trajectory))).toEqual(run(next).map((r) => bits(r.trajectory)));
  });
});

describe('after a problem change', () => {
  it('a function drops every run’s size; a smaller dataset drops the sizes above its n', () => {
    const runs = [
      { type: 'gd' as const, lr: 0.1, batchSize: 30 },
      { type: 'gd' as const, lr: 0.1 },
    ];
    expect(runBatchLimit({ type: 'function', name: 'sphere' })).toBeNull();
    expect(fitRunBatches(runs, { type: 'function', name: 'sphere' })).toEqual([
      { type: 'gd', lr: 0.1 },
      runs[1],
    ]);
    expect(fitRunBatches(runs, { type: 'linear-regression', data: { n: 20 } })[0]).toEqual({
      type: 'gd',
      lr: 0.1,
    });
    expect(fitRunBatches(runs, { type: 'linear-regression' })).toBe(runs);
  });
});

describe('the store', () => {
  it('sets and unsets a run’s size, keeps it on Reset to defaults, drops it on a function', () => {
    const store = createAppStore();
    store.getState().setScenario(linear());
    store.getState().updateOptimizer(0, { batchSize: 10, lr: 0.3 });
    expect(store.getState().scenario.optimizers[0]).toEqual({ type: 'gd', lr: 0.3, batchSize: 10 });
    expect(resetToDefaults(store.getState().scenario.optimizers[0]!)).toEqual({
      type: 'gd',
      lr: 0.001,
      batchSize: 10,
    });
    store.getState().setProblem({ type: 'linear-regression', data: { n: 50 } });
    expect(store.getState().scenario.optimizers[0]!.batchSize).toBe(10);
    store.getState().setProblem({ type: 'function', name: 'rosenbrock' });
    expect(store.getState().scenario.optimizers[0]).toEqual({ type: 'gd', lr: 0.3 });
    expect(validateScenario(store.getState().scenario).ok).toBe(true);
  });
});

describe('the run card’s batch menu', () => {
  const words = {
    problems: (size: string) => `problem: ${size}`,
    one: 'one',
    full: (n: number) => `full ${n}`,
  };
  it('offers the problem’s, the problem menu’s sizes below n and the full batch', () => {
    const labels = (options: ReturnType<typeof runBatchOptions>) =>
      options?.map((o) => [o.size, o.label]);
    expect(labels(runBatchOptions({ type: 'linear-regression' }, undefined, words))).toEqual([
      [undefined, 'problem: full 100'],
      [1, 'one'],
      [5, '5'],
      [10, '10'],
      [25, '25'],
      [50, '50'],
      [100, 'full 100'],
    ]);
    expect(
      labels(
        runBatchOptions({ type: 'linear-regression', batchSize: 5, data: { n: 20 } }, 7, words),
      ),
    ).toEqual([
      [undefined, 'problem: 5'],
      [1, 'one'],
      [5, '5'],
      [7, '7'],
      [10, '10'],
      [20, 'full 20'],
    ]);
    expect(runBatchOptions({ type: 'function', name: 'sphere' }, undefined, words)).toBeNull();
  });
});

describe('drawsBatches: whether a run records a mini-batch’s loss', () => {
  it('is its own batch size, else the problem’s, below the rows it draws from', () => {
    const mlp = { type: 'mlp' as const, data: { generator: 'moons' as const, n: 200 } };
    expect(drawsBatches({ type: 'adam', lr: 0.01 }, mlp)).toBe(false);
    expect(drawsBatches({ type: 'adam', lr: 0.01, batchSize: 32 }, mlp)).toBe(true);
    expect(drawsBatches({ type: 'adam', lr: 0.01, batchSize: 200 }, mlp)).toBe(false);
    expect(drawsBatches({ type: 'adam', lr: 0.01 }, { ...mlp, batchSize: 10 })).toBe(true);
    expect(drawsBatches({ type: 'gd', lr: 0.1 }, { type: 'function', name: 'booth' })).toBe(false);
  });
});
