// The adapter from the store's results to a condition's context, and conditions checked on
// real runs of src/core (docs/lesson-conditions.md, "What a condition reads").
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/core/run';
import { runModel } from '../../../src/engine/plane';
import type { Condition } from '../../../src/lessons/condition/ast';
import { conditionContextOf } from '../../../src/lessons/condition/context';
import { evaluateCondition, explainCondition } from '../../../src/lessons/condition/evaluate';
import { parseCondition } from '../../../src/lessons/condition/parse';
import { validateScenario } from '../../../src/scenario/validate';
import type { Scenario } from '../../../src/scenario/types';
import { scenarioOn } from '../../helpers';

function ast(text: string): Condition {
  const parsed = parseCondition(text);
  if ('error' in parsed) throw new Error(`${text}: ${parsed.error.message}`);
  return parsed.ast;
}

describe('conditionContextOf', () => {
  it('gives no runs before the first results', () => {
    expect(conditionContextOf({ results: null, accuracy: null })).toEqual({ runs: [] });
  });

  it('reads each run’s hyperparameters (defaults filled), losses, divergence and final point', () => {
    const results = run(
      scenarioOn(
        'rosenbrock',
        [{ type: 'adam', lr: 0.01, label: 'A', schedule: { type: 'constant' } }],
        {
          start: [-1.5, 2],
          steps: 20,
        },
      ),
    );
    const { runs } = conditionContextOf({ results, accuracy: null });
    expect(runs).toHaveLength(1);
    const [adam] = runs;
    // Adam's PyTorch defaults, and nothing but hyperparameters (no type, label or schedule).
    expect(adam!.hyperparams).toEqual({
      lr: 0.01,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      weightDecay: 0,
      biasCorrection: true,
    });
    expect(adam!.loss).toBe(results[0]!.loss); // not a copy
    expect(adam!.divergedAt).toBeNull();
    expect(adam!.accuracy).toBeNull();
    expect(adam!.finalPoint).toEqual(Array.from(results[0]!.trajectory.subarray(40, 42)));
  });

  it('takes the final accuracy of a classifier, θ of many parameters, and no x or y', () => {
    const scenario = valid({
      problem: { type: 'logistic-regression' },
      steps: 60,
      optimizers: [
        { type: 'adam', lr: 0.05 },
        { type: 'momentum', lr: 1e4 }, // leaves the bound within a few steps
      ],
    });
    const { runs, accuracy } = runModel(scenario, 'pca');
    const context = conditionContextOf({ results: runs, accuracy });
    expect(context.runs[0]!.accuracy).toBe(accuracy![0]![60]);
    expect(context.runs[1]!.accuracy).toBe(accuracy![1]!.at(-1));
    expect(context.runs[0]!.finalPoint).toHaveLength(3);
    expect(evaluateCondition(ast('run 1 accuracy > 0.8 and run 1 x == null'), context)).toBe(true);
    expect(evaluateCondition(ast('run 2 divergedAt != null'), context)).toBe(true);
  });

  it('reads a partial run as it is so far (the player judges complete results)', () => {
    const [result] = run(scenarioOn('sphere', [{ type: 'gd', lr: 0.1 }], { steps: 10 }));
    const partial = {
      ...result!,
      loss: result!.loss.subarray(0, 4),
      trajectory: result!.trajectory.subarray(0, 8),
    };
    const context = conditionContextOf({ results: [partial] });
    expect(evaluateCondition(ast('run 1 steps == 3'), context)).toBe(true);
    expect(context.runs[0]!.finalPoint).toEqual(Array.from(result!.trajectory.subarray(6, 8)));
  });
});

function valid(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

describe('conditions on real runs', () => {
  // Booth is a quadratic with Hessian [[10, 8], [8, 10]], so L = 18: gradient descent is stable
  // exactly for α < 2/18 ≈ 0.111 (docs/functions.md; test/core/run.test.ts checks the runs).
  const booth = (lr: number) =>
    conditionContextOf({
      results: run(scenarioOn('booth', [{ type: 'gd', lr }], { start: [-5, -5], steps: 2000 })),
    });

  it('“drag α until gradient descent diverges”: run 1 divergedAt != null is true above 2/L only', () => {
    const task = ast('run 1 divergedAt != null');
    expect(evaluateCondition(task, booth(0.12))).toBe(true);
    expect(evaluateCondition(task, booth(0.1))).toBe(false);
    expect(evaluateCondition(task, booth(0.01))).toBe(false);
  });

  it('“get Adam below loss 1e-3 within 200 steps”, with the values the player shows', () => {
    const task = ast('run 1 stepsTo 1e-3 != null and run 1 stepsTo 1e-3 <= 200');
    const adam = (lr: number) =>
      conditionContextOf({
        results: run(
          scenarioOn('sphere', [{ type: 'adam', lr }], { start: [2.5, -2], steps: 300 }),
        ),
      });
    expect(evaluateCondition(task, adam(0.1))).toBe(true);
    expect(evaluateCondition(task, adam(0.001))).toBe(false);
    const slow = explainCondition(task, adam(0.001));
    expect(slow.comparisons.map((c) => c.cases[0]!.left)).toEqual([null, null]);
    const fast = explainCondition(task, adam(0.1)).comparisons[1]!.cases[0]!;
    expect(fast.left).toBeLessThanOrEqual(200);
  });
});
