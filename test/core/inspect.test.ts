import { describe, expect, it } from 'vitest';
import { inspectStep, type StepInspection } from '../../src/core/inspect';
import { createOptimizer, type OptimizerSnapshot } from '../../src/core/optimizers';
import { buildProblem } from '../../src/core/problems';
import { run } from '../../src/core/run';
import { resolveSchedule, scheduleSequence } from '../../src/core/schedules';
import type { OptimizerSpec, Scenario } from '../../src/scenario/types';
import { loadGolden, relDiff, scenarioOn } from '../helpers';
import { optimizerModule } from '../../src/core/optimizers/registry';

/** Every rule and variant the inspector explains on a 2D problem (the 21 types but Muon, for models only: test/core/muon.test.ts), with their switches. */

const SPECS: OptimizerSpec[] = [
  { type: 'gd', lr: 1e-3 },
  { type: 'gd', lr: 1e-3, weightDecay: 0.1 },
  { type: 'momentum', lr: 5e-4, momentum: 0.9 },
  { type: 'momentum', lr: 5e-4, momentum: 0.9, dampening: 0.5, weightDecay: 0.05 },
  { type: 'nesterov', lr: 5e-4, momentum: 0.9 },
  { type: 'adagrad', lr: 0.3, lrDecay: 0.01, initialAccumulatorValue: 0.1 },
  { type: 'rmsprop', lr: 0.01 },
  { type: 'rmsprop', lr: 0.005, centered: true },
  { type: 'rmsprop', lr: 0.002, momentum: 0.5 },
  { type: 'rmsprop', lr: 0.002, centered: true, momentum: 0.5, weightDecay: 0.01 },
  { type: 'adadelta', lr: 1 },
  { type: 'adam', lr: 0.05 },
  { type: 'adam', lr: 0.05, biasCorrection: false },
  { type: 'adam', lr: 0.05, weightDecay: 0.05 },
  { type: 'adamw', lr: 0.05, weightDecay: 0.1 },
  { type: 'amsgrad', lr: 0.05 },
  { type: 'adamax', lr: 0.05 },
  { type: 'nadam', lr: 0.05 },
  { type: 'radam', lr: 0.01 },
  { type: 'lion', lr: 0.01 },
  { type: 'lion', lr: 0.01, weightDecay: 0.1 },
  { type: 'rprop', lr: 0.01 },
  { type: 'rprop', lr: 0.05, etaMinus: 0.3, etaPlus: 1.5, stepSizeMax: 0.2 },
  { type: 'asgd', lr: 5e-4, lambd: 0.01, t0: 5, weightDecay: 0.01 },
  { type: 'adafactor', lr: 0.05 },
  { type: 'adafactor', lr: 0.05, eps2: 0.05, d: 2, weightDecay: 0.1 },
  { type: 'newton', lr: 0.5 },
  { type: 'newton', lr: 1, damping: 0.1, saddleFree: true },
  { type: 'schedule-free-sgd', lr: 1e-3, warmupSteps: 5 },
  { type: 'schedule-free-sgd', lr: 5e-4, momentum: 0.8, weightDecay: 0.01, r: 1 },
  { type: 'schedule-free-adamw', lr: 0.05 },
  { type: 'schedule-free-adamw', lr: 0.05, weightDecay: 0.1, warmupSteps: 10, weightLrPower: 1 },
  { type: 'lbfgs', lr: 0.05, historySize: 3 },
  { type: 'lbfgs', lr: 1, lineSearchFn: 'strong-wolfe' },
];

const name = (spec: OptimizerSpec) => JSON.stringify(spec).replaceAll('"', '').replace('type:', '');

/** The scenarios of the bit-for-bit check: plain, noisy, scheduled (one-cycle cycles μ/β1), mini-batched. */
const SETTINGS: { label: string; scenario: (specs: OptimizerSpec[]) => Scenario }[] = [
  {
    label: 'Rosenbrock',
    scenario: (o) => scenarioOn('rosenbrock', o, { start: [-1.5, 2], steps: 40 }),
  },
  {
    label: 'Rosenbrock with gradient noise σ = 2',
    scenario: (o) => ({
      ...scenarioOn('rosenbrock', o, { start: [-1.5, 2], steps: 40, seed: 7 }),
      problem: { type: 'function', name: 'rosenbrock', noise: 2 },
    }),
  },
  {
    label: 'Rosenbrock with a one-cycle schedule',
    scenario: (o) =>
      scenarioOn(
        'rosenbrock',
        o.map((s) => ({ ...s, schedule: { type: 'one-cycle' } })),
        { start: [-1.5, 2], steps: 40 },
      ),
  },
  {
    label: 'linear regression, mini-batches of 8 and noise',
    scenario: (o) => ({
      ...scenarioOn('sphere', o, { start: [-1, 3], steps: 40, seed: 3 }),
      problem: { type: 'linear-regression', batchSize: 8, noise: 0.1 },
    }),
  },
];

