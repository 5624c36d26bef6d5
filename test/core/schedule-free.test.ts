/**
 * Schedule-Free beyond its goldens (golden-more.test.ts): the two points a run carries (θ = y, the
 * average x as RunResult.averaged, the loss at x), the stream that carries the average to the
 * page, validation of the reference's bounds, and the stability limit of stability.ts against
 * the (x, z) recurrence it is derived from.
 */
import { describe, expect, it } from 'vitest';
import { stabilityLimit, stepRegime } from '../../src/core/curvature/stability';
import { buildProblem } from '../../src/core/problems';
import { run } from '../../src/core/run';
import { RunAssembler } from '../../src/engine/run-assembler';
import { RunStream } from '../../src/engine/run-stream';
import { validateScenario } from '../../src/scenario/validate';
import { formatCsv, formatJson, formatSummary } from '../../src/cli/format';
import { answerUnits, runStepUnits } from '../../src/core/budget';
import { resolveHyperparams } from '../../src/core/optimizers';
import { averageWeights } from '../../src/core/optimizers/schedule-free';
import { trajectoriesCsv } from '../../src/export/trajectories';
import type { OptimizerSpec, ProblemSpec } from '../../src/scenario/types';
import { scenarioOn } from '../helpers';

const SGD: OptimizerSpec = { type: 'schedule-free-sgd', lr: 0.02, warmupSteps: 10 };
const ADAMW: OptimizerSpec = { type: 'schedule-free-adamw', lr: 0.1 };
const ASGD: OptimizerSpec = { type: 'asgd', lr: 0.01, t0: 5 };

describe('a Schedule-Free run: θ is y, the answer x is RunResult.averaged, the loss is f(x)', () => {
  const scenario = scenarioOn('himmelblau', [SGD, ADAMW, ASGD, { type: 'adam', lr: 0.1 }], {
    start: [0, 0],
    steps: 60,
  });
  const results = run(scenario);
  const problem = buildProblem(scenario.problem);

  it('records f at the average for Schedule-Free and at θ for ASGD and the rest', () => {
    for (const result of results) {
      const answers = result.optimizer.type.startsWith('schedule-free')
        ? result.averaged!
        : result.trajectory;
      for (let k = 0; k < result.loss.length; k++)
        expect(result.loss[k]).toBe(problem.value(answers.subarray(2 * k, 2 * k + 2)));
    }
  });

  it('has an average only where the type keeps one, starting at θ₀', () => {
    expect(results.map((r) => r.averaged !== undefined)).toEqual([true, true, true, false]);
    for (const result of results.slice(0, 3)) {
      expect(result.averaged!.length).toBe(result.trajectory.length);
      expect(Array.from(result.averaged!.subarray(0, 2))).toEqual([0, 0]);
    }
    // Two paths: after the first step (c = 1, x = y = z) they part.
    expect(results[0]!.averaged![2]).toBe(results[0]!.trajectory[2]);
    expect(results[0]!.averaged![10]).not.toBe(results[0]!.trajectory[10]);
  });

  it('the stream, reported in chunks and assembled on the page, carries the same averages', () => {
    let clock = 0;
    const stream = new RunStream(scenario, null, () => (clock += 1));
    const assembler = new RunAssembler();
    while (!stream.finished) {
      stream.step(3);
      assembler.apply(stream.report(false));
    }
    assembler.apply(stream.report(false));
    const assembled = assembler.results();
    results.forEach((result, r) => {
      expect(assembled[r]!.averaged && Array.from(assembled[r]!.averaged!)).toEqual(
        result.averaged ? Array.from(result.averaged) : undefined,
      );
      expect(Array.from(assembled[r]!.loss)).toEqual(Array.from(result.loss));
    });
  });
});

describe('the reference’s first steps on Σx² from (1, 2) at lr 0.1 (docs/optimizers.md#schedule-free-sgd)', () => {
  const steps = (spec: OptimizerSpec, count: number) =>
    run(scenarioOn('sphere', [spec], { start: [1, 2], steps: count }))[0]!;

  it('SGD: x = (0.8, 1.6), (0.72, 1.44), (0.64587, 1.29173); y = (0.8, 1.6), (0.712, 1.424), (0.63104, 1.26208)', () => {
    const result = steps({ type: 'schedule-free-sgd', lr: 0.1 }, 3);
    const x = [0.8, 1.6, 0.72, 1.44, 0.6458666666666667, 1.2917333333333334];
    const y = [0.8, 1.6, 0.712, 1.424, 0.63104, 1.26208];
    Array.from(result.averaged!.subarray(2)).forEach((v, i) => expect(v).toBeCloseTo(x[i]!, 15));
    Array.from(result.trajectory.subarray(2)).forEach((v, i) => expect(v).toBeCloseTo(y[i]!, 15));
  });

  it('AdamW: x₁ = y₁ = (0.9000000005, 1.90000000025); x₂, y₂ as the reference', () => {
    const result = steps({ type: 'schedule-free-adamw', lr: 0.1 }, 2);
    expect(Array.from(result.averaged!.subarray(2, 4))).toEqual([0.9000000005, 1.90000000025]);
    expect(Array.from(result.trajectory.subarray(2, 4))).toEqual([0.9000000005, 1.90000000025]);
    const x2 = [0.8526958088779615, 1.8512974345678528];
    const y2 = [0.8479653897157576, 1.846427177999638];
    Array.from(result.averaged!.subarray(4)).forEach((v, i) => expect(v).toBeCloseTo(x2[i]!, 15));
    Array.from(result.trajectory.subarray(4)).forEach((v, i) => expect(v).toBeCloseTo(y2[i]!, 15));
  });
});

