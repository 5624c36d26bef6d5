import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProblem } from '../../src/core/problems';
import { run, runSettings, startRun } from '../../src/core/run';
import { RunAssembler } from '../../src/engine/run-assembler';
import { driveStream, RunStream, type StreamReport } from '../../src/engine/run-stream';
import { runModel } from '../../src/engine/plane';
import type { Scenario } from '../../src/scenario/types';
import { validateScenario } from '../../src/scenario/validate';
import { validScenario } from '../arbitraries/scenario';
import { rosenbrockFromFirstStart } from '../helpers';

const valid = (input: unknown): Scenario => {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
};

/** A clock that moves by `tick` ms at every read: chunks and reports happen by count, not by time. */
const ticking = (tick: number) => {
  let t = 0;
  return () => (t += tick);
};

// No start: a model's starts at its initial weights (the validator fills them in).
const model = {
  version: 1,
  problem: { type: 'mlp', hidden: [4], data: { generator: 'moons', n: 40 } },
  steps: 30,
  seed: 3,
  optimizers: [
    { type: 'adam', lr: 0.05 },
    { type: 'momentum', lr: 0.5 },
  ],
};

describe('the chunked runner', () => {
  it('any chunking gives points bit-identical to the whole run, and every partial is a prefix of it', () => {
    fc.assert(
      fc.property(
        validScenario(120),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        (input, chunks) => {
          const validation = validateScenario(input);
          fc.pre(validation.ok);
          const scenario = validation.ok ? validation.scenario : input;
          const whole = run(scenario);
          const problem = buildProblem(scenario.problem);
          const settings = runSettings(scenario, problem);
          scenario.optimizers.forEach((spec, r) => {
            const stepper = startRun(problem, spec, settings);
            for (let i = 0; !stepper.finished; i++) {
              stepper.advance(chunks[i % chunks.length]!);
              const partial = stepper.partial();
              const n = partial.loss.length;
              expect(partial.loss).toEqual(whole[r]!.loss.subarray(0, n));
              expect(partial.trajectory).toEqual(whole[r]!.trajectory.subarray(0, n * partial.dim));
              expect(partial.gradNorm).toEqual(whole[r]!.gradNorm.subarray(0, n));
            }
            const result = stepper.result();
            expect(result.trajectory).toEqual(whole[r]!.trajectory);
            expect(result.lr).toEqual(whole[r]!.lr);
            expect(result.divergedAt).toBe(whole[r]!.divergedAt);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reports progress as it goes; the reports, in any order, assemble into exactly run()', () => {
    const scenario = valid(
      rosenbrockFromFirstStart(2000, [
        { type: 'gd', lr: 0.001 },
        { type: 'adam', lr: 0.1 },
        { type: 'gd', lr: 0.01 }, // diverges
      ]),
    );
    const reports: StreamReport[] = [];
    const count = driveStream(new RunStream(scenario, null, ticking(1)), (r) => reports.push(r), {
      chunkMs: 3,
      reportEveryMs: 5,
      now: ticking(1),
    });
    expect(count).toBe(reports.length);
    expect(reports.length).toBeGreaterThan(3);
    const done = reports.map((r) => r.done);
    expect(done).toEqual([...done].sort((a, b) => a - b)); // progress only grows
    expect(reports.at(-1)!.finished).toBe(true);
    expect(reports.slice(0, -1).every((r) => !r.finished)).toBe(true);
    // Every run has points before the first run is finished: runs advance together.
    expect(reports[0]!.deltas.every((d) => d.loss.length > 0)).toBe(true);

    const assembler = new RunAssembler();
    for (const report of [...reports].reverse()) assembler.apply(report); // out of order
    expect(assembler.complete).toBe(true);
    const whole = run(scenario);
    const assembled = assembler.results();
    whole.forEach((result, r) => {
      expect(assembled[r]!.trajectory).toEqual(result.trajectory);
      expect(assembled[r]!.loss).toEqual(result.loss);
      expect(assembled[r]!.lr).toEqual(result.lr);
      expect(assembled[r]!.divergedAt).toBe(result.divergedAt);
    });
    expect(whole[2]!.divergedAt).not.toBeNull();
  });

  it('partial results on the main thread are prefixes of the final ones while the stream runs', () => {
    const scenario = valid({ ...model });
    const assembler = new RunAssembler();
    const whole = runModel(scenario, 'pca');
    let partials = 0;
    driveStream(
      new RunStream(scenario, 'pca', ticking(1)),
      (report) => {
        assembler.apply(report);
        if (report.finished) return;
        partials++;
        expect(assembler.plane).not.toBeNull(); // a model's paths can be drawn from the first report
        assembler.results().forEach((partial, r) => {
          const n = partial.loss.length;
          expect(partial.loss).toEqual(whole.runs[r]!.loss.subarray(0, n));
          expect(assembler.accuracy()![r]).toEqual(whole.accuracy![r]!.subarray(0, n));
        });
      },
      { chunkMs: 2, reportEveryMs: 2, now: ticking(1) },
    );
    expect(partials).toBeGreaterThan(0);
    expect(assembler.results().map((r) => r.loss)).toEqual(whole.runs.map((r) => r.loss));
    expect(assembler.accuracy()).toEqual(whole.accuracy);
    expect(assembler.plane!.d1).toEqual(whole.plane.d1);
  });

  it('stops between chunks when asked: nothing more is computed', () => {
    const scenario = valid({ ...model, steps: 200 });
    const stream = new RunStream(scenario, null, ticking(1));
    let chunks = 0;
    const reports: StreamReport[] = [];
    driveStream(stream, (r) => reports.push(r), {
      chunkMs: 1,
      reportEveryMs: 0,
      now: ticking(1),
      shouldStop: () => chunks++ >= 3,
    });
    const done = stream.done;
    expect(stream.finished).toBe(false);
    expect(reports.length).toBe(3);
    expect(reports.every((r) => !r.finished)).toBe(true);
    expect(done).toBeLessThan(2 * 201);
    expect(stream.done).toBe(done);
  });
});