const bits = (values: ArrayLike<number>) => Array.from(values);
const problemOf = (scenario: Scenario) => buildProblem(scenario.problem);

describe('inspectStep replays run() bit for bit', () => {
  for (const setting of SETTINGS) {
    it(`θₖ and θₖ₊₁ are run()'s points for every k and every rule: ${setting.label}`, () => {
      const scenario = setting.scenario(SPECS);
      const results = run(scenario);
      SPECS.forEach((spec, r) => {
        const result = results[r]!;
        expect(result.divergedAt, name(spec)).toBeNull();
        for (let k = 0; k < scenario.steps; k++) {
          const ins = inspectStep(scenario, r, k)!;
          expect(ins.step).toBe(k);
          expect(ins.theta, `${name(spec)} θ${k}`).toEqual(
            bits(result.trajectory.subarray(2 * k, 2 * k + 2)),
          );
          expect(ins.next, `${name(spec)} θ${k + 1}`).toEqual(
            bits(result.trajectory.subarray(2 * k + 2, 2 * k + 4)),
          );
          expect(ins.lr).toBe(result.lr[k]);
          // Schedule-Free's run records f(x), its answer; the inspector's step is from θ = y.
          if (optimizerModule(spec.type).averaged === 'answer')
            expect(ins.loss).toBe(problemOf(scenario).value(Float64Array.from(ins.theta)));
          else expect(ins.loss).toBe(result.loss[k]);
        }
      });
    });
  }

  it('reports the noisy gradient it used and the noise-free one apart', () => {
    const scenario = SETTINGS[1]!.scenario([{ type: 'gd', lr: 1e-3 }]);
    const ins = inspectStep(scenario, 0, 3)!;
    expect(ins.grad).not.toEqual(ins.fullGrad);
    // GD: Δθ = −lr·g exactly for the noisy g, which is how we know which one the step used.
    ins.delta.forEach((d, i) => expect(d).toBeCloseTo(-1e-3 * ins.grad[i]!, 15));
  });
});

/** An independent run of the optimizer alone to `steps` steps along the problem's own gradient. */
function stateAfter(scenario: Scenario, spec: OptimizerSpec, steps: number): OptimizerSnapshot {
  const problem = buildProblem(scenario.problem);
  const optimizer = createOptimizer(spec, problem.dim, problem);
  const schedule = scheduleSequence(
    resolveSchedule(spec.schedule, scenario.steps),
    spec.lr,
    scenario.steps,
  );
  const params = Float64Array.from(scenario.start);
  const grad = new Float64Array(problem.dim);
  for (let k = 0; k < steps; k++) {
    problem.valueAndGrad(params, grad);
    if (optimizer.cycles !== null && schedule.momentum)
      optimizer.setCycledMomentum(schedule.momentum[k]!);
    optimizer.step(params, grad, schedule.lr[k]!);
  }
  return optimizer.snapshot();
}

const plain = (s: OptimizerSnapshot) => ({
  t: s.t,
  buffers: Object.fromEntries(Object.entries(s.buffers).map(([k, v]) => [k, Array.from(v)])),
});

describe('inspectStep on the torch.optim golden cases', () => {
  const golden = loadGolden();
  for (const c of golden.cases) {
    it(`${c.id}: θₖ, θₖ₊₁ match torch and the state is the optimizer's own at k and k + 1`, () => {
      const spec = c.schedule ? { ...c.optimizer, schedule: c.schedule } : c.optimizer;
      const scenario = scenarioOn(c.problem, [spec], { start: c.start, steps: c.steps });
      for (const k of [0, 1, 5, Math.floor(c.steps / 2), c.steps - 1]) {
        const ins = inspectStep(scenario, 0, k)!;
        [...ins.theta, ...ins.next].forEach((value, j) => {
          const expected = c.trajectory[k + (j >> 1)]![j & 1]!;
          expect(relDiff(value, expected), `${c.id} k=${k}`).toBeLessThanOrEqual(1e-12);
        });
        expect(ins.before).toEqual(plain(stateAfter(scenario, spec, k)));
        expect(ins.after).toEqual(plain(stateAfter(scenario, spec, k + 1)));
        // PyTorch's chainable schedulers round differently in the last bit (golden.test.ts).
        if (c.lr) expect(relDiff(ins.lr, c.lr[k]!)).toBeLessThanOrEqual(1e-12);
      }
    });
  }
});