describe('the data exports carry the average beside θ', () => {
  const scenario = scenarioOn('booth', [ASGD, SGD, { type: 'gd', lr: 0.01 }], { steps: 5 });
  const results = run(scenario);

  it('JSON: an `averaged` array of points for the runs that average, none for the others', () => {
    const json = JSON.parse([...formatJson(results)].join('')) as {
      runs: { averaged?: number[][]; trajectory: number[][] }[];
    };
    expect(json.runs.map((r) => r.averaged !== undefined)).toEqual([true, true, false]);
    expect(json.runs[1]!.averaged!.flat()).toEqual(Array.from(results[1]!.averaged!));
    const summary = JSON.parse(formatSummary(results)) as { runs: { finalAveraged?: number[] }[] };
    expect(summary.runs[1]!.finalAveraged).toEqual(Array.from(results[1]!.averaged!.subarray(10)));
  });

  it('CSV (the CLI’s and the app’s): averaged_x, averaged_y columns, empty for the others', () => {
    const cli = [...formatCsv(results)].join('').trim().split('\n');
    expect(cli[0]).toBe('run,optimizer,step,x,y,loss,grad_norm,lr,averaged_x,averaged_y');
    const row = (line: string) => line.split(',');
    // Run 1 (Schedule-Free SGD), step 5: its x; run 2 (gd): empty cells.
    const sf = row(cli.find((line) => line.startsWith('1,schedule-free-sgd,5,'))!);
    expect(sf.slice(-2).map(Number)).toEqual(Array.from(results[1]!.averaged!.subarray(10)));
    expect(row(cli.find((line) => line.startsWith('2,gd,5,'))!).slice(-2)).toEqual(['', '']);
    const app = [...trajectoriesCsv(results, { names: ['a', 'b', 'c'] })].join('').split('\n');
    expect(app[0]!.endsWith(',averaged_x,averaged_y')).toBe(true);
  });
});

describe('the work budget counts f at the average', () => {
  it('a Schedule-Free step costs an f more than SGD’s; ASGD’s average is free', () => {
    const problems: ProblemSpec[] = [
      { type: 'function', name: 'booth' },
      { type: 'mlp', hidden: [8], data: { generator: 'moons', n: 100 } },
    ];
    for (const problem of problems) {
      const sgd = runStepUnits(problem, { type: 'gd', lr: 0.1 });
      expect(runStepUnits(problem, { type: 'schedule-free-sgd', lr: 0.1 })).toBe(
        sgd + answerUnits(problem),
      );
      expect(runStepUnits(problem, { type: 'asgd', lr: 0.1 })).toBe(sgd);
      expect(answerUnits(problem)).toBeGreaterThan(0);
    }
  });
});

describe('validation: the reference class’s bounds', () => {
  it('refuses momentum 0 or 1 for Schedule-Free SGD, as SGDScheduleFreeReference raises', () => {
    for (const momentum of [0, 1]) {
      const checked = validateScenario(
        scenarioOn('booth', [{ type: 'schedule-free-sgd', lr: 0.1, momentum }]),
      );
      expect(checked.ok).toBe(false);
    }
    expect(
      validateScenario(scenarioOn('booth', [{ type: 'schedule-free-sgd', lr: 0.1, momentum: 0.5 }]))
        .ok,
    ).toBe(true);
  });
});

/**
 * The (x, z) recurrence on a 1-D quadratic of curvature λ with the average's weight c frozen:
 * z ← z − aλ·y (a = ηλ folded), x ← (1 − c)x + c·z, y ← βx + (1 − β)z. Returns |x| + |z| after
 * `steps` steps from x = z = 1.
 */
function frozenRecurrence(a: number, beta: number, c: number, steps: number): number {
  let x = 1;
  let z = 1;
  for (let k = 0; k < steps; k++) {
    const y = beta * x + (1 - beta) * z;
    z = z - a * y;
    x = (1 - c) * x + c * z;
  }
  return Math.abs(x) + Math.abs(z);
}

