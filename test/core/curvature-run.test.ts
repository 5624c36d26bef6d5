/**
 * Curvature along a run (issue 20; src/core/curvature/run-curvature.ts): the replay is the run
 * itself (bit-identical points), each adaptive type's preconditioner P is the one its update
 * divides by (checked against the real step), the preconditioned sharpness against the dense
 * P⁻¹ᐟ²(H + wd·I)P⁻¹ᐟ², and the result's shape, cancellation and progress.
 */
import { describe, expect, it } from 'vitest';
import { curvatureAlongRun } from '../../src/core/curvature/along-run';
import { PRECONDITIONERS, preconditionerOf } from '../../src/core/curvature/preconditioners';
import {
  CurvatureCancelled,
  curvatureOfRun,
  type CurvatureOptions,
} from '../../src/core/curvature/run-curvature';
import { isPreconditioned } from '../../src/core/curvature/stability';
import { jacobiEigenvalues } from '../../src/core/curvature/symmetric-eigen';
import { resolveHyperparams } from '../../src/core/optimizers';
import { muAt } from '../../src/core/optimizers/nadam';
import { buildProblem } from '../../src/core/problems';
import { run, runSettings, startRun, type RunStepper } from '../../src/core/run';
import { resolveSchedule, scheduleSequence } from '../../src/core/schedules';
import { OPTIMIZER_TYPES, type OptimizerSpec, type Scenario } from '../../src/scenario/types';
import type { ProblemSpec } from '../../src/kinds/registry';
import { denseHessian } from './dense-hessian';

const scenario = (
  problem: ProblemSpec,
  optimizers: OptimizerSpec[],
  extra: Partial<Scenario> = {},
): Scenario => {
  const start = buildProblem(problem).info.start;
  return { version: 1, problem, start: [...start], steps: 40, seed: 3, optimizers, ...extra };
};

const curvatureOf = (s: Scenario, i = 0, options?: CurvatureOptions) => {
  const problem = buildProblem(s.problem);
  return curvatureOfRun(problem, s.optimizers[i]!, runSettings(s, problem), options);
};

/** Advances a stepper until it has computed `points` points (advance(0) would compute one). */
function advanceTo(stepper: RunStepper, points: number): void {
  while (stepper.points < points && !stepper.finished) stepper.advance(points - stepper.points);
}

const SMALL_MLP: ProblemSpec = {
  type: 'mlp',
  hidden: [6, 5],
  activation: 'tanh',
  data: { generator: 'moons', n: 40 },
};

describe('the replay', () => {
  it('is the run: λmax and λmin of 2-parameter runs equal those at run()’s own points', () => {
    const cases: Scenario[] = [
      scenario({ type: 'function', name: 'rosenbrock' }, [
        { type: 'adam', lr: 0.05, schedule: { type: 'one-cycle' } },
        { type: 'nesterov', lr: 2e-4 },
        { type: 'adadelta', lr: 1, weightDecay: 0.1 },
      ]),
      scenario({ type: 'function', name: 'himmelblau', noise: 2 }, [{ type: 'rmsprop', lr: 0.05 }]),
      scenario({ type: 'linear-regression', batchSize: 5 }, [{ type: 'amsgrad', lr: 0.1 }]),
      scenario({ type: 'expression', expr: 'x^4 + sin(3*y)' }, [{ type: 'lion', lr: 0.05 }]),
    ];
    for (const s of cases) {
      const results = run(s);
      s.optimizers.forEach((_, i) => {
        const got = curvatureOf(s, i);
        const want = curvatureAlongRun(s.problem, results[i]!.trajectory)!;
        expect(got.every).toBe(1);
        expect(got.step).toEqual(want.step);
        expect(got.lambdaMax).toEqual(want.lambdaMax);
        expect(got.lambdaMin).toEqual(want.lambdaMin);
      });
    }
  });

  it('reading the optimizer’s state between steps leaves the points bit-identical', () => {
    const s = scenario({ ...SMALL_MLP, batchSize: 7, noise: 0.1 }, [{ type: 'adam', lr: 0.03 }], {
      steps: 30,
    });
    const problem = buildProblem(s.problem);
    const stepper = startRun(problem, s.optimizers[0]!, runSettings(s, problem));
    while (!stepper.finished) {
      stepper.advance(1 + (stepper.points % 3));
      stepper.optimizerState().buffers.exp_avg?.fill(0); // a copy: writing to it changes nothing
    }
    expect(stepper.result().trajectory).toEqual(run(s)[0]!.trajectory);
  });
});

