/**
 * The claims of the presets on Newton's method (issue 21, docs/optimizers.md#newton), checked
 * against the runs: one step onto a quadratic's minimum, the error halved at α = 0.5, gradient
 * descent at its best constant α; a saddle that attracts the plain step, which saddle-free Newton
 * leaves for the minimum. Merged into presets.test.ts's expectations, as curvature-expectations.ts.
 */
import { expect } from 'vitest';
import { eigen2 } from '../../src/core/curvature/eigen2';
import { hessian2Of } from '../../src/core/curvature/hessian2';
import type { RunResult } from '../../src/core/run';
import type { Preset } from '../../src/presets/presets';

type Expectation = (runs: RunResult[], preset: Preset) => void;
type Point = [number, number];

const point = (r: RunResult, k: number): Point => [r.trajectory[2 * k]!, r.trajectory[2 * k + 1]!];
const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
/** The first step at which f falls below `level`, or −1. */
const firstBelow = (r: RunResult, level: number) => r.loss.findIndex((f) => f < level);

/** H's eigenvalues at (x, y) on the preset's function: [λmin, λmax]. */
function eigenvalues(preset: Preset, [x, y]: Point): [number, number] {
  const hessian = hessian2Of(preset.scenario.problem)!;
  const h = new Float64Array(3);
  hessian(x, y, h);
  const { lambdaMin, lambdaMax } = eigen2(h[0]!, h[1]!, h[2]!);
  return [lambdaMin, lambdaMax];
}

export const NEWTON_EXPECTATIONS: Record<string, Expectation> = {
  'newton-one-step': ([full, half, gd], preset) => {
    const minimum: Point = [1, 3];
    // A quadratic: the same H everywhere, λ = 2 and 18 (Booth's [[10, 8], [8, 10]]).
    for (const at of [point(full!, 0), minimum, [7, -2] as Point]) {
      const [low, high] = eigenvalues(preset, at);
      expect(low).toBeCloseTo(2, 12);
      expect(high).toBeCloseTo(18, 12);
    }
    // "lands exactly on the minimum (1, 3) in one step" and stays.
    expect(point(full!, 1)).toEqual(minimum);
    expect(point(full!, full!.loss.length - 1)).toEqual(minimum);
    // Gradient descent at 2/(λmin + λmax) = 0.1, the best constant α on a quadratic.
    expect(preset.scenario.optimizers[2]!.lr).toBe(2 / (2 + 18));
    expect(firstBelow(gd!, 1e-6)).toBe(47);
    // α = 0.5: the distance halves every step (to rounding), f below 10⁻⁶ at step 15.
    for (let k = 1; k <= 20; k++)
      expect(
        distance(point(half!, k), minimum) / distance(point(half!, k - 1), minimum),
      ).toBeCloseTo(0.5, 9);
    expect(firstBelow(half!, 1e-6)).toBe(15);
  },
  'newton-saddle': ([plain, saddleFree, gd], preset) => {
    const saddle: Point = [0, 1];
    // (0, 1) is a saddle: ∇f = 0 and H indefinite there.
    const [low, high] = eigenvalues(preset, saddle);
    expect(low).toBeLessThan(0);
    expect(high).toBeGreaterThan(0);
    // The plain step converges to it and stays: f = 14.2 (14.203125), unchanged to the end.
    const end = plain!.loss.length - 1;
    expect(plain!.divergedAt).toBeNull();
    expect(distance(point(plain!, 10), saddle)).toBeLessThan(1e-15);
    expect(point(plain!, end)).toEqual(point(plain!, 10));
    expect(plain!.loss[end]).toBeCloseTo(14.203125, 12);
    expect(plain!.gradNorm[end]).toBeLessThan(1e-12);
    // The start itself is where H is indefinite too: the plain step heads for a saddle from there.
    expect(eigenvalues(preset, point(plain!, 0))[0]).toBeLessThan(0);
    // Saddle-free Newton reaches the minimum (3, 0.5) by step 10.
    expect(distance(point(saddleFree!, 10), [3, 0.5])).toBeLessThan(1e-15);
    expect(distance(point(saddleFree!, 9), [3, 0.5])).toBeGreaterThan(0);
    expect(saddleFree!.loss[10]).toBeLessThan(1e-30);
    // Gradient descent at α = 0.01 after 60 steps: f = 0.22.
    expect(gd!.loss.length).toBe(61);
    expect(gd!.loss[60]).toBeCloseTo(0.22, 2);
  },
};