describe('stability: Schedule-Free’s limit is its recurrence’s', () => {
  it('is gradient descent’s 2/α at the first step, 2/(α(1 − β)) late, lowered by SGD’s L2 decay', () => {
    const spec: OptimizerSpec = { type: 'schedule-free-sgd', lr: 0.1, momentum: 0.9 };
    expect(stabilityLimit(spec, 0.1, undefined, 1).limit).toBeCloseTo(20, 10);
    expect(stabilityLimit(spec, 0.1).limit).toBeCloseTo(200, 10);
    const decayed = { ...spec, weightDecay: 0.5 };
    expect(stabilityLimit(decayed, 0.1).limit).toBeCloseTo(199.5, 10);
    // Warm-up: step 1 of 10 takes lr/10, so its limit is ten times higher.
    expect(stabilityLimit({ ...spec, warmupSteps: 10 }, 0.1, undefined, 1).limit).toBeCloseTo(
      200,
      10,
    );
    expect(stabilityLimit(ADAMW, 0.1).on).toBe('preconditioned');
  });

  it('past its first 16 steps the limit uses a summed weight within 0.2 % of the exact sum', () => {
    for (const spec of [
      { type: 'schedule-free-sgd', lr: 0.1, momentum: 0.9 },
      { type: 'schedule-free-sgd', lr: 0.1, r: 2, warmupSteps: 50 },
      { type: 'schedule-free-adamw', lr: 0.05, r: 4, weightLrPower: 1, warmupSteps: 500 },
    ] as OptimizerSpec[]) {
      const hp = resolveHyperparams(spec);
      const into = { lrK: 0, lrMax: 0, weightSum: 0, ckp1: 0 };
      let lrMax = -1;
      let weightSum = 0;
      for (let k = 0; k < 1000; k++) {
        averageWeights(hp, spec.lr, k, lrMax, weightSum, into);
        ({ lrMax, weightSum } = into);
        if (![17, 40, 200, 999].includes(k)) continue;
        // Rebuild the critical a from the limit (no decay here) and read c back from it.
        const beta = spec.type === 'schedule-free-sgd' ? hp.momentum : hp.beta1;
        const limit = stabilityLimit(spec, spec.lr, undefined, k + 1);
        const a = limit.limit * into.lrK;
        const c = (4 - 2 * a * (1 - beta)) / (2 + a * (2 * beta - 1));
        expect(Math.abs(c - into.ckp1) / into.ckp1, `${spec.type} ${k}`).toBeLessThan(2e-3);
      }
    }
  });

  it('says diverging exactly where the frozen recurrence grows, at steps 1, 3, 10 and late', () => {
    const lr = 0.1;
    const beta = 0.9;
    const spec: OptimizerSpec = { type: 'schedule-free-sgd', lr, momentum: beta };
    for (const step of [1, 3, 10, undefined]) {
      const limit = stabilityLimit(spec, lr, undefined, step).limit;
      const c = step === undefined ? 0 : 1 / step;
      for (const ratio of [0.9, 0.99, 1.01, 1.1]) {
        const lambda = ratio * limit;
        // Growth between 2000 and 4000 steps (late, x is frozen and z settles where y = 0, not at
        // 0); NaN (Infinity − Infinity) after an overflow counts as growth.
        const half = frozenRecurrence(lr * lambda, beta, c, 2000);
        const grows = !(frozenRecurrence(lr * lambda, beta, c, 4000) <= 1 + half);
        expect(
          stepRegime(spec, lr, lambda, undefined, step) === 'diverging',
          `${step} ${ratio}`,
        ).toBe(grows);
      }
    }
  });
});

describe('a Schedule-Free run whose gradient point leaves f’s domain', () => {
  // fast-check's counterexample (test/core/properties.test.ts, CI's seed): y steps to x < 0,
  // where √x is NaN, while the average x is still at √0; the run stops there as diverged.
  it('stops at that point, though f at the average is finite', () => {
    const validation = validateScenario({
      version: 1,
      problem: { type: 'expression', expr: 'sqrt(x) + y^2', noise: 0 },
      start: [0.0037580331201869654, -30],
      steps: 297,
      seed: 1147410124,
      optimizers: [
        {
          type: 'schedule-free-adamw',
          lr: 10000,
          beta1: 0,
          eps: 1,
          weightDecay: 1,
          warmupSteps: 5972280.576785203,
          weightLrPower: 1,
        },
      ],
    });
    if (!validation.ok) throw new Error('invalid test scenario');
    const [result] = run(validation.scenario);
    expect(result!.divergedAt).toBe(2);
    expect(result!.trajectory[4]).toBeUndefined();
    for (let k = 0; k < 2; k++) expect(Number.isFinite(result!.gradNorm[k]!)).toBe(true);
  });
});
