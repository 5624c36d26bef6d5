/**
 * What chapters 5 and 6 of the course say (src/lessons/course/README.md), checked on
 * the steps' real runs in the ravine 0.1x² + 2y²: momentum's speed-up, its sweet spot and its
 * wider stability limit, Nesterov's smaller overshoot; AdaGrad's diagonal first step and its
 * stall, RMSprop's forgetting and its first step of ten times α.
 */
import { expect } from 'vitest';
import { run } from '../../src/core/run';
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
  withRun,
} from './run-scenario';

export const CLAIMS_5: Claims = {
  // ── chapter 5 ──────────────────────────────────────────────────────────────────────────────
  'A ravine': ({ scenario, runs }) => {
    const r = runs[0]!;
    expect(scenario.problem).toEqual({ type: 'function', name: 'ellipse' });
    // Curvatures 0.2 and 4 (f = 0.1x² + 2y²), the limit 2/L = 0.5; the factors −0.8 and 0.91.
    expect(1 - 0.45 * 4).toBeCloseTo(-0.8, 12);
    expect(1 - 0.45 * 0.2).toBeCloseTo(0.91, 12);
    expect(stepsTo(r, 1e-4)).toBe(52);
    // The answer: y reverses on every step, x never turns back.
    expect(reversals(r, 1)).toBe(points(r) - 2);
    expect(reversals(r, 0)).toBe(0);
    const [over] = run(withRun(scenario, 0, { lr: 0.55 }));
    expect(over!.divergedAt).not.toBeNull();
  },
  Momentum: ({ runs, view }) => {
    const [gd, momentum] = runs;
    expect(view.selectedRun).toBe(1);
    expect(view.arrows?.state).toBe(true);
    // The answer: 18 steps against 52; the bouncing across dies down.
    expect(stepsTo(momentum!, 1e-4)).toBe(18);
    expect(stepsTo(gd!, 1e-4)).toBe(52);
    // At step 15 the bounce across (|y|) is under a fifth of gradient descent's, and the way
    // left along the floor (|x|) under a fifth too.
    for (const axis of [0, 1] as const)
      expect(Math.abs(point(momentum!, 15)[axis])).toBeLessThan(Math.abs(point(gd!, 15)[axis]) / 5);
  },
  'Too much momentum': {
    check: ({ scenario, runs }) => {
      const momentum = runs[1]!;
      // 77 steps, more than gradient descent's 52, overshooting again and again.
      expect(stepsTo(momentum, 1e-4)).toBe(77);
      expect(stepsTo(runs[0]!, 1e-4)).toBe(52);
      expect(reversals(momentum, 0)).toBeGreaterThan(3);
      expect(maxCoordinate(momentum, 0)).toBeGreaterThan(1);
      // The success text: μ = 0.5: 18 steps, 0.55: 15, 0.3: 34, 0.9: 77.
      const steps = (mu: number) => stepsTo(run(withRun(scenario, 1, { momentum: mu }))[1]!, 1e-4);
      expect(steps(0.5)).toBe(18);
      expect(steps(0.55)).toBe(15);
      expect(steps(0.3)).toBe(34);
    },
    solve: (scenario) => withRun(scenario, 1, { momentum: 0.5 }),
  },
  'Momentum stretches the limit': {
    check: ({ scenario }) => {
      // 2(1 + μ)/L = 0.75 for μ = 0.5 and L = 4: stable just under, divergent just over.
      expect((2 * (1 + 0.5)) / 4).toBe(0.75);
      const at = (lr: number) => run(withRun(scenario, 1, { lr }))[1]!;
      expect(at(0.74).divergedAt).toBeNull();
      expect(finalLoss(at(0.74))).toBeLessThan(1e-4);
      expect(at(0.76).divergedAt).not.toBeNull();
      // The success text: at α = 0.6, 17 steps; gradient descent at 0.6 diverges by step 23.
      expect(stepsTo(at(0.6), 1e-4)).toBe(17);
      expect(run(withRun(scenario, 0, { lr: 0.6 }))[0]!.divergedAt).toBe(23);
    },
    solve: (scenario) => withRun(scenario, 1, { lr: 0.6 }),
  },
  'Nesterov: look before you leap': ({ runs }) => {
    const [heavy, nesterov] = runs;
    // Both start at x = −4: the overshoot is how far past x = 0 they swing.
    expect(maxCoordinate(heavy!, 0)).toBeCloseTo(1.2, 1);
    expect(maxCoordinate(nesterov!, 0)).toBeCloseTo(0.9, 1);
    expect(stepsTo(nesterov!, 1e-4)).toBe(38);
    expect(stepsTo(heavy!, 1e-4)).toBe(83);
  },

  // ── chapter 6 ──────────────────────────────────────────────────────────────────────────────
  'One step size per coordinate': ({ runs, view }) => {
    const [gd, adagrad] = runs;
    expect(view.arrows).toMatchObject({ step: true, allRuns: true });
    // The answer: AdaGrad's first step is (0.1, −0.1); gradient descent's (0.08, −0.6).
    expect(stepOf(adagrad!, 1)[0]).toBeCloseTo(0.1, 9);
    expect(stepOf(adagrad!, 1)[1]).toBeCloseTo(-0.1, 9);
    expect(stepOf(gd!, 1)[0]).toBeCloseTo(0.08, 12);
    expect(stepOf(gd!, 1)[1]).toBeCloseTo(-0.6, 12);
  },
  'AdaGrad runs out of steam': {
    check: ({ scenario, runs }) => {
      const r = runs[0]!;
      expect(stepLength(r, 1)).toBeCloseTo(0.14, 2);
      expect(stepLength(r, 300)).toBeCloseTo(0.003, 3);
      for (let k = 2; k <= 300; k++) expect(stepLength(r, k)).toBeLessThan(stepLength(r, k - 1));
      expect(last(r)[0]).toBeCloseTo(-1.3, 1);
      expect(finalLoss(r)).toBeCloseTo(0.17, 2);
      // The success text: α = 0.5 in 93 steps, α = 1 in 28.
      expect(stepsTo(run(withRun(scenario, 0, { lr: 0.5 }))[0]!, 1e-4)).toBe(93);
      expect(stepsTo(run(withRun(scenario, 0, { lr: 1 }))[0]!, 1e-4)).toBe(28);
    },
    solve: (scenario) => withRun(scenario, 0, { lr: 0.5 }),
  },
  'RMSprop forgets': ({ scenario, runs }) => {
    const [adagrad, rmsprop] = runs;
    expect(rmsprop!.optimizer).toMatchObject({ alpha: 0.99 });
    // The answer: 27 steps for RMSprop; AdaGrad at x ≈ −1.3, loss 0.17.
    expect(stepsTo(rmsprop!, 1e-4)).toBe(27);
    expect(stepsTo(adagrad!, 1e-4)).toBeNull();
    expect(finalLoss(adagrad!)).toBeCloseTo(0.17, 2);
    // RMSprop's first step is (1.0, −1.0), ten times α.
    expect(stepOf(rmsprop!, 1)[0]).toBeCloseTo(1, 6);
    expect(stepOf(rmsprop!, 1)[1]).toBeCloseTo(-1, 6);
    // The teacher's note: a hundred times the ravine, the same RMSprop path.
    const scaled = run({
      ...scenario,
      start: [-4, 1.5],
      problem: { type: 'expression', expr: '10*x^2 + 200*y^2' },
      optimizers: [rmsprop!.optimizer],
    })[0]!;
    for (let k = 0; k < points(rmsprop!); k++)
      expect(distance(point(scaled, k), point(rmsprop!, k))).toBeLessThan(1e-6);
  },
};
