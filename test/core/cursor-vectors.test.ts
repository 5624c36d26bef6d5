import { describe, expect, it } from 'vitest';
import { cursorVectors, stateVector } from '../../src/core/cursor-vectors';
import { inspectStep } from '../../src/core/inspect';
import { buildProblem } from '../../src/core/problems';
import { run } from '../../src/core/run';
import { scenarioOn } from '../helpers';

/** Rosenbrock's gradient by hand: f = (1 − x)² + 100 (y − x²)². */
const rosenbrockGrad = (x: number, y: number) => [
  -2 * (1 - x) - 400 * x * (y - x * x),
  200 * (y - x * x),
];

describe('cursorVectors', () => {
  it('at step 0: ∇f is Rosenbrock’s analytic gradient at the start, no state yet', () => {
    const scenario = scenarioOn('rosenbrock', [{ type: 'gd', lr: 1e-3 }], {
      start: [-1.5, 2],
      steps: 10,
    });
    const v = cursorVectors(scenario, 0, 0)!;
    expect(v.point).toEqual([-1.5, 2]);
    // (−1.5, 2): ∂x = −2·2.5 − 400·(−1.5)·(2 − 2.25) = −155, ∂y = 200·(−0.25) = −50.
    expect(v.grad[0]).toBeCloseTo(-155, 10);
    expect(v.grad[1]).toBeCloseTo(-50, 10);
    expect(v.lr).toBe(1e-3);
    expect(v.state).toBeNull();
  });

  it('at step k: θₖ is run()’s point and ∇f the analytic gradient there, and matches finite differences', () => {
    const scenario = scenarioOn('rosenbrock', [{ type: 'adam', lr: 0.1 }], {
      start: [-1.5, 2],
      steps: 30,
    });
    const [result] = run(scenario);
    const k = 17;
    const v = cursorVectors(scenario, 0, k)!;
    expect(v.step).toBe(k);
    expect(v.point).toEqual([...result!.trajectory.subarray(2 * k, 2 * k + 2)]);
    const [gx, gy] = rosenbrockGrad(v.point[0]!, v.point[1]!);
    expect(v.grad[0]).toBeCloseTo(gx!, 9);
    expect(v.grad[1]).toBeCloseTo(gy!, 9);
    // Central differences of f itself, independent of the problem's gradient code.
    const f = buildProblem(scenario.problem);
    const value = (x: number, y: number) =>
      f.valueAndGrad(Float64Array.of(x, y), new Float64Array(2));
    const h = 1e-6;
    const [x, y] = v.point as [number, number];
    expect(v.grad[0]).toBeCloseTo((value(x + h, y) - value(x - h, y)) / (2 * h), 3);
    expect(v.grad[1]).toBeCloseTo((value(x, y + h) - value(x, y - h)) / (2 * h), 3);
    // ‖∇f‖ agrees with the results' gradNorm at the same step.
    expect(Math.hypot(...v.grad)).toBeCloseTo(result!.gradNorm[k]!, 9);
  });

  it('the state after k steps: Adam’s m̂ = m / (1 − β1ᵏ), the inspector’s m̂ of step k − 1', () => {
    const scenario = scenarioOn('rosenbrock', [{ type: 'adam', lr: 0.1 }], {
      start: [-1.5, 2],
      steps: 30,
    });
    const v = cursorVectors(scenario, 0, 12)!;
    const inspection = inspectStep(scenario, 0, 11)!;
    expect(v.state?.symbol).toBe('mHat');
    expect(v.state?.vector).toEqual(inspection.derived.vectors.mHat);
  });

  it('momentum’s state is its buffer b; plain GD, AdaGrad have none; Lion’s is m', () => {
    const base = { start: [-1.5, 2], steps: 8 };
    const momentum = scenarioOn(
      'rosenbrock',
      [{ type: 'momentum', lr: 1e-4, momentum: 0.9 }],
      base,
    );
    const b = cursorVectors(momentum, 0, 5)!;
    expect(b.state?.symbol).toBe('b');
    expect(b.state?.vector).toEqual(inspectStep(momentum, 0, 4)!.after.buffers.momentum_buffer);
    for (const type of ['gd', 'adagrad', 'adadelta'] as const)
      expect(
        cursorVectors(scenarioOn('rosenbrock', [{ type, lr: 1e-3 }], base), 0, 5)!.state,
      ).toBeNull();
    const lion = cursorVectors(scenarioOn('rosenbrock', [{ type: 'lion', lr: 1e-3 }], base), 0, 5)!;
    expect(lion.state?.symbol).toBe('m');
  });

  it('uses the lr of the step that leaves θₖ under a schedule, the last step’s at the end', () => {
    const scenario = scenarioOn(
      'booth',
      [{ type: 'gd', lr: 0.05, schedule: { type: 'step', stepSize: 5, gamma: 0.5 } }],
      { start: [-5, -5], steps: 12 },
    );
    expect(cursorVectors(scenario, 0, 4)!.lr).toBeCloseTo(0.05, 12);
    expect(cursorVectors(scenario, 0, 5)!.lr).toBeCloseTo(0.025, 12);
    const end = cursorVectors(scenario, 0, 12)!;
    expect(end.step).toBe(12);
    expect(end.lr).toBeCloseTo(0.0125, 12);
  });

  it('the final point (k = steps) is run()’s last point', () => {
    const scenario = scenarioOn('booth', [{ type: 'gd', lr: 0.05 }], {
      start: [-5, -5],
      steps: 20,
    });
    const [result] = run(scenario);
    expect(cursorVectors(scenario, 0, 20)!.point).toEqual([...result!.trajectory.subarray(40, 42)]);
  });

  it('null for a point past a divergence or a run that does not exist', () => {
    const scenario = scenarioOn('booth', [{ type: 'gd', lr: 0.12 }], {
      start: [-5, -5],
      steps: 100,
    });
    const [result] = run(scenario);
    expect(result!.divergedAt).toBe(49);
    expect(cursorVectors(scenario, 0, 48)).not.toBeNull();
    expect(cursorVectors(scenario, 0, 60)).toBeNull();
    expect(cursorVectors(scenario, 3, 5)).toBeNull();
  });
});

describe('stateVector', () => {
  it('without bias correction Adam’s state is the raw m', () => {
    const state = { t: 3, buffers: { exp_avg: [0.5, -1], exp_avg_sq: [1, 1] } };
    expect(stateVector('adam', { beta1: 0.9, biasCorrection: false }, state)).toEqual({
      symbol: 'm',
      vector: [0.5, -1],
    });
    const corrected = stateVector('adam', { beta1: 0.9, biasCorrection: true }, state)!;
    expect(corrected.vector[0]).toBeCloseTo(0.5 / (1 - 0.9 ** 3), 12);
  });
});
