/**
 * The claims of the preset on Schedule-Free (issue 21, docs/optimizers.md#schedule-free-sgd),
 * checked against the runs: the same α, the mean losses halfway and at the end, the cosine α at
 * half its peak halfway, the constant α's noise floor. Merged into presets.test.ts's expectations.
 */
import { expect } from 'vitest';
import type { RunResult } from '../../src/core/run';
import type { Preset } from '../../src/presets/presets';

type Expectation = (runs: RunResult[], preset: Preset) => void;

/** The mean loss over steps `from` … `to` (both included). */
function meanLoss(run: RunResult, from: number, to: number): number {
  let sum = 0;
  for (let k = from; k <= to; k++) sum += run.loss[k]!;
  return sum / (to - from + 1);
}

export const SCHEDULE_FREE_EXPECTATIONS: Record<string, Expectation> = {
  'schedule-free-vs-cosine': ([free, cosine, constant], preset) => {
    const { problem, optimizers, steps } = preset.scenario;
    // "noisy gradients (σ = 10)", "the same α = 0.05", "the 400 steps".
    expect(problem).toMatchObject({ name: 'booth', noise: 10 });
    expect(optimizers.map((o) => o.lr)).toEqual([0.05, 0.05, 0.05]);
    expect(steps).toBe(400);
    for (const run of [free, cosine, constant]) expect(run!.divergedAt).toBeNull();
    // "which was told the budget … which was not": cosine over the run's steps, Schedule-Free none.
    expect(optimizers[1]!.schedule).toEqual({ type: 'cosine' });
    expect(optimizers[0]!.schedule).toBeUndefined();
    // "its average x drawn dashed beside the point y": the run carries x, its loss is f(x).
    expect(free!.averaged).toBeDefined();
    // "halfway … more than ten times lower than the cosine schedule's, whose α is still half its peak".
    const freeHalf = meanLoss(free!, 150, 200);
    expect(meanLoss(cosine!, 150, 200)).toBeGreaterThan(10 * freeHalf);
    expect(cosine!.lr[200]).toBeCloseTo(0.025, 12);
    // "By the end … within a factor of two": the means over the last 50 steps.
    const freeEnd = meanLoss(free!, 350, 400);
    const cosineEnd = meanLoss(cosine!, 350, 400);
    expect(Math.max(freeEnd, cosineEnd) / Math.min(freeEnd, cosineEnd)).toBeLessThan(2);
    // "the constant α stalls at a noise floor more than ten times higher than both".
    expect(meanLoss(constant!, 350, 400)).toBeGreaterThan(10 * Math.max(freeEnd, cosineEnd));
    expect(meanLoss(constant!, 150, 200)).toBeGreaterThan(10 * freeHalf);
  },
};
