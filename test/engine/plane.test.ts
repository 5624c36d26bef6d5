import { describe, expect, it } from 'vitest';
import { buildProblem } from '../../src/core/problems';
import { run } from '../../src/core/run';
import { projectTrajectory } from '../../src/core/slice';
import { engineApi } from '../../src/engine/api';
import { planeProblem, runModel } from '../../src/engine/plane';
import { validateScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/types';

function valid(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

const logistic = valid({
  problem: { type: 'logistic-regression' },
  steps: 120,
  optimizers: [
    { type: 'gd', lr: 0.5 },
    { type: 'adam', lr: 0.05 },
    { type: 'momentum', lr: 1e4 }, // leaves the bound at step 2
  ],
});

describe('runModel: a model scenario’s runs, their plane and accuracy', () => {
  it('runs exactly what run() runs', () => {
    const { runs } = runModel(logistic, 'pca');
    const direct = run(logistic);
    runs.forEach((result, i) => {
      expect(Array.from(result.trajectory)).toEqual(Array.from(direct[i]!.trajectory));
      expect(result.divergedAt).toBe(direct[i]!.divergedAt);
    });
    expect(runs[2]!.divergedAt).not.toBeNull();
  });

  it('gives each point’s accuracy as the classifier computes it', () => {
    const { runs, accuracy } = runModel(logistic, 'pca');
    const problem = buildProblem(logistic.problem);
    runs.forEach((result, r) => {
      expect(accuracy![r]!.length).toBe(result.loss.length);
      for (const k of [0, 7, result.loss.length - 1].filter((k) => k < result.loss.length)) {
        const params = result.trajectory.slice(k * 3, k * 3 + 3);
        expect(accuracy![r]![k]).toBe(problem.classifier!.accuracy(params));
      }
    });
    expect(accuracy![1]![120]).toBeGreaterThan(0.9);
  });

  it('projects every run onto the plane, the diverged one too, which does not shape the window', () => {
    const { runs, plane } = runModel(logistic, 'pca');
    expect(plane.projections).toHaveLength(3);
    runs.forEach((result, i) => {
      const expected = projectTrajectory(
        result.trajectory,
        result.loss.length,
        3,
        plane.center,
        plane.d1,
        plane.d2,
      );
      expect(Array.from(plane.projections[i]!)).toEqual(Array.from(expected));
    });
    // The settled runs fit in the window; the diverged one runs far outside it.
    const half = plane.view.x[1];
    for (const i of [0, 1])
      for (const v of plane.projections[i]!) expect(Math.abs(v)).toBeLessThanOrEqual(half);
    expect(Math.max(...Array.from(plane.projections[2]!, Math.abs))).toBeGreaterThan(2 * half);
    expect(plane.explained![0] + plane.explained![1]).toBeGreaterThan(0.9);
  });

  it('the plane’s surface at (a, b) is the loss at c + a·d₁ + b·d₂', () => {
    const { plane } = runModel(logistic, 'random');
    expect(plane.method).toBe('random');
    expect(plane.explained).toBeNull();
    const slice = planeProblem(logistic.problem, plane);
    const problem = buildProblem(logistic.problem);
    const theta = plane.center.map((c, j) => c + 0.3 * plane.d1[j]! - 0.7 * plane.d2[j]!);
    expect(slice.value(Float64Array.of(0.3, -0.7))).toBeCloseTo(problem.value(theta), 12);
    // The probe reads the same through the engine's API.
    expect(engineApi.probe(logistic.problem, [0.3, -0.7], { id: 1, plane }).f).toBeCloseTo(
      problem.value(theta),
      12,
    );
  });

  it('decision() gives a classifier’s probabilities, and null for a surface', () => {
    const { runs } = runModel(logistic, 'pca');
    const last = runs[1]!.trajectory.slice(-3);
    const grid = engineApi.decision(logistic.problem, last, { x: [-3, 3], y: [-3, 3] }, 20, 10)!;
    expect(grid).toHaveLength(200);
    expect(Math.min(...grid)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...grid)).toBeLessThanOrEqual(1);
    expect(
      engineApi.decision(
        { type: 'function', name: 'sphere' },
        last,
        { x: [0, 1], y: [0, 1] },
        4,
        4,
      ),
    ).toBeNull();
  });

  it('the worker refuses a model scenario past its step budget, with the reason', () => {
    const mlp = {
      problem: { type: 'mlp', hidden: [32, 32, 32] },
      steps: 5000,
      optimizers: [{ type: 'adam', lr: 0.01 }],
    };
    expect(() => engineApi.runModel(mlp as unknown as Scenario, 'pca')).toThrow(
      /steps: must be at most 891 for a model of 2241 parameters/,
    );
  });
});
