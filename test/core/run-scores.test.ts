/**
 * Runs of a classifier with held-out data (src/core/run.ts, run-scores.ts): the training loss,
 * accuracy and validation per point, the test score at the end; a mini-batch run records its
 * batch's loss and takes the same steps as the batches dictate.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../src/cli/data-files';
import { createOptimizer } from '../../src/core/optimizers';
import {
  createSoftmaxClassifier,
  type SoftmaxClassifierOptions,
} from '../../src/core/problems/softmax-classifier';
import { MODEL_BOUNDS } from '../../src/core/problems/models';
import { createRng } from '../../src/core/rng';
import { runOptimizer } from '../../src/core/run';

beforeAll(() => loadDataSets(['wine']));

const WINE: SoftmaxClassifierOptions = {
  name: 'softmax-mlp',
  data: { set: 'wine' },
  fallbackSet: 'wine',
  split: { validation: 0.2, test: 0.2, seed: 3 },
  hidden: [8],
  activation: 'tanh',
  initSeed: 1,
  batchSize: undefined,
};

const settingsOf = (start: readonly number[], steps: number) => ({
  start,
  steps,
  seed: 4,
  noise: 0,
  bounds: MODEL_BOUNDS,
});

describe('runs with held-out scores', () => {
  it('full batch: the training loss, accuracy and validation at every point, the test at the end', () => {
    const problem = createSoftmaxClassifier(WINE);
    const result = runOptimizer(
      problem,
      { type: 'adam', lr: 0.02 },
      settingsOf(problem.info.start, 60),
    );
    const scores = result.scores!;
    expect(scores.accuracy).toHaveLength(61);
    const out = new Float64Array(2);
    for (const k of [0, 17, 60]) {
      const theta = result.trajectory.slice(k * problem.dim, (k + 1) * problem.dim);
      expect(result.loss[k]).toBe(problem.value(theta));
      expect(scores.accuracy[k]).toBe(problem.heldOut!.last.accuracy);
      problem.heldOut!.score('validation', theta, out);
      expect(scores.validationLoss![k]).toBe(out[0]);
      expect(scores.validationAccuracy![k]).toBe(out[1]);
    }
    const last = result.trajectory.slice(60 * problem.dim);
    problem.heldOut!.score('test', last, out);
    expect(scores.test).toEqual({ loss: out[0], accuracy: out[1] });
    // Training works: wine is nearly separable.
    expect(scores.accuracy[60]).toBeGreaterThan(0.9);
    expect(scores.validationAccuracy![60]).toBeGreaterThan(0.8);
    expect(result.loss[60]).toBeLessThan(result.loss[0]! / 4);
  });

  it('mini-batches: each point records its batch loss, and the steps follow the batches', () => {
    const problem = createSoftmaxClassifier({ ...WINE, batchSize: 16 });
    const steps = 30;
    const result = runOptimizer(
      problem,
      { type: 'gd', lr: 0.3 },
      settingsOf(problem.info.start, steps),
    );
    // The same run by hand: the batch sampler from the run's seed, gradient descent.
    const sample = problem.createBatchGradient!(createRng(4));
    const optimizer = createOptimizer({ type: 'gd', lr: 0.3 }, problem.dim, problem);
    const theta = Float64Array.from(problem.info.start);
    const grad = new Float64Array(problem.dim);
    for (let k = 0; k <= steps; k++) {
      sample(theta, grad);
      expect(result.loss[k]).toBe(problem.heldOut!.last.loss);
      expect(result.scores!.accuracy[k]).toBe(problem.heldOut!.last.accuracy);
      expect(result.gradNorm[k]).toBeCloseTo(Math.hypot(...grad), 14);
      expect([...result.trajectory.slice(k * problem.dim, (k + 1) * problem.dim)]).toEqual([
        ...theta,
      ]);
      if (k < steps) optimizer.step(theta, grad, 0.3);
    }
  });

  it('a diverging run is scored on the test part at its last valid point', () => {
    const problem = createSoftmaxClassifier({ ...WINE, split: { validation: 0, test: 0.3 } });
    const result = runOptimizer(
      problem,
      { type: 'gd', lr: 5e4 },
      settingsOf(problem.info.start, 40),
    );
    expect(result.divergedAt).not.toBeNull();
    const points = result.divergedAt!;
    expect(result.scores!.accuracy).toHaveLength(points);
    expect(result.scores!.validationLoss).toBeNull();
    const out = new Float64Array(2);
    problem.heldOut!.score('test', result.trajectory.slice((points - 1) * problem.dim), out);
    expect(result.scores!.test).toEqual({ loss: out[0], accuracy: out[1] });
  });
});
