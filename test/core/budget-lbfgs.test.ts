/**
 * The work budget counts L-BFGS's function evaluations (issue 21; src/core/budget.ts,
 * extraEvaluations): a step with the strong-Wolfe line search may evaluate f and ∇f 1 + 25 times,
 * and the budget charges the most, so a long run of it on a network is shortened where the same
 * run without the line search is not; and no run ever makes more evaluations than charged.
 */
import { describe, expect, it } from 'vitest';
import {
  budgetScenario,
  evaluationUnits,
  extraEvaluations,
  runStepUnits,
  stepUnits,
} from '../../src/core/budget';
import { run } from '../../src/core/run';
import type { OptimizerSpec, ProblemSpec, Scenario } from '../../src/scenario/types';
import { scenarioOn } from '../helpers';

const net: ProblemSpec = { type: 'mlp', hidden: [16] }; // 65 parameters, 200 points
const wolfe: OptimizerSpec = { type: 'lbfgs', lr: 1, lineSearchFn: 'strong-wolfe' };

describe('L-BFGS’s evaluations in the work budget', () => {
  it('charges 25 more passes over the data a step with the line search, none without', () => {
    expect(extraEvaluations(wolfe)).toBe(25);
    expect(extraEvaluations({ type: 'lbfgs', lr: 1 })).toBe(0);
    expect(extraEvaluations({ type: 'adam', lr: 0.01 })).toBe(0);
    expect(evaluationUnits(net)).toBe(65 * 200);
    expect(runStepUnits(net, wolfe)).toBe(stepUnits(net) + 25 * 65 * 200);
    expect(runStepUnits(net, { type: 'lbfgs', lr: 1 })).toBe(stepUnits(net));
    const rosenbrock: ProblemSpec = { type: 'function', name: 'rosenbrock' };
    expect(runStepUnits(rosenbrock, wolfe)).toBe(26 * stepUnits(rosenbrock));
  });

  it('shortens a long line-searching run on a network, and leaves the run without it alone', () => {
    const scenario = (spec: OptimizerSpec): Scenario => ({
      version: 1,
      problem: net,
      start: [],
      steps: 20000,
      seed: 1,
      optimizers: [spec],
    });
    const searched = budgetScenario(scenario(wolfe));
    expect(searched.reduced?.steps?.to).toBeLessThan(20000);
    expect(budgetScenario(scenario({ type: 'lbfgs', lr: 1 })).reduced).toBeNull();
  });

  it('never sees a step make more evaluations than it charged (Rosenbrock, Himmelblau, Beale)', () => {
    for (const name of ['rosenbrock', 'himmelblau', 'beale']) {
      const [result] = run(scenarioOn(name, [wolfe], { steps: 100 }));
      const evaluations = result!.evaluations!;
      let most = 0;
      for (let k = 1; k < evaluations.length; k++)
        most = Math.max(most, evaluations[k]! - evaluations[k - 1]!);
      expect(most, name).toBeLessThanOrEqual(1 + extraEvaluations(wolfe));
      expect(most, name).toBeGreaterThanOrEqual(1);
    }
  });
});