/** Δθ rebuilt from the derived quantities with each rule's formula (docs/optimizers.md#the-update-rules). */
function rebuiltDelta(ins: StepInspection): number[] {
  const { vectors: v, scalars: s } = ins.derived;
  const o = ins.optimizer;
  const lr = ins.lr;
  const g = ins.gradUsed;
  return ins.theta.map((theta, i) => {
    switch (o.type) {
      case 'gd':
      case 'momentum':
      case 'nesterov':
        return -lr * (v.direction ? v.direction[i]! : g[i]!);
      case 'adagrad':
        return (-s.clr! * g[i]!) / v.denom![i]!;
      case 'rmsprop':
        return v.buf ? -lr * v.buf[i]! : (-lr * g[i]!) / v.denom![i]!;
      case 'adadelta':
        return -lr * v.update![i]!;
      case 'adam':
      case 'adamw':
      case 'amsgrad': {
        const adam = o.biasCorrection === false ? v.m![i]! : v.mHat![i]!;
        return -(v.decay?.[i] ?? 0) - (lr * adam) / v.denom![i]!;
      }
      case 'adamax':
        return (-lr * v.mHat![i]!) / v.u![i]!;
      case 'nadam':
        return (
          (-lr * (1 - s.mu!) * g[i]!) / (1 - s.muProduct!) / v.denom![i]! -
          (lr * s.muNext! * v.m![i]!) / (1 - s.muProduct! * s.muNext!) / v.denom![i]!
        );
      case 'radam':
        return s.rectified ? -lr * v.mHat![i]! * v.adaptive![i]! * s.r! : -lr * v.mHat![i]!;
      case 'lion':
        return -lr * (v.sign![i]! + o.weightDecay! * theta);
      case 'rprop':
        return -Math.sign(v.gKept![i]!) * v.stepSize![i]!;
      case 'asgd':
        return -s.etaStep! * (o.lambd! * theta + g[i]!);
      case 'adafactor':
        return -lr * o.weightDecay! * theta - v.stepScale![i]! * v.uAdafactor![i]!;
      case 'newton':
        return -lr * v.newtonStep![i]!;
      case 'schedule-free-sgd':
      case 'schedule-free-adamw':
        // θ is y: the next y = β·x + (1 − β)·z from the state after the step.
        return s.beta! * v.x![i]! + (1 - s.beta!) * v.z![i]! - theta;
      case 'muon':
        // These problems have no weight matrix: every coordinate takes Muon's auxiliary Adam
        // (test/core/muon.test.ts rebuilds a network's step, matrices included).
        return -s.auxLr! * v.muonUpdate![i]!;
      case 'lbfgs':
        return s.moved ? s.stepLength! * v.lbfgsDirection![i]! : 0;
    }
  });
}

