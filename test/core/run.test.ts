import { describe, expect, it } from 'vitest';
import { buildProblem } from '../../src/core/problems';
import { divergenceBounds, LOSS_BOUND_FACTOR, run, THETA_BOUND_FACTOR } from '../../src/core/run';
import { scenarioOn } from '../helpers';

describe('run()', () => {
  it('returns steps + 1 points, one loss and gradient norm per point and one lr per step', () => {
    const [result] = run(
      scenarioOn('rosenbrock', [{ type: 'adam', lr: 0.01 }], { start: [-1.5, 2], steps: 50 }),
    );
    expect(result!.trajectory).toHaveLength(102);
    expect(result!.loss).toHaveLength(51);
    expect(result!.gradNorm).toHaveLength(51);
    expect(result!.lr).toHaveLength(50);
    expect(Array.from(result!.trajectory.subarray(0, 2))).toEqual([-1.5, 2]);
    expect(result!.loss[0]).toBe(12.5); // (1 + 1.5)² + 100(2 − 2.25)²
    expect(result!.gradNorm[0]).toBeCloseTo(
      Math.hypot(-2 * 2.5 - 400 * -1.5 * -0.25, 200 * -0.25),
      12,
    );
    expect(result!.divergedAt).toBeNull();
  });

  it('stops at the first non-finite or out-of-bound point: GD on Booth with α above 2/L diverges', () => {
    // Booth's Hessian [[10, 8], [8, 10]] has L = 18: GD is stable only for α < 2/18.
    const [stable, unstable] = run(
      scenarioOn(
        'booth',
        [
          { type: 'gd', lr: 0.1 },
          { type: 'gd', lr: 0.12 },
        ],
        { start: [-5, -5], steps: 2000 },
      ),
    );
    expect(stable!.divergedAt).toBeNull();
    const d = unstable!.divergedAt!;
    expect(d).toBeGreaterThan(10);
    expect(unstable!.loss).toHaveLength(d);
    expect(unstable!.trajectory).toHaveLength(2 * d);
    expect(unstable!.lr).toHaveLength(d);
    const bounds = divergenceBounds(buildProblem({ type: 'function', name: 'booth' }));
    for (let k = 0; k < d; k++) {
      expect(Number.isFinite(unstable!.loss[k]!)).toBe(true);
      expect(
        Math.hypot(unstable!.trajectory[2 * k]!, unstable!.trajectory[2 * k + 1]!),
      ).toBeLessThanOrEqual(bounds.theta);
    }
  });

  it('puts the divergence bounds a thousand view radii and a million view-scale losses away', () => {
    const bounds = divergenceBounds(buildProblem({ type: 'function', name: 'sphere' }));
    expect(bounds.theta).toBeCloseTo(THETA_BOUND_FACTOR * Math.hypot(3, 3), 9);
    expect(bounds.loss).toBeCloseTo(LOSS_BOUND_FACTOR * 18, 6);
  });

  it('reports divergedAt 0 and no points when even the start is out of bounds', () => {
    const [result] = run(scenarioOn('sphere', [{ type: 'gd', lr: 0.1 }], { start: [1e300, 0] }));
    expect(result!.divergedAt).toBe(0);
    expect(result!.trajectory).toHaveLength(0);
    expect(result!.lr).toHaveLength(0);
  });

  it('escapes the saddle and is stopped as diverged far outside the view, not inside it', () => {
    const [result] = run(
      scenarioOn('saddle', [{ type: 'gd', lr: 0.1 }], { start: [1, 0.001], steps: 500 }),
    );
    const d = result!.divergedAt!;
    expect(d).toBeGreaterThan(0);
    const lastY = result!.trajectory[2 * (d - 1) + 1]!;
    expect(Math.abs(lastY)).toBeGreaterThan(100); // 50 times the view's half-width
  });

  it('adds seeded gradient noise: same seed, same run; other seed, other run; common to every optimizer', () => {
    const noisy = (seed: number) =>
      run({
        ...scenarioOn(
          'sphere',
          [
            { type: 'gd', lr: 0.1 },
            { type: 'gd', lr: 0.1, label: 'twin' },
          ],
          { start: [2, 2], steps: 20, seed },
        ),
        problem: { type: 'function', name: 'sphere', noise: 0.5 },
      });
    const [a, twin] = noisy(5);
    const [b] = noisy(5);
    const [c] = noisy(6);
    expect(Array.from(a!.trajectory)).toEqual(Array.from(b!.trajectory));
    expect(Array.from(a!.trajectory)).toEqual(Array.from(twin!.trajectory));
    expect(Array.from(a!.trajectory)).not.toEqual(Array.from(c!.trajectory));
    const [clean] = run(
      scenarioOn('sphere', [{ type: 'gd', lr: 0.1 }], { start: [2, 2], steps: 20 }),
    );
    expect(Array.from(a!.trajectory)).not.toEqual(Array.from(clean!.trajectory));
  });

  it('cycles Adam’s β1 under one-cycle as PyTorch’s OneCycleLR does, which changes the trajectory', () => {
    const base = scenarioOn('rosenbrock', [], { start: [-1.5, 2], steps: 100 });
    const [cycled, plain] = run({
      ...base,
      optimizers: [
        { type: 'adam', lr: 0.05, schedule: { type: 'one-cycle' } },
        { type: 'adam', lr: 0.05, schedule: { type: 'one-cycle', cycleMomentum: false } },
      ],
    });
    expect(Array.from(cycled!.lr)).toEqual(Array.from(plain!.lr));
    expect(cycled!.trajectory[200]).not.toBe(plain!.trajectory[200]);
  });

  // ‖∇f‖ is measured where Σ∇f² overflows a double (from about 1.3e154): a gradient of 1e160
  // reads 1e160, not ∞ (a property test's counterexample, test/core/properties.test.ts).
  it('reports a huge gradient’s norm as it is, and +∞ only beyond the largest double', () => {
    const base = scenarioOn('sphere', [], { start: [1, 1], steps: 3 });
    const [huge] = run({
      ...base,
      problem: { type: 'expression', expr: '1e160 * x + y^2' },
      optimizers: [{ type: 'adam', lr: 0.01 }],
    });
    expect(huge!.divergedAt).toBeNull();
    for (const g of huge!.gradNorm) expect(g / 1e160).toBeCloseTo(1, 10);
    const [beyond] = run({
      ...base,
      problem: { type: 'expression', expr: 'log(1 + exp(-x*y))', noise: 10 },
      start: [-3, -3],
      steps: 236,
      seed: 1026892260,
      optimizers: [
        {
          type: 'momentum',
          lr: 1,
          momentum: 0,
          weightDecay: 1,
          schedule: { type: 'cosine', tMax: 238, etaMin: 0 },
        },
      ],
    });
    const last = beyond!.divergedAt! - 1;
    expect(Number.isFinite(beyond!.loss[last]!)).toBe(true);
    expect(beyond!.gradNorm[last]).toBe(Infinity);
    for (let k = 0; k < last; k++) expect(Number.isFinite(beyond!.gradNorm[k]!)).toBe(true);
  });
});