describe('the preconditioners', () => {
  it('exist exactly for the types whose limit bounds the preconditioned λ', () => {
    for (const type of OPTIMIZER_TYPES)
      expect(PRECONDITIONERS[type] !== null, type).toBe(isPreconditioned(type));
  });

  /**
   * Each type's P against its real step on logistic regression (3 parameters): θₖ₊₁ − θₖ =
   * −α·P⁻¹·d with d the step's direction (g; m; NAdam's c_g·g + c_m·m), or b ← μb + g/P for
   * RMSprop with momentum. g is ∇f(θₖ) + wd·θₖ (L2), the gradient the rule used.
   */
  const specs: OptimizerSpec[] = [
    { type: 'adam', lr: 0.1, weightDecay: 0.01 },
    { type: 'adam', lr: 0.1, biasCorrection: false },
    { type: 'adam', lr: 0.1, schedule: { type: 'one-cycle' } },
    { type: 'adamw', lr: 0.1 },
    { type: 'amsgrad', lr: 0.1 },
    { type: 'adamax', lr: 0.1 },
    { type: 'radam', lr: 0.1 },
    { type: 'nadam', lr: 0.1, weightDecay: 0.02 },
    { type: 'rmsprop', lr: 0.01 },
    { type: 'rmsprop', lr: 0.01, centered: true, weightDecay: 0.1 },
    { type: 'rmsprop', lr: 0.01, momentum: 0.5 },
    { type: 'adagrad', lr: 0.1, lrDecay: 0.3 },
    { type: 'adadelta', lr: 1 },
  ];
  it.each(specs.map((spec) => [JSON.stringify(spec), spec] as const))(
    '%s: the step divides by P',
    (_, spec) => {
      const problem = buildProblem({ type: 'logistic-regression', data: { generator: 'moons' } });
      const steps = 12;
      const settings = runSettings(scenario({ type: 'logistic-regression' }, [spec]), problem);
      settings.steps = steps;
      settings.start = [0.3, -0.2, 0.1];
      const hp = resolveHyperparams(spec);
      const cycled = scheduleSequence(resolveSchedule(spec.schedule, steps), spec.lr, steps);
      const entry = preconditionerOf(spec.type)!;
      const stepper = startRun(problem, spec, settings);
      // The step k → k + 1 for k = 0 (RAdam unrectified), 7 (rectified) and 10.
      for (const k of [0, 7, 10]) {
        advanceTo(stepper, k);
        const before = stepper.optimizerState();
        advanceTo(stepper, k + 1);
        const after = stepper.optimizerState();
        advanceTo(stepper, k + 2);
        const trajectory = stepper.partial().trajectory;
        const theta = trajectory.slice(3 * k, 3 * k + 3);
        const next = trajectory.slice(3 * k + 3, 3 * k + 6);
        const g = new Float64Array(3);
        problem.valueAndGrad(theta, g);
        const decay = spec.type === 'adamw' ? 0 : hp.weightDecay;
        for (let i = 0; i < 3; i++) g[i] = g[i]! + decay * theta[i]!;
        const beta1 = cycled.momentum ? cycled.momentum[k]! : hp.beta1;
        const p = new Float64Array(3);
        entry.of({ hp, before, after, beta1 }, p);
        const lr = cycled.lr[k]!;
        const m = after.buffers.exp_avg;
        for (let i = 0; i < 3; i++) {
          let want: number;
          let got = next[i]! - theta[i]!;
          if (spec.type === 'rmsprop' && hp.momentum > 0) {
            got = after.buffers.momentum_buffer![i]!;
            want = hp.momentum * (before.buffers.momentum_buffer?.[i] ?? 0) + g[i]! / p[i]!;
          } else if (spec.type === 'nadam') {
            const t = after.t;
            const product = after.buffers.mu_product![0]!;
            const next1 = muAt(beta1, t + 1, hp.momentumDecay);
            const cg = (1 - muAt(beta1, t, hp.momentumDecay)) / (1 - product);
            const cm = next1 / (1 - product * next1);
            want = (-lr * (cg * g[i]! + cm * m![i]!)) / p[i]!;
          } else if (m) {
            // The Adam family; AdamW shrinks θ by α·wd·θ first.
            want =
              (-lr * m[i]!) / p[i]! - lr * (spec.type === 'adamw' ? hp.weightDecay : 0) * theta[i]!;
          } else want = (-lr * g[i]!) / p[i]!;
          expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * Math.abs(want) + 1e-300);
        }
      }
    },
  );
});

