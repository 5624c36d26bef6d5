/**
 * The claims of the preset on overfitting (src/presets/presets-data.ts; docs/models.md,
 * "Overfitting and early stopping"), checked against the runs: the network's size and the
 * split's, gradient descent's training loss falling at every step while its validation loss
 * turns up at step 54 and rises at every step after it, Adam on batches of 32 overfitting sooner
 * with its validation accuracy unchanged. Merged into presets.test.ts's expectations, as
 * newton-expectations.ts.
 */
import { expect } from 'vitest';
import { lowestValidationStep } from '../../src/core/early-stopping';
import { runBatches } from '../../src/core/epochs';
import { buildProblem } from '../../src/core/problems';
import type { RunResult } from '../../src/core/run';
import type { Preset } from '../../src/presets/presets';
import { runBatchLimit } from '../../src/scenario/run-batch';

type Expectation = (runs: RunResult[], preset: Preset) => void;

const validation = (r: RunResult) => r.scores!.validationLoss!;
const validationAccuracy = (r: RunResult) => r.scores!.validationAccuracy!;

export const DATA_EXPECTATIONS: Record<string, Expectation> = {
  overfitting: ([gd, adam], preset) => {
    const problem = buildProblem(preset.scenario.problem);
    // "This 30-64-2 network has 2,114 weights for only 227 training rows (171 … 171 …)".
    expect(problem.layout!.map((g) => [g.rows, g.cols])).toEqual([
      [64, 30],
      [64, 1],
      [2, 64],
      [2, 1],
    ]);
    expect(problem.dim).toBe(2114);
    expect(problem.heldOut!.sizes).toEqual({ training: 227, validation: 171, test: 171 });
    const last = preset.scenario.steps;
    expect(last).toBe(600);
    expect(gd!.divergedAt).toBeNull();
    expect(adam!.divergedAt).toBeNull();

    // Gradient descent (the full batch: its loss is the whole training loss) "keeps falling,
    // from 0.061 at step 54 to 0.008 at step 600".
    for (let k = 1; k <= last; k++) expect(gd!.loss[k]).toBeLessThan(gd!.loss[k - 1]!);
    expect(gd!.loss[54]).toBeCloseTo(0.061, 3);
    expect(gd!.loss[last]).toBeCloseTo(0.008, 3);
    // "the validation loss is lowest at step 54, at 0.094, and rises at every step after it to 0.155".
    const v = validation(gd!);
    expect(lowestValidationStep(v)).toBe(54);
    expect(v[54]).toBeCloseTo(0.094, 3);
    for (let k = 55; k <= last; k++) expect(v[k]).toBeGreaterThan(v[k - 1]!);
    expect(v[last]).toBeCloseTo(0.155, 3);

    // "Adam on batches of 32, 8 to an epoch": 227 rows, seven batches of 32 and one of 3.
    const adamSpec = preset.scenario.optimizers[1]!;
    expect(adamSpec.batchSize).toBe(32);
    expect(runBatches(adamSpec.batchSize, runBatchLimit(preset.scenario.problem)!)).toEqual({
      mode: 'mini-batch',
      size: 32,
      rows: 227,
      perEpoch: 8,
    });
    expect(preset.scenario.optimizers[0]!.batchSize).toBeUndefined();
    // "overfits sooner: its validation loss is lowest at step 17 and 3.7 times as high at step 600".
    const w = validation(adam!);
    const best = lowestValidationStep(w)!;
    expect(best).toBe(17);
    expect(best).toBeLessThan(lowestValidationStep(v)!);
    expect(w[last]! / w[best]!).toBeCloseTo(3.7, 1);
    // "yet its validation accuracy is 97.7% at both" (167 of 171 rows), and gradient descent's too.
    const accuracy = validationAccuracy(adam!);
    expect(accuracy[best]).toBe(167 / 171);
    expect(accuracy[last]).toBe(167 / 171);
    expect(100 * accuracy[best]!).toBeCloseTo(97.7, 1);
    // Meanwhile it fits the training rows: the full training loss at its end is below 0.001.
    const end = adam!.trajectory.subarray(last * problem.dim, (last + 1) * problem.dim);
    expect(problem.value(end)).toBeLessThan(1e-3);
    expect(problem.value(end)).toBeLessThan(
      problem.value(adam!.trajectory.subarray(best * problem.dim, (best + 1) * problem.dim)),
    );
  },
};
