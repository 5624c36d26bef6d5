import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetNotices,
  budgetScenario,
  scenarioUnits,
  stepUnits,
  WORK_CAP_UNITS,
} from '../../src/core/budget';
import { validateScenario } from '../../src/scenario/validate';
import type { ProblemSpec, Scenario } from '../../src/scenario/types';
import { validScenario } from '../arbitraries/scenario';
import { HEAVIEST_MLP } from '../helpers';

/** Model problems up to the validator's limits (3 × 32 units, 10 000 points). */
const modelProblem: fc.Arbitrary<ProblemSpec> = fc.oneof(
  fc.record({
    type: fc.constant('mlp' as const),
    hidden: fc.array(fc.integer({ min: 1, max: 32 }), { minLength: 1, maxLength: 3 }),
    activation: fc.constantFrom('tanh' as const, 'relu' as const),
    data: fc.record({
      generator: fc.constantFrom('spiral' as const, 'moons' as const),
      n: fc.integer({ min: 4, max: 10_000 }),
    }),
    batchSize: fc.integer({ min: 1, max: 10_000 }),
  }),
  fc.record({
    type: fc.constant('logistic-regression' as const),
    data: fc.record({ n: fc.integer({ min: 4, max: 10_000 }) }),
  }),
);

/** Scenarios of any size: the arbitraries' functions and formulas, and heavy models. */
const anyScenario: fc.Arbitrary<Scenario> = fc.oneof(
  validScenario(1_000_000),
  fc.record({
    version: fc.constant(1 as const),
    problem: modelProblem,
    start: fc.constant([0, 0]).map((start) => [...start]),
    steps: fc.integer({ min: 1, max: 1_000_000 }),
    seed: fc.nat(),
    optimizers: fc.array(fc.constant({ type: 'adam' as const, lr: 0.01 }), {
      minLength: 1,
      maxLength: 8,
    }),
  }),
);

describe('the work budget', () => {
  it('brings every scenario to at most the cap, keeps what it does not reduce, and is idempotent', () => {
    fc.assert(
      fc.property(anyScenario, (scenario) => {
        const { scenario: budgeted, reduced } = budgetScenario(scenario);
        expect(scenarioUnits(budgeted)).toBeLessThanOrEqual(WORK_CAP_UNITS);
        expect(budgeted.steps).toBeGreaterThanOrEqual(1);
        expect(budgeted.optimizers.length).toBeGreaterThanOrEqual(1);
        expect(budgeted.problem).toBe(scenario.problem);
        expect(budgeted.optimizers).toEqual(
          scenario.optimizers.slice(0, budgeted.optimizers.length),
        );
        expect(budgetScenario(budgeted).reduced).toBeNull();
        if (reduced)
          expect(budgetNotices({ scenario: budgeted, reduced }).length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('returns a scenario under the cap unchanged (the same object)', () => {
    fc.assert(
      fc.property(anyScenario, (scenario) => {
        fc.pre(scenarioUnits(scenario) <= WORK_CAP_UNITS);
        const result = budgetScenario(scenario);
        expect(result.scenario).toBe(scenario);
        expect(result.reduced).toBeNull();
        expect(budgetNotices(result)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('reduced valid scenarios stay valid (schedules included)', () => {
    fc.assert(
      fc.property(validScenario(1_000_000), (scenario) => {
        fc.pre(validateScenario(scenario).ok);
        expect(validateScenario(budgetScenario(scenario).scenario).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the 8 × 10⁶ steps of a 2D function and reduces the heaviest link, saying what and why', () => {
    const fn: Scenario = {
      version: 1,
      problem: { type: 'function', name: 'rosenbrock' },
      start: [-1.5, 2],
      steps: 1_000_000,
      seed: 1,
      optimizers: Array.from({ length: 8 }, () => ({ type: 'adam' as const, lr: 0.01 })),
    };
    expect(budgetScenario(fn).scenario).toBe(fn);

    const heavy: Scenario = {
      version: 1,
      problem: { ...HEAVIEST_MLP, activation: 'tanh' },
      start: [0, 0],
      steps: 891,
      seed: 1,
      optimizers: Array.from({ length: 8 }, () => ({ type: 'adam' as const, lr: 0.01 })),
    };
    expect(stepUnits(heavy.problem)).toBeGreaterThan(2241 * 2000);
    const budgeted = budgetScenario(heavy);
    expect(budgeted.scenario.steps).toBeLessThan(891);
    expect(budgeted.scenario.optimizers).toHaveLength(8);
    const [notice] = budgetNotices(budgeted);
    expect(notice).toMatch(
      new RegExp(`^n: reduced from 891 to ${budgeted.scenario.steps} steps: this model is heavy`),
    );
  });
});
