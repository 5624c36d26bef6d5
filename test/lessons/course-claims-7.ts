/**
 * What chapter 7 of the course says (src/lessons/course/README.md), checked on the steps' real
 * runs (and chapter 8's schedules): textbook Adam's first step of 3.16·α, exactly α once bias correction is on, the lunge
 * past the minimum, the timid first steps when β₂ = 0.9, and what β₁, β₂ and ε each change.
 */
import { expect } from 'vitest';
import { run } from '../../src/core/run';
import { fitOf } from './course-claims-1';
import type { Claims } from './course-claims';
import {
  distance,
  finalLoss,
  last,
  maxCoordinate,
  point,
  points,
  reversals,
  stepLength,
  stepOf,
  stepsTo,
  tailExcess,
  withRun,
} from './run-scenario';

/** Largest distance between two runs at the same step. */
function maxGap(a: Parameters<typeof points>[0], b: Parameters<typeof points>[0]): number {
  let gap = 0;
  for (let k = 0; k < Math.min(points(a), points(b)); k++)
    gap = Math.max(gap, distance(point(a, k), point(b, k)));
  return gap;
}

export const CLAIMS_7: Claims = {
  'Adam as textbooks print it': ({ runs, view }) => {
    const r = runs[0]!;
    expect(r.optimizer).toMatchObject({ biasCorrection: false, beta1: 0.9, beta2: 0.999 });
    expect(view.cursor).toBe(1);
    // The answer: 0.1·0.1/√0.001 ≈ 0.316 per coordinate, (0.316, −0.316).
    const factor = 0.1 / Math.sqrt(0.001);
    expect(factor).toBeCloseTo(3.16, 2);
    expect(stepOf(r, 1)[0]).toBeCloseTo(0.1 * factor, 6);
    expect(stepOf(r, 1)[1]).toBeCloseTo(-0.1 * factor, 6);
  },
  'Bias correction': {
    check: ({ scenario }) => {
      // The success text: corrected, the first step is (0.1, −0.1).
      const [corrected] = run(withRun(scenario, 0, { biasCorrection: true }));
      expect(stepOf(corrected!, 1)[0]).toBeCloseTo(0.1, 6);
      expect(stepOf(corrected!, 1)[1]).toBeCloseTo(-0.1, 6);
    },
    solve: (scenario) => withRun(scenario, 0, { biasCorrection: true }),
  },
  'The first steps side by side': ({ runs }) => {
    const [corrected, uncorrected] = runs;
    expect(corrected!.optimizer.biasCorrection).toBe(true);
    expect(uncorrected!.optimizer.biasCorrection).toBe(false);
    // 3 to 5 times longer over the first ten steps (5.02 at most, which "5" rounds).
    for (let k = 1; k <= 10; k++) {
      const ratio = stepLength(uncorrected!, k) / stepLength(corrected!, k);
      expect(ratio).toBeGreaterThan(3);
      expect(ratio).toBeLessThan(5.05);
    }
    // The answer: x ≈ 1.6 against 0.09; both below 10⁻⁶ at step 150; 41 steps against 101.
    expect(maxCoordinate(uncorrected!, 0)).toBeCloseTo(1.6, 1);
    expect(maxCoordinate(corrected!, 0)).toBeCloseTo(0.09, 2);
    for (const r of runs) expect(finalLoss(r)).toBeLessThan(1e-6);
    expect(stepsTo(uncorrected!, 1e-4)).toBe(41);
    expect(stepsTo(corrected!, 1e-4)).toBe(101);
  },
  'When the textbook form is timid': ({ runs }) => {
    const [corrected, uncorrected] = runs;
    expect((1 - 0.9) / Math.sqrt(1 - 0.999)).toBeCloseTo(3.16, 2);
    expect((1 - 0.9) / Math.sqrt(1 - 0.9)).toBeCloseTo(0.32, 2);
    // The answer: α per coordinate against 0.032, shorter for the first ten steps.
    expect(Math.abs(stepOf(corrected!, 1)[0])).toBeCloseTo(0.1, 6);
    expect(Math.abs(stepOf(uncorrected!, 1)[0])).toBeCloseTo(0.032, 3);
    for (let k = 1; k <= 10; k++)
      expect(stepLength(uncorrected!, k)).toBeLessThan(stepLength(corrected!, k));
    // "longer than α exactly when (1 − β₁)² > 1 − β₂": yes for β₂ = 0.999, no for 0.9.
    const longer = (beta2: number) => (1 - 0.9) ** 2 > 1 - beta2;
    expect(longer(0.999)).toBe(true);
    expect(longer(0.9)).toBe(false);
  },
  'β₁: memory of the direction': {
    check: ({ scenario, runs }) => {
      const [beta0, beta09] = runs;
      expect(scenario.problem).toEqual({ type: 'function', name: 'rosenbrock' });
      expect(scenario.start).toEqual([-1.5, 2]);
      expect(points(beta0!) - 1).toBe(500);
      // The answer: hundreds of reversals, more than 0.5 from (1, 1); 60 times lower with 0.9.
      expect(reversals(beta0!, 1)).toBeGreaterThan(200);
      expect(distance(last(beta0!), [1, 1])).toBeGreaterThan(0.5);
      expect(finalLoss(beta09!)).toBeLessThan(finalLoss(beta0!) / 60);
      // The hint and success text: 0.7 is not enough; 0.8 ends at 0.0035, 0.9 at 0.0094.
      const at = (beta1: number) => finalLoss(run(withRun(scenario, 0, { beta1 }))[0]!);
      expect(at(0.7)).toBeGreaterThan(0.02);
      expect(at(0.8)).toBeCloseTo(0.0035, 4);
      expect(finalLoss(beta09!)).toBeCloseTo(0.0094, 4);
    },
    solve: (scenario) => withRun(scenario, 0, { beta1: 0.9 }),
  },
  'β₂: memory of the size': {
    check: ({ scenario, runs }) => {
      expect(finalLoss(runs[0]!)).toBeLessThan(1e-8);
      // The success text: about 2·10⁻⁵ at β₂ = 0.9, about 10⁻³ at 0.5.
      const at = (beta2: number) => finalLoss(run(withRun(scenario, 0, { beta2 }))[0]!);
      expect(at(0.9)).toBeGreaterThan(1.5e-5);
      expect(at(0.9)).toBeLessThan(2.5e-5);
      expect(at(0.5)).toBeGreaterThan(0.5e-3);
      expect(at(0.5)).toBeLessThan(1.5e-3);
    },
    solve: (scenario) => withRun(scenario, 0, { beta2: 0.9 }),
  },
  'ε: a small constant with a big effect': ({ runs }) => {
    const [usual, large, gd] = runs;
    // The gradient never exceeds 6 in size on any path here.
    for (const r of runs)
      for (let k = 0; k < points(r); k++) expect(r.gradNorm[k]).toBeLessThan(6.1);
    expect(large!.optimizer).toMatchObject({ lr: 10, eps: 100 });
    // The answer: within 0.6 of gradient descent's path, and the usual Adam far from both.
    expect(maxGap(large!, gd!)).toBeLessThan(0.6);
    expect(maxGap(usual!, gd!)).toBeGreaterThan(2 * maxGap(large!, gd!));
    expect(Math.abs(stepOf(usual!, 1)[0])).toBeCloseTo(Math.abs(stepOf(usual!, 1)[1]), 6);
  },
};

