/**
 * What the course's step on training, validation and test says (chapter 9, issue 22; the preset
 * overfitting), checked on the step's runs: the network and the split, gradient descent's
 * training loss falling at every step while its validation loss turns up at step 54, Adam on
 * batches of 32 turning at step 17 with its validation accuracy unchanged, and the teacher's note
 * on patience (both validation losses fall at every step up to their lowest).
 */
import { expect } from 'vitest';
import { lowestValidationStep } from '../../src/core/early-stopping';
import { runBatches } from '../../src/core/epochs';
import { buildProblem } from '../../src/core/problems';
import { runBatchLimit } from '../../src/scenario/run-batch';
import { getPreset } from '../../src/presets/presets';
import type { Claims } from './course-claims';

export const CLAIMS_10: Claims = {
  'Training, validation and test: overfitting': ({ scenario, runs, view }) => {
    // The step's runs are the preset's.
    expect(scenario).toEqual(getPreset('overfitting')!.scenario);
    expect(view.selectedRun).toBe(1);
    const problem = buildProblem(scenario.problem);
    // "a 30-64-2 network, 2,114 weights … 30 measurements … malignant from benign … only 227
    // training rows; 171 … validation and 171 for the test".
    expect(problem.dim).toBe(2114);
    expect(problem.layout![0]).toMatchObject({ rows: 64, cols: 30 });
    expect(problem.heldOut!.classes).toBe(2);
    expect(problem.heldOut!.sizes).toEqual({ training: 227, validation: 171, test: 171 });
    const [gd, adam] = runs;
    const last = scenario.steps;
    expect(last).toBe(600);
    // The question: training falls at every one of the 600 steps.
    for (let k = 1; k <= last; k++) expect(gd!.loss[k]).toBeLessThan(gd!.loss[k - 1]!);
    // The answer: lowest at step 54, 0.094, rising at every step to 0.155; training 0.061 → 0.008.
    const v = gd!.scores!.validationLoss!;
    expect(lowestValidationStep(v)).toBe(54);
    expect(v[54]).toBeCloseTo(0.094, 3);
    for (let k = 55; k <= last; k++) expect(v[k]).toBeGreaterThan(v[k - 1]!);
    expect(v[last]).toBeCloseTo(0.155, 3);
    expect(gd!.loss[54]).toBeCloseTo(0.061, 3);
    expect(gd!.loss[last]).toBeCloseTo(0.008, 3);
    // Adam on batches of 32, 8 to an epoch, from step 17; validation accuracy 97.7% at both ends.
    const batches = runBatches(scenario.optimizers[1]!.batchSize, runBatchLimit(scenario.problem)!);
    expect([batches.size, batches.perEpoch]).toEqual([32, 8]);
    const w = adam!.scores!.validationLoss!;
    expect(lowestValidationStep(w)).toBe(17);
    const accuracy = adam!.scores!.validationAccuracy!;
    expect(100 * accuracy[17]!).toBeCloseTo(97.7, 1);
    expect(accuracy[last]).toBe(accuracy[17]);
    // The teacher's note: each validation loss falls at every step up to its lowest, so early
    // stopping with any patience reaches and keeps the marked step.
    for (const [values, best] of [
      [v, 54],
      [w, 17],
    ] as const)
      for (let k = 1; k <= best; k++) expect(values[k]).toBeLessThan(values[k - 1]!);
  },
};
