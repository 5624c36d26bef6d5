/**
 * L-BFGS's stability (src/core/curvature/quasi-newton.ts, family `quasi-newton`): no fixed limit
 * on λ, and once its estimate has learnt the curvature the error is multiplied by 1 − α per step —
 * checked against runs on Σx² from (1, 2), where the first pair already gives the exact inverse
 * Hessian (H₀ = s·y / y·y = ½): stable for α < 1, oscillating for 1 < α < 2, growing beyond.
 */
import { describe, expect, it } from 'vitest';
import { stabilityLimit, stepRegime } from '../../src/core/curvature/stability';
import { run } from '../../src/core/run';
import { scenarioOn } from '../helpers';

/** θₖ₊₁/θₖ of the first coordinate at step k of L-BFGS at α on Σx² (no line search). */
function ratios(lr: number, steps: number): number[] {
  const [result] = run(scenarioOn('sphere', [{ type: 'lbfgs', lr }], { start: [1, 2], steps }));
  const x = (k: number) => result!.trajectory[2 * k]!;
  return Array.from({ length: steps - 2 }, (_, i) => x(i + 3) / x(i + 2));
}

describe('L-BFGS’s stability', () => {
  it('has no fixed limit: no λ bounds it', () => {
    const limit = stabilityLimit({ type: 'lbfgs', lr: 1 }, 1);
    expect(limit.family).toBe('quasi-newton');
    expect(limit.on).toBeNull();
    expect(limit.limit).toBe(Infinity);
  });

  it('multiplies the error by 1 − α once its estimate is the curvature, as stepRegime says', () => {
    for (const [lr, regime] of [
      [0.5, 'stable'],
      [1.5, 'oscillating'],
      [2.5, 'diverging'],
    ] as const) {
      for (const ratio of ratios(lr, 8)) expect(ratio).toBeCloseTo(1 - lr, 10);
      // Whatever λ > 0: the estimate divides it out.
      for (const lambda of [0.1, 2, 1e4])
        expect(stepRegime({ type: 'lbfgs', lr }, lr, lambda)).toBe(regime);
    }
  });

  it('with the strong-Wolfe line search every step decreases f: stable at any α', () => {
    const [result] = run(
      scenarioOn('rosenbrock', [{ type: 'lbfgs', lr: 2.5, lineSearchFn: 'strong-wolfe' }], {
        start: [-1.5, 2],
        steps: 60,
      }),
    );
    for (let k = 1; k < result!.loss.length; k++)
      expect(result!.loss[k]).toBeLessThanOrEqual(result!.loss[k - 1]!);
    expect(stepRegime({ type: 'lbfgs', lr: 2.5, lineSearchFn: 'strong-wolfe' }, 2.5, 100)).toBe(
      'stable',
    );
  });

  it('goes downhill along negative curvature (its estimate stays positive definite)', () => {
    expect(stepRegime({ type: 'lbfgs', lr: 0.5 }, 0.5, -1)).toBe('diverging');
  });
});
