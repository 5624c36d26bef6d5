/**
 * The work budget counts Newton's Hessian (issue 21; src/core/budget.ts, hessianUnits): a
 * second-order run's step costs its Hessian-vector products and eigendecomposition on top of the
 * step, so a long Newton run on a network is shortened where a first-order run is not.
 */
import { describe, expect, it } from 'vitest';
import { budgetScenario, hessianUnits, runStepUnits, stepUnits } from '../../src/core/budget';
import type { ProblemSpec, Scenario } from '../../src/scenario/types';

const net: ProblemSpec = { type: 'mlp', hidden: [16] }; // 65 parameters, 200 points

describe('Newton’s Hessian in the work budget', () => {
  it('adds n products and an n³ eigendecomposition to a model’s step, two steps to a formula’s', () => {
    expect(hessianUnits(net)).toBe(3 * 65 * 65 * 200 + 4 * 65 ** 3);
    expect(runStepUnits(net, { type: 'newton', lr: 1 })).toBe(stepUnits(net) + hessianUnits(net));
    expect(runStepUnits(net, { type: 'adam', lr: 0.01 })).toBe(stepUnits(net));
    const rosenbrock: ProblemSpec = { type: 'function', name: 'rosenbrock' };
    expect(runStepUnits(rosenbrock, { type: 'newton', lr: 1 })).toBe(3 * stepUnits(rosenbrock));
  });

  it('shortens a long Newton run on a network, and leaves the same run of Adam alone', () => {
    const scenario = (type: 'newton' | 'adam'): Scenario => ({
      version: 1,
      problem: net,
      start: [],
      steps: 2000,
      seed: 1,
      optimizers: [{ type, lr: type === 'newton' ? 1 : 0.01 }],
    });
    const newton = budgetScenario(scenario('newton'));
    expect(newton.reduced?.steps?.to).toBeLessThan(2000);
    expect(newton.reduced!.steps!.to).toBeGreaterThan(50);
    expect(budgetScenario(scenario('adam')).reduced).toBeNull();
  });
});
