import { describe, expect, it } from 'vitest';
import { buildProblem, describeProblem } from '../../src/core/problems';
import { run } from '../../src/core/run';
import { ExpressionError } from '../../src/core/expression';
import type { Scenario } from '../../src/scenario/types';

const scenario = (problem: Scenario['problem']): Scenario => ({
  version: 1,
  problem,
  start: [-1.5, 2],
  steps: 300,
  seed: 4,
  optimizers: [
    { type: 'gd', lr: 0.001 },
    { type: 'adam', lr: 0.05 },
    { type: 'nesterov', lr: 0.0005 },
  ],
});

describe('expression problems', () => {
  it('a typed-out Rosenbrock runs as the built-in one does (same points to 1e-12)', () => {
    const typed = run(scenario({ type: 'expression', expr: '(1-x)^2 + 100*(y-x^2)^2' }));
    const builtIn = run(scenario({ type: 'function', name: 'rosenbrock' }));
    typed.forEach((result, r) => {
      const expected = builtIn[r]!;
      expect(result.divergedAt).toBe(expected.divergedAt);
      expect(result.trajectory.length).toBe(expected.trajectory.length);
      result.trajectory.forEach((value, i) => {
        const want = expected.trajectory[i]!;
        expect(Math.abs(value - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
      });
    });
  });

  it('stops a run that walks into a region where the formula is not finite', () => {
    // log(x) is NaN for x < 0: a run heading left stops there, marked as diverged.
    const [result] = run({
      ...scenario({ type: 'expression', expr: 'log(x) + y^2' }),
      start: [0.5, 1],
      optimizers: [{ type: 'gd', lr: 1 }],
    });
    expect(result!.divergedAt).not.toBeNull();
    expect(Array.from(result!.loss).every(Number.isFinite)).toBe(true);
  });

  it('has the window, start and title of a new formula, and no known minimum', () => {
    const { info, dim } = describeProblem({ type: 'expression', expr: 'x^2 + y^2' });
    expect(dim).toBe(2);
    expect(info).toMatchObject({
      title: 'Your formula',
      formula: 'x^2 + y^2',
      view: { x: [-3, 3], y: [-3, 3] },
      start: [-2.2, 1.6],
      fMin: null,
      minima: [],
    });
  });

  it('starts where f and ∇f are finite: sqrt(x) and log(x·y) start on the right', () => {
    expect(describeProblem({ type: 'expression', expr: 'sqrt(x) + y^2' }).info.start).toEqual([
      2.2, 1.6,
    ]);
    expect(describeProblem({ type: 'expression', expr: 'log(x*y)' }).info.start).toEqual([
      2.2, 1.6,
    ]);
  });

  it('building a formula that does not parse throws the expression error, with its place', () => {
    expect(() => buildProblem({ type: 'expression', expr: 'x +* y' })).toThrow(ExpressionError);
  });
});
