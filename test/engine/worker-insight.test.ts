/**
 * The Inside tab's worker calls (src/engine/worker-insight.ts) in Node: along a full-batch run the
 * per-layer gradient norms make up the run's own ‖∇f‖ at every step (Σ_l ‖∇_l f‖² = ‖∇f‖²), the
 * ratios are those of the trajectory; a long model run gets its gradients on a stride within the
 * budget; on the digits the matrix counts every held-out row and the pictures come with it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../src/cli/data-files';
import { run } from '../../src/core/run';
import { validateScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/types';
import { cursorInsight, GRADIENT_BUDGET_UNITS, layerSeries } from '../../src/engine/worker-insight';
import { stepUnits } from '../../src/core/budget';

beforeAll(() => loadDataSets(['digits', 'iris']));

function scenario(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

describe('layerSeries', () => {
  it('per-layer gradient norms make up the run’s ‖∇f‖ (MLP on moons, its ‖∇f‖ is the full gradient’s)', () => {
    const s = scenario({
      problem: { type: 'mlp', hidden: [8, 8] },
      steps: 30,
      optimizers: [{ type: 'adam', lr: 0.05 }],
    });
    const [result] = run(s);
    const series = layerSeries(s, 0, result!.trajectory, 31);
    expect(series.layers).toEqual(['2→8', '8→8', '8→1']);
    expect(series.points).toBe(31);
    expect(Array.from(series.gradStep)).toEqual(Array.from({ length: 31 }, (_, k) => k));
    for (let k = 0; k <= 30; k++) {
      const total = Math.hypot(...series.gradNorm.map((norms) => norms[k]!));
      expect(total).toBeCloseTo(result!.gradNorm[k]!, 12);
    }
    // Adam moves every layer: ratios are positive and finite (the MLP starts away from 0).
    for (const ratio of series.ratio) {
      expect(ratio.length).toBe(30);
      for (const r of ratio) expect(r).toBeGreaterThan(0);
    }
  });

  it('a digits run gets its gradients on a stride within the budget', () => {
    const s = scenario({
      problem: { type: 'softmax-mlp', data: { set: 'digits' } },
      steps: 400,
      optimizers: [{ type: 'gd', lr: 0.1 }],
    });
    // A stand-in trajectory: the series reads it and evaluates gradients on it, nothing else.
    const dim = 64 * 32 + 32 + 32 * 10 + 10;
    const trajectory = new Float64Array(401 * dim).map((_, i) => Math.sin(i) * 0.1 + 0.01);
    const series = layerSeries(s, 0, trajectory, 401);
    const count = series.gradStep.length;
    expect(count * stepUnits(s.problem)).toBeLessThanOrEqual(
      GRADIENT_BUDGET_UNITS * 1.01 + stepUnits(s.problem),
    );
    expect(count).toBeLessThan(401);
    expect(series.gradStep[0]).toBe(0);
    expect(series.gradStep[count - 1]).toBe(400);
    expect(series.ratio[0]!.length).toBe(400);
  });
});

describe('cursorInsight', () => {
  it('digits: the matrix counts the 180 validation rows, mistakes come with 8 × 8 pixels', () => {
    const s = scenario({
      problem: { type: 'softmax-mlp', data: { set: 'digits' } },
      steps: 20,
      optimizers: [{ type: 'adam', lr: 0.01 }],
    });
    const [result] = run(s);
    const dim = result!.dim;
    const last = result!.trajectory.slice(20 * dim, 21 * dim);
    for (const part of ['validation', 'test'] as const) {
      const insight = cursorInsight(s, last, part)!;
      expect(insight.classes).toBe(10);
      expect(insight.counts.reduce((a, b) => a + b, 0)).toBe(180);
      expect(insight.total).toBe(180);
      expect(insight.image).toEqual([8, 8]);
      expect(insight.weights!.units).toBe(32);
      expect(insight.weights!.inputs).toBe(64);
      expect(insight.mistakes.length).toBe(Math.min(24, 180 - insight.correct));
      for (const m of insight.mistakes) {
        expect(m.label).not.toBe(m.predicted);
        expect(m.pixels!.length).toBe(64);
        expect(Math.max(...m.pixels!)).toBeLessThanOrEqual(16);
      }
    }
    // The test score a run records at its end is the diagonal of the test matrix there.
    const test = cursorInsight(s, last, 'test')!;
    expect(test.correct / test.total).toBe(result!.scores!.test!.accuracy);
  });

  it('iris: a 3 × 3 matrix with its class names, no pictures', () => {
    const s = scenario({
      problem: { type: 'softmax-regression' },
      steps: 5,
      optimizers: [{ type: 'gd', lr: 0.5 }],
    });
    const [result] = run(s);
    const insight = cursorInsight(s, result!.trajectory.slice(5 * 15, 6 * 15), 'validation')!;
    expect(insight.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(insight.counts.length).toBe(9);
    expect(insight.total).toBe(15);
    expect(insight.image).toBeNull();
    expect(insight.weights).toBeNull();
  });

  it('is null for a problem that is not a table classifier', () => {
    const s = scenario({
      problem: { type: 'mlp' },
      steps: 2,
      optimizers: [{ type: 'gd', lr: 0.1 }],
    });
    expect(cursorInsight(s, new Float64Array(337), 'test')).toBeNull();
  });
});
