/**
 * A classifier on a table streamed to the page (src/engine/run-stream.ts, run-assembler.ts):
 * its training accuracy, validation loss and accuracy arrive with the points, in any report
 * order, and the test score once every run has finished — equal to the core's run().
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../src/cli/data-files';
import { run } from '../../src/core/run';
import { RunAssembler } from '../../src/engine/run-assembler';
import { driveStream, RunStream, type StreamReport } from '../../src/engine/run-stream';
import type { Scenario } from '../../src/scenario/types';
import { validateScenario } from '../../src/scenario/validate';

beforeAll(() => loadDataSets(['iris']));

const ticking = () => {
  let t = 0;
  return () => (t += 7);
};

function scenario(): Scenario {
  const checked = validateScenario({
    problem: { type: 'softmax-mlp', data: { set: 'iris' }, hidden: [6], batchSize: 30 },
    steps: 40,
    seed: 2,
    optimizers: [
      { type: 'adam', lr: 0.05 },
      { type: 'gd', lr: 0.2, batchSize: 120 },
    ],
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.scenario;
}

describe('a table classifier streamed', () => {
  it('brings the scores of run(), the test score only when complete, whatever the order', () => {
    const s = scenario();
    const whole = run(s);
    const reports: StreamReport[] = [];
    const now = ticking();
    driveStream(new RunStream(s, 'pca', now), (report) => reports.push(report), {
      chunkMs: 10,
      reportEveryMs: 10,
      now,
    });
    expect(reports.length).toBeGreaterThan(2);
    const assembler = new RunAssembler();
    // The last report first: a late first report must not lose what came before it.
    const order = [reports.length - 1, ...reports.keys()].slice(0, reports.length);
    order.forEach((i, k) => {
      assembler.apply(reports[i]!);
      if (k < reports.length - 1)
        for (const result of assembler.results()) expect(result.scores?.test ?? null).toBeNull();
    });
    expect(assembler.complete).toBe(true);
    assembler.results().forEach((result, r) => {
      const want = whole[r]!.scores!;
      expect(result.scores!.accuracy).toEqual(want.accuracy);
      expect(result.scores!.validationLoss).toEqual(want.validationLoss);
      expect(result.scores!.validationAccuracy).toEqual(want.validationAccuracy);
      expect(result.scores!.test).toEqual(want.test);
      expect(result.loss).toEqual(whole[r]!.loss);
    });
    // The accuracy chart's series is the training accuracy.
    expect(assembler.accuracy()![0]).toEqual(whole[0]!.scores!.accuracy);
  });

  it('runs of the 2D classifiers carry no scores', () => {
    const checked = validateScenario({
      problem: { type: 'mlp', hidden: [3], data: { n: 40 } },
      steps: 10,
      optimizers: [{ type: 'adam', lr: 0.05 }],
    });
    if (!checked.ok) throw new Error('invalid');
    const assembler = new RunAssembler();
    driveStream(new RunStream(checked.scenario, 'pca', ticking()), (r) => assembler.apply(r));
    expect(assembler.results()[0]!.scores).toBeUndefined();
    expect(assembler.accuracy()).not.toBeNull();
  });
});
