/**
 * L-BFGS streamed to the page (src/engine/run-stream.ts, run-assembler.ts): its evaluations per
 * point and its line search's trial points arrive with the points, in any report order, equal to
 * the core's run() once complete; a first-order run carries none.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/run';
import { RunAssembler } from '../../src/engine/run-assembler';
import { driveStream, RunStream, type StreamReport } from '../../src/engine/run-stream';
import { scenarioOn } from '../helpers';

const ticking = () => {
  let t = 0;
  return () => (t += 7);
};

describe('L-BFGS streamed', () => {
  it('brings run()’s evaluations and trial points, whatever the order of the reports', () => {
    const s = scenarioOn(
      'rosenbrock',
      [
        { type: 'lbfgs', lr: 1, lineSearchFn: 'strong-wolfe' },
        { type: 'adam', lr: 0.05 },
      ],
      { start: [-1.5, 2], steps: 400 },
    );
    const whole = run(s);
    const reports: StreamReport[] = [];
    const now = ticking();
    driveStream(new RunStream(s, null, now), (report) => reports.push(report), {
      chunkMs: 10,
      reportEveryMs: 10,
      now,
    });
    expect(reports.length).toBeGreaterThan(2);
    const assembler = new RunAssembler();
    // Reversed: every report but the first arrives before the one that sizes the arrays.
    for (const report of [...reports].reverse()) assembler.apply(report);
    expect(assembler.complete).toBe(true);
    const [lbfgs, adam] = assembler.results();
    expect(lbfgs!.evaluations).toEqual(whole[0]!.evaluations);
    expect(lbfgs!.trialPoints).toEqual(whole[0]!.trialPoints);
    expect(lbfgs!.trialPoints!.length).toBeGreaterThan(0);
    expect(adam!.evaluations).toBeUndefined();
  });
});
