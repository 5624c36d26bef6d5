import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/run';
import { FIRST_VIEW } from '../../src/state/defaults';
import { mergeRuns, planRun } from '../../src/state/reuse';
import type { Scenario } from '../../src/scenario/types';

const three: Scenario = {
  ...FIRST_VIEW,
  steps: 50,
  problem: { type: 'function', name: 'rosenbrock', noise: 0.5 },
  optimizers: [
    { type: 'gd', lr: 0.001 },
    { type: 'adam', lr: 0.1 },
    { type: 'momentum', lr: 0.0005 },
  ],
};

/** What the app shows after a change: reused runs plus the computed ones. */
function afterChange(previous: Scenario, next: Scenario) {
  const plan = planRun(next, { scenario: previous, results: run(previous) });
  return { plan, results: mergeRuns(plan, plan.toRun ? run(plan.toRun) : []) };
}

describe('reusing untouched runs', () => {
  it('moving one run’s α runs only that run, and the merged results equal a full run', () => {
    const next = {
      ...three,
      optimizers: three.optimizers.map((o, i) => (i === 1 ? { ...o, lr: 0.05 } : o)),
    };
    const { plan, results } = afterChange(three, next);
    expect(plan.toRun?.optimizers).toEqual([{ type: 'adam', lr: 0.05 }]);
    expect(results.map((r) => Array.from(r.trajectory))).toEqual(
      run(next).map((r) => Array.from(r.trajectory)),
    );
  });

  it('removing or reordering runs reuses every remaining one', () => {
    const next = { ...three, optimizers: [three.optimizers[2]!, three.optimizers[0]!] };
    const { plan, results } = afterChange(three, next);
    expect(plan.toRun).toBeNull();
    expect(results.map((r) => Array.from(r.loss))).toEqual(
      run(next).map((r) => Array.from(r.loss)),
    );
  });

  it('a change of problem, start, steps or seed runs everything again', () => {
    for (const next of [
      { ...three, seed: 2 },
      { ...three, steps: 60 },
      { ...three, start: [0, 0] },
      { ...three, problem: { type: 'function' as const, name: 'rosenbrock' } },
    ]) {
      expect(
        planRun(next, { scenario: three, results: run(three) }).toRun?.optimizers,
      ).toHaveLength(3);
    }
  });

  it('without previous results everything runs', () => {
    expect(planRun(three, null).toRun).toEqual(three);
  });
});