// ── chapter 8 ────────────────────────────────────────────────────────────────────────────────

export const CLAIMS_8: Claims = {
  'A constant α on mini-batches': ({ scenario, runs }) => {
    const r = runs[0]!;
    const best = fitOf(scenario).mse;
    expect(best).toBeCloseTo(0.276, 3);
    expect(r.divergedAt).toBeNull();
    // The answer: within 0.01 by step 29, 0.011 above on average over the last 100, 0.044 at the end.
    expect(stepsTo(r, best + 0.01)).toBe(29);
    expect(tailExcess(r, best, 100)).toBeCloseTo(0.011, 3);
    expect(finalLoss(r) - best).toBeCloseTo(0.044, 3);
  },
  'Big steps first, small steps last': {
    check: ({ scenario }) => {
      const ends = (schedule: object) => finalLoss(run(withRun(scenario, 0, { schedule }))[0]!);
      // The success text: cosine 0.27599; step and exponential decay below 0.279 too.
      expect(ends({ type: 'cosine' })).toBeCloseTo(0.27599, 5);
      expect(ends({ type: 'step' })).toBeLessThan(0.279);
      expect(ends({ type: 'exponential' })).toBeLessThan(0.279);
      expect(ends({ type: 'warmup-cosine' })).toBeLessThan(0.279);
      expect(ends({ type: 'one-cycle' })).toBeLessThan(0.279);
    },
    solve: (scenario) => withRun(scenario, 0, { schedule: { type: 'cosine' } }),
  },
  'Warm-up': {
    check: ({ scenario, runs }) => {
      const [constant, warm] = runs;
      expect(scenario.start).toEqual([1, 1.4]);
      expect(constant!.gradNorm[0]).toBeCloseTo(76.7, 1);
      expect(stepLength(constant!, 1)).toBeCloseTo(3.8, 1);
      // Linear from 0.1·α to α over 40 steps.
      expect(warm!.lr[0]).toBeCloseTo(0.005, 12);
      expect(warm!.lr[40]).toBeCloseTo(0.05, 12);
      // The answer: the constant run lands higher up and diverges at step 3; the warm-up
      // run's first step is 0.38, and it ends at 0.0013.
      expect(constant!.gradNorm[1]).toBeGreaterThan(constant!.gradNorm[0]!);
      expect(constant!.divergedAt).toBe(3);
      expect(warm!.divergedAt).toBeNull();
      expect(stepLength(warm!, 1)).toBeCloseTo(0.38, 2);
      expect(finalLoss(warm!)).toBeCloseTo(0.0013, 4);
      // The success text: 0.04 survives and ends at 0.0002; 0.045 diverges.
      const at = (lr: number) => run(withRun(scenario, 0, { lr }))[0]!;
      expect(at(0.04).divergedAt).toBeNull();
      expect(finalLoss(at(0.04))).toBeCloseTo(0.0002, 4);
      expect(at(0.045).divergedAt).not.toBeNull();
    },
    solve: (scenario) => withRun(scenario, 0, { lr: 0.04 }),
  },
};