describe('the derived quantities explain the step', () => {
  for (const setting of SETTINGS) {
    it(`Δθ rebuilt from g, the state and the derived values equals θₖ₊₁ − θₖ: ${setting.label}`, () => {
      const scenario = setting.scenario(SPECS);
      SPECS.forEach((spec, r) => {
        for (const k of [0, 1, 6, 20, 39]) {
          const ins = inspectStep(scenario, r, k)!;
          const rebuilt = rebuiltDelta(ins);
          ins.delta.forEach((d, i) =>
            // A few ulps of reordering on both sides of a subtraction θₖ₊₁ − θₖ.
            expect(Math.abs(rebuilt[i]! - d), `${name(spec)} k=${k}`).toBeLessThanOrEqual(
              1e-9 * Math.abs(d) + 1e-15 * Math.abs(ins.theta[i]!),
            ),
          );
        }
      });
    });
  }

  it('Adam from (1, 2) on Σx² at lr 0.1: m = 0.1g, v = 0.001g², m̂ = g, v̂ = g², a step of 0.1', () => {
    const scenario = scenarioOn('sphere', [{ type: 'adam', lr: 0.1 }]);
    const ins = inspectStep(scenario, 0, 0)!;
    expect(ins.grad).toEqual([2, 4]);
    expect(ins.before).toEqual({ t: 0, buffers: { exp_avg: [0, 0], exp_avg_sq: [0, 0] } });
    expect(ins.after.t).toBe(1);
    expect(ins.derived.vectors.m![0]).toBeCloseTo(0.2, 15);
    expect(ins.derived.vectors.v![1]).toBeCloseTo(0.016, 15);
    expect(ins.derived.vectors.mHat![0]).toBeCloseTo(2, 12);
    expect(ins.derived.vectors.vHat![1]).toBeCloseTo(16, 12);
    expect(ins.next).toEqual([0.9000000005, 1.90000000025]); // docs/optimizers.md#golden-vectors
    // ≈ lr/|g| per coordinate: Adam's step ≈ lr·sign(g) whatever the gradient's size.
    expect(ins.effectiveLr[0]).toBeCloseTo(0.05, 9);
    expect(ins.effectiveLr[1]).toBeCloseTo(0.025, 9);
  });

  it('RAdam switches to the rectified branch at t = 6 (ρₜ > 5)', () => {
    const scenario = scenarioOn('sphere', [{ type: 'radam', lr: 0.1 }], { steps: 10 });
    expect(inspectStep(scenario, 0, 4)!.derived.scalars.rectified).toBe(0);
    const sixth = inspectStep(scenario, 0, 5)!;
    expect(sixth.derived.scalars.t).toBe(6);
    expect(sixth.derived.scalars.rhoT).toBeCloseTo(5.994, 3);
    expect(sixth.derived.scalars.rectified).toBe(1);
  });

  it('one-cycle reports the β1 it set for the step, and the bias correction uses it', () => {
    const scenario = scenarioOn(
      'rosenbrock',
      [{ type: 'adam', lr: 0.1, schedule: { type: 'one-cycle' } }],
      {
        start: [-1.5, 2],
        steps: 10,
      },
    );
    const first = inspectStep(scenario, 0, 0)!;
    expect(first.cycled).toEqual({ name: 'beta1', value: 0.95 });
    expect(first.derived.scalars.bc1).toBeCloseTo(0.05, 15);
    const third = inspectStep(scenario, 0, 2)!;
    expect(third.cycled!.value).toBeCloseTo(0.85, 12); // the peak of the lr is the trough of β1
  });
});

describe('inspectStep caps the step and handles the edges', () => {
  const scenario = scenarioOn('sphere', [{ type: 'gd', lr: 0.1 }], { steps: 5 });

  it('caps k to 0 … steps − 1: the cursor at the end shows the last step taken', () => {
    expect(inspectStep(scenario, 0, 99)!.step).toBe(4);
    expect(inspectStep(scenario, 0, Number.MAX_SAFE_INTEGER)!.step).toBe(4);
    expect(inspectStep(scenario, 0, -3)!.step).toBe(0);
    expect(inspectStep(scenario, 0, Number.NaN)!.step).toBe(0);
  });

  it('a diverged run inspects up to the step that diverged, from its last valid point', () => {
    // Booth with α above 2/L (L = 18) diverges (run.test.ts).
    const booth = scenarioOn('booth', [{ type: 'gd', lr: 0.12 }], { start: [-5, -5], steps: 2000 });
    const d = run(booth)[0]!.divergedAt!;
    const ins = inspectStep(booth, 0, 1999)!;
    expect(ins.step).toBe(d - 1);
    expect(ins.diverges).toBe(true);
    expect(inspectStep(booth, 0, d - 2)!.diverges).toBe(false);
  });

  it('returns null with no step to inspect: no such run, or a start already out of bounds', () => {
    expect(inspectStep(scenario, 3, 0)).toBeNull();
    expect(inspectStep({ ...scenario, start: [1e300, 0] }, 0, 0)).toBeNull();
  });

  it('the effective lr is |Δθ/g|: lr itself for GD, undefined (null) where g = 0', () => {
    const ins = inspectStep(
      scenarioOn('sphere', [{ type: 'gd', lr: 0.1 }], { start: [0, 2] }),
      0,
      0,
    )!;
    expect(ins.grad[0]).toBe(0);
    expect(ins.effectiveLr[0]).toBeNull();
    expect(ins.effectiveLr[1]).toBeCloseTo(0.1, 15);
    expect(ins.uphill).toEqual([false, false]);
  });

  it('flags a coordinate that momentum carries uphill', () => {
    // Heavy ball from (1, 2) with μ = 0.9 overshoots the minimum at step 3 (docs/optimizers.md#momentum).
    const s = scenarioOn('sphere', [{ type: 'momentum', lr: 0.1, momentum: 0.9 }], { steps: 20 });
    const flagged = Array.from({ length: 20 }, (_, k) => inspectStep(s, 0, k)!.uphill[0]);
    expect(flagged.some(Boolean)).toBe(true);
    expect(flagged[0]).toBe(false);
  });
});