/** λmax of P⁻¹ᐟ²(H + wd·I)P⁻¹ᐟ² at every point of the run, densely, P from the state. */
function densePreconditioned(s: Scenario, every: number): number[] {
  const spec = s.optimizers[0]!;
  const problem = buildProblem(s.problem);
  const settings = runSettings(s, problem);
  const hp = resolveHyperparams(spec);
  const entry = preconditionerOf(spec.type)!;
  const n = problem.dim;
  const stepper = startRun(problem, spec, settings);
  const values: number[] = [];
  for (let k = 0; k <= s.steps; k += every) {
    advanceTo(stepper, k);
    const before = stepper.optimizerState();
    advanceTo(stepper, k + 1);
    if (stepper.points <= k) break;
    const after = stepper.optimizerState();
    if (after.t === 0) {
      values.push(NaN);
      continue;
    }
    const theta = stepper.partial().trajectory.slice(k * n, (k + 1) * n);
    const p = new Float64Array(n);
    entry.of({ hp, before: k === s.steps ? after : before, after, beta1: hp.beta1 }, p);
    const h = denseHessian(problem, theta, spec.type === 'adamw' ? 0 : hp.weightDecay);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) h[i * n + j] = h[i * n + j]! / Math.sqrt(p[i]! * p[j]!);
    values.push(jacobiEigenvalues(h, n)[0]!);
  }
  return values;
}

describe('the preconditioned sharpness', () => {
  it.each([
    ['Adam on a small MLP', SMALL_MLP, { type: 'adam', lr: 0.02, weightDecay: 0.01 }, 8],
    [
      'RMSprop on logistic regression',
      { type: 'logistic-regression' },
      { type: 'rmsprop', lr: 0.05 },
      5,
    ],
    [
      'Adagrad on Rosenbrock',
      { type: 'function', name: 'rosenbrock' },
      { type: 'adagrad', lr: 0.3 },
      1,
    ],
    [
      'AdamW on Rosenbrock',
      { type: 'function', name: 'rosenbrock' },
      { type: 'adamw', lr: 0.05 },
      1,
    ],
  ] as [string, ProblemSpec, OptimizerSpec, number][])(
    '%s: λmax of the dense P⁻¹ᐟ²(H + wd·I)P⁻¹ᐟ² within 1e-6',
    (_, problem, spec, every) => {
      // Adadelta's u before the step is read from the state before it: covered by its own case.
      const s = scenario(problem, [spec], { steps: 24 });
      const got = curvatureOf(s, 0, { every, lanczos: { tolerance: 1e-10 } });
      const want = densePreconditioned(s, every);
      expect(got.preconditionedLambdaMax).toHaveLength(want.length);
      got.preconditionedLambdaMax!.forEach((value, i) =>
        expect(Math.abs(value - want[i]!)).toBeLessThanOrEqual(1e-6 * Math.abs(want[i]!)),
      );
    },
  );

  it('Adadelta’s P reads u from before the step, also at the last point', () => {
    const s = scenario({ type: 'function', name: 'booth' }, [{ type: 'adadelta', lr: 3 }], {
      steps: 6,
    });
    const got = curvatureOf(s).preconditionedLambdaMax!;
    const want = densePreconditioned(s, 1);
    got.slice(0, -1).forEach((value, i) => expect(value).toBeCloseTo(want[i]!, 9));
    // The last point, which no step leaves, takes the last step's P: that of point 5.
    const problem = buildProblem(s.problem);
    const stepper = startRun(problem, s.optimizers[0]!, runSettings(s, problem));
    stepper.advance(5);
    const before = stepper.optimizerState();
    stepper.advance(Infinity);
    const p = new Float64Array(2);
    const hp = resolveHyperparams(s.optimizers[0]!);
    preconditionerOf('adadelta')!.of({ hp, before, after: stepper.optimizerState(), beta1: 0 }, p);
    // Booth's Hessian is constant: [[10, 8], [8, 10]].
    const m = Float64Array.of(
      10 / p[0]!,
      8 / Math.sqrt(p[0]! * p[1]!),
      8 / Math.sqrt(p[0]! * p[1]!),
      10 / p[1]!,
    );
    expect(got.at(-1)).toBeCloseTo(jacobiEigenvalues(m, 2)[0]!, 9);
  });
});

