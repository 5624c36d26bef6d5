/**
 * The claims of the preset on L-BFGS (issue 21, docs/optimizers.md#lbfgs), checked against the
 * runs: the steps and evaluations of f each L-BFGS run needs to bring f below 10⁻⁶ on Rosenbrock,
 * with and without the strong-Wolfe line search, and Adam's loss after as many evaluations as
 * steps. Merged into presets.test.ts's expectations, as newton-expectations.ts.
 */
import { expect } from 'vitest';
import { countedEvaluations } from '../../src/core/evaluations';
import type { RunResult } from '../../src/core/run';
import type { Preset } from '../../src/presets/presets';

type Expectation = (runs: RunResult[], preset: Preset) => void;

/** The first step at which f falls below `level`, or −1. */
const firstBelow = (r: RunResult, level: number) => r.loss.findIndex((f) => f < level);

export const LBFGS_EXPECTATIONS: Record<string, Expectation> = {
  'lbfgs-vs-adam-evaluations': ([wolfe, plain, adam], preset) => {
    expect(preset.scenario.start).toEqual([-1.5, 2]);
    expect(preset.scenario.optimizers[0]).toMatchObject({ lineSearchFn: 'strong-wolfe', lr: 1 });
    // "in 38 steps with the strong-Wolfe line search and in 87 without it".
    const wolfeStep = firstBelow(wolfe!, 1e-6);
    const plainStep = firstBelow(plain!, 1e-6);
    expect(wolfeStep).toBe(38);
    expect(plainStep).toBe(87);
    // "counted in steps the line search looks more than twice as fast".
    expect(plainStep / wolfeStep).toBeGreaterThan(2);
    // "its trial points cost 86 evaluations of f against 87": the evaluations spent to get there.
    const wolfeEvaluations = countedEvaluations(wolfe!)[wolfeStep]!;
    const plainEvaluations = countedEvaluations(plain!)[plainStep]!;
    expect(wolfeEvaluations).toBe(86);
    expect(plainEvaluations).toBe(87);
    // Without the line search every step is one evaluation; with it some steps are more.
    expect(plain!.evaluations![plainStep]).toBe(plainStep);
    expect(wolfe!.trialPoints!.length).toBeGreaterThan(0);
    // "so counted in evaluations the two are level": within one evaluation of each other.
    expect(Math.abs(wolfeEvaluations - plainEvaluations)).toBeLessThanOrEqual(1);
    // "Adam at α = 0.1 spends one evaluation a step and after 200 is still at f = 1.9".
    expect(preset.scenario.optimizers[2]).toMatchObject({ type: 'adam', lr: 0.1 });
    expect(adam!.evaluations).toBeUndefined();
    expect(countedEvaluations(adam!)[200]).toBe(200);
    expect(adam!.loss[200]).toBeCloseTo(1.9, 1);
    // "far up the curved valley": nowhere near the minimum (1, 1).
    const end = [adam!.trajectory[400]!, adam!.trajectory[401]!];
    expect(Math.hypot(end[0]! - 1, end[1]! - 1)).toBeGreaterThan(1);
    // The chart opens against evaluations of f.
    expect(preset.view?.x).toBe('evaluations');
  },
};
