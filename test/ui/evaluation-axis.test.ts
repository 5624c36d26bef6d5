/**
 * The loss chart against evaluations of f (src/plot/evaluation-axis.ts): an L-BFGS run drawn as
 * a step function over the evaluations it spent, the cursor's step mapped to its evaluations and
 * back; a run without a record spends one evaluation a step.
 */
import { describe, expect, it } from 'vitest';
import {
  evaluationOfStep,
  stepOfEvaluation,
  valuesByEvaluations,
} from '../../src/plot/evaluation-axis';
import { countedEvaluations, run } from '../../src/core/run';
import { scenarioOn } from '../helpers';

describe('the evaluation axis', () => {
  const [lbfgs, adam] = run(
    scenarioOn(
      'rosenbrock',
      [
        { type: 'lbfgs', lr: 1, lineSearchFn: 'strong-wolfe' },
        { type: 'adam', lr: 0.05 },
      ],
      { start: [-1.5, 2], steps: 50 },
    ),
  );

  it('holds each point’s loss from the evaluations that reached it to the next point’s', () => {
    const evaluations = lbfgs!.evaluations!;
    const resampled = valuesByEvaluations(lbfgs!.loss, evaluations);
    expect(resampled.length).toBe(evaluations[50]! + 1);
    for (let k = 0; k <= 50; k++) {
      expect(resampled[evaluations[k]!]).toBe(lbfgs!.loss[k]);
      // Between two points, the earlier one's loss: the next is not reached yet.
      if (k < 50 && evaluations[k + 1]! - evaluations[k]! > 1)
        expect(resampled[evaluations[k + 1]! - 1]).toBe(lbfgs!.loss[k]);
    }
    // More evaluations than steps: the line search evaluated f more than once in some step.
    expect(evaluations[50]).toBeGreaterThan(50);
  });

  it('leaves a run without a record as it is: one evaluation a step', () => {
    expect(valuesByEvaluations(adam!.loss, adam!.evaluations)).toBe(adam!.loss);
    expect(Array.from(countedEvaluations(adam!))).toEqual(Array.from({ length: 51 }, (_, k) => k));
    expect(evaluationOfStep(undefined, 17)).toBe(17);
    expect(stepOfEvaluation(undefined, 17)).toBe(17);
  });

  it('maps a step to its evaluations and an evaluation count back to the last point reached', () => {
    const evaluations = lbfgs!.evaluations!;
    for (let k = 0; k <= 50; k++) {
      expect(evaluationOfStep(evaluations, k)).toBe(evaluations[k]);
      expect(stepOfEvaluation(evaluations, evaluations[k]!)).toBe(k);
      if (k > 0 && evaluations[k]! - evaluations[k - 1]! > 1)
        expect(stepOfEvaluation(evaluations, evaluations[k]! - 1)).toBe(k - 1);
    }
  });
});