describe('curvatureOfRun', () => {
  it('a model: every k-th point, the top 3 largest first, no λmin', () => {
    const s = scenario(
      SMALL_MLP,
      [
        { type: 'gd', lr: 0.5 },
        { type: 'adam', lr: 0.01 },
      ],
      {
        steps: 25,
      },
    );
    const gd = curvatureOf(s, 0, { every: 10 });
    expect(gd.every).toBe(10);
    expect(gd.step).toEqual([0, 10, 20]);
    expect(gd.lambdaMin).toBeUndefined();
    expect(gd.preconditionedLambdaMax).toBeUndefined();
    expect(gd.top).toHaveLength(3);
    for (const [i, top] of gd.top!.entries()) {
      expect(top).toHaveLength(3);
      expect(top[0]).toBe(gd.lambdaMax[i]);
      expect(top[0]! >= top[1]! && top[1]! >= top[2]!).toBe(true);
    }
    const adam = curvatureOf(s, 1, { every: 5, topK: 1 });
    expect(adam.step).toEqual([0, 5, 10, 15, 20, 25]);
    expect(adam.top!.every((top) => top.length === 1)).toBe(true);
    expect(adam.preconditionedLambdaMax).toHaveLength(6);
    expect(adam.preconditionedLambdaMax!.every((v) => v > 0)).toBe(true);
  });

  it('a 2-parameter problem: every point whatever `every` says, with λmin', () => {
    const s = scenario({ type: 'function', name: 'rosenbrock' }, [{ type: 'gd', lr: 1e-4 }], {
      steps: 4,
    });
    const c = curvatureOf(s, 0, { every: 3 });
    expect(c.every).toBe(1);
    expect(c.step).toEqual([0, 1, 2, 3, 4]);
    expect(c.lambdaMin).toHaveLength(5);
    expect(c.top).toBeUndefined();
  });

  it('stops where the run diverged, and has no preconditioner before a first step', () => {
    const s = scenario(SMALL_MLP, [{ type: 'gd', lr: 1e4 }], { steps: 40 });
    const divergedAt = run(s)[0]!.divergedAt!;
    expect(divergedAt).toBeLessThan(40);
    const c = curvatureOf(s, 0, { every: 1, topK: 1 });
    expect(c.step.at(-1)).toBe(divergedAt - 1);
    const none = curvatureOf(scenario(SMALL_MLP, [{ type: 'adam', lr: 0.01 }], { steps: 0 }));
    expect(none.step).toEqual([0]);
    expect(none.preconditionedLambdaMax).toEqual([NaN]);
    const rosenbrock = { type: 'function', name: 'rosenbrock' } as const;
    const none2 = curvatureOf(scenario(rosenbrock, [{ type: 'adam', lr: 0.01 }], { steps: 0 }));
    expect(none2.preconditionedLambdaMax).toEqual([NaN]);
    // A 2-parameter run that diverges: every valid point, P of each step.
    const wild = scenario(rosenbrock, [{ type: 'rmsprop', lr: 50 }], { steps: 200 });
    const wildAt = run(wild)[0]!.divergedAt!;
    const c2 = curvatureOf(wild);
    expect(c2.step).toHaveLength(wildAt);
    expect(c2.preconditionedLambdaMax).toHaveLength(wildAt);
  });

  it('reports progress and throws CurvatureCancelled when cancelled', () => {
    const s = scenario(SMALL_MLP, [{ type: 'gd', lr: 0.5 }], { steps: 50 });
    const progress: [number, number][] = [];
    curvatureOf(s, 0, { every: 10, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6].map((done) => [done, 6]));
    let asked = 0;
    expect(() => curvatureOf(s, 0, { isCancelled: () => ++asked > 2 })).toThrow(CurvatureCancelled);
    expect(asked).toBe(3);
    const two = scenario({ type: 'function', name: 'booth' }, [{ type: 'adam', lr: 0.1 }]);
    const reports: number[] = [];
    curvatureOf(two, 0, { onProgress: (done, total) => reports.push(done / total) });
    expect(reports).toHaveLength(41);
    expect(reports.at(-1)).toBe(1);
    asked = 0;
    expect(() => curvatureOf(two, 0, { isCancelled: () => ++asked > 5 })).toThrow(
      CurvatureCancelled,
    );
  });

  it.each([0, -1, 2.5, NaN])('refuses every = %s', (every) => {
    const s = scenario(SMALL_MLP, [{ type: 'gd', lr: 0.5 }], { steps: 5 });
    expect(() => curvatureOf(s, 0, { every })).toThrow(/every must be a positive integer/);
  });
});
