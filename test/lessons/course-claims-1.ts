/**
 * What chapters 1 and 2 of the course say (src/lessons/course/README.md), checked on
 * the steps' real runs: the worked example's data, its loss surface and least-squares answer,
 * the gradient at the start and gradient descent's first steps.
 */
import { expect } from 'vitest';
import {
  generateLinearData,
  leastSquares,
  LINEAR_DATA_DEFAULTS,
} from '../../src/core/problems/linear-regression';
import type { Scenario } from '../../src/scenario/types';
import type { Claims } from './course-claims';
import {
  distance,
  finalLoss,
  gradientAt,
  last,
  point,
  points,
  stepLength,
  stepsTo,
  type Point,
} from './run-scenario';

/** The dataset of a regression scenario, as the core generates it. */
export function dataOf(scenario: Scenario) {
  if (scenario.problem.type !== 'linear-regression') throw new Error('not a regression');
  return generateLinearData({ ...LINEAR_DATA_DEFAULTS, ...scenario.problem.data });
}

/** The least-squares fit of a regression scenario's data. */
export const fitOf = (scenario: Scenario) => leastSquares(dataOf(scenario));

const J = (scenario: Scenario, at: Point) => gradientAt(scenario, at).f;

/** The unit eigenvectors of the MSE's Hessian: across the valley (steep), then along it. */
function valleyOf(scenario: Scenario): [Point, Point] {
  const { xs } = dataOf(scenario);
  let sx = 0;
  let sxx = 0;
  for (const x of xs) {
    sx += x / xs.length;
    sxx += (x * x) / xs.length;
  }
  const [a, b, d] = [2 * sxx, 2 * sx, 2];
  const steep = (a + d) / 2 + Math.hypot((a - d) / 2, b);
  const u: Point = [b, steep - a];
  const norm = Math.hypot(...u);
  return [
    [u[0] / norm, u[1] / norm],
    [-u[1] / norm, u[0] / norm],
  ];
}

/** Angle in degrees between two directions. */
const angle = (a: Point, b: Point) =>
  (Math.acos((a[0] * b[0] + a[1] * b[1]) / (Math.hypot(...a) * Math.hypot(...b))) * 180) / Math.PI;

export const CLAIMS_1: Claims = {
  // ── chapter 1 ──────────────────────────────────────────────────────────────────────────────
  'The data': ({ scenario }) => {
    // "100 points, x between 0 and 2, y = 2x + 1 plus noise of standard deviation 0.5".
    expect(scenario.problem).toEqual({ type: 'linear-regression' });
    expect(LINEAR_DATA_DEFAULTS).toMatchObject({ n: 100, noise: 0.5, slope: 2, intercept: 1 });
    const { xs, ys } = dataOf(scenario);
    expect(xs.length).toBe(100);
    for (const x of xs) expect(x >= 0 && x <= 2).toBe(true);
    // "no single line passes through all of them": the best line still misses.
    expect(fitOf(scenario).mse).toBeGreaterThan(0.2);
    expect(ys.length).toBe(100);
  },
  'A line is a point (w, b)': {
    check: ({ scenario, view, runs }) => {
      expect(scenario.start).toEqual([-1, -2]);
      expect(view.cursor).toBe(0);
      expect(runs[0]!.loss[0]).toBeCloseTo(36.4, 1);
      // "far below every data point": y = −x − 2 is under all of them.
      const { xs, ys } = dataOf(scenario);
      xs.forEach((x, i) => expect(-x - 2).toBeLessThan(ys[i]!));
      // The success text: near (2, 1) the loss is about 0.28.
      expect(J(scenario, [2, 1])).toBeCloseTo(0.28, 2);
    },
    solve: (scenario) => ({ ...scenario, start: [2, 1] }),
  },
  'The loss surface': ({ scenario, runs }) => {
    const fit = fitOf(scenario);
    const { xs } = dataOf(scenario);
    const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;
    // The pivot: the centre of the data.
    expect(mean(xs)).toBeCloseTo(0.92, 2);
    expect(fit.w * mean(xs) + fit.b).toBeCloseTo(2.83, 2);
    // The valley's directions: the eigenvectors of the Hessian 2·[[mean x², mean x], [mean x, 1]].
    const [across, along] = valleyOf(scenario);
    // "from upper left to lower right": w up, b down.
    expect(along[0] * along[1]).toBeLessThan(0);
    // "0.5 along the floor raises the loss by only 0.04; the same distance across by 0.50".
    const moved = (u: Point) => J(scenario, [fit.w + 0.5 * u[0], fit.b + 0.5 * u[1]]) - fit.mse;
    expect(moved(along)).toBeCloseTo(0.04, 2);
    expect(moved(across)).toBeCloseTo(0.5, 2);
    // The run "drops to the floor, then slides along it": its first step goes mostly across
    // the valley, and its last 50 mostly along it.
    const r = runs[0]!;
    const on = (u: Point, k: number, j: number) =>
      Math.abs((point(r, k)[0] - point(r, j)[0]) * u[0] + (point(r, k)[1] - point(r, j)[1]) * u[1]);
    expect(on(across, 1, 0)).toBeGreaterThan(5 * on(along, 1, 0));
    const n = points(r) - 1;
    expect(on(along, n, n - 50)).toBeGreaterThan(5 * on(across, n, n - 50));
  },
  'The least-squares answer': ({ scenario, runs }) => {
    const fit = fitOf(scenario);
    expect(fit.w).toBeCloseTo(2.018, 3);
    expect(fit.b).toBeCloseTo(0.983, 3);
    expect(fit.mse).toBeCloseTo(0.276, 3);
    // The answer: gradient descent from (−1, −2), 200 steps, stops at the fit.
    expect(scenario.start).toEqual([-1, -2]);
    expect(points(runs[0]!) - 1).toBe(200);
    expect(distance(last(runs[0]!), [fit.w, fit.b])).toBeLessThan(1e-3);
    expect(finalLoss(runs[0]!)).toBeCloseTo(0.276, 3);
    // The true line's loss is 0.2761, "just above".
    expect(J(scenario, [2, 1])).toBeCloseTo(0.2761, 4);
    expect(J(scenario, [2, 1])).toBeGreaterThan(fit.mse);
  },
  'Without noise: y = 2x + 1 exactly': ({ scenario, runs }) => {
    // "the same 100 values of x with the noise set to 0".
    const noisy = generateLinearData(LINEAR_DATA_DEFAULTS);
    const clean = dataOf(scenario);
    expect(Array.from(clean.xs)).toEqual(Array.from(noisy.xs));
    clean.xs.forEach((x, i) => expect(clean.ys[i]).toBeCloseTo(2 * x + 1, 12));
    const fit = fitOf(scenario);
    expect(fit.w).toBeCloseTo(2, 12);
    expect(fit.b).toBeCloseTo(1, 12);
    // "after 100 steps at α = 0.3 it is at (2.000, 1.000) with a loss below 10⁻¹¹".
    const r = runs[0]!;
    expect(r.optimizer.lr).toBe(0.3);
    expect(points(r) - 1).toBe(100);
    expect(distance(last(r), [2, 1])).toBeLessThan(5e-4);
    expect(finalLoss(r)).toBeLessThan(1e-11);
    // "about the noise's variance, 0.25 (0.276 for our sample)".
    expect(fitOf({ ...scenario, problem: { type: 'linear-regression' } }).mse).toBeCloseTo(
      0.276,
      3,
    );
  },

  // ── chapter 2 ──────────────────────────────────────────────────────────────────────────────
  'Downhill is −∇J': ({ scenario, view }) => {
    expect(scenario.start).toEqual([-1, 3]);
    expect(view.arrows?.grad).toBe(true);
    const { grad } = gradientAt(scenario, [-1, 3]);
    expect(grad[0]).toBeCloseTo(-3.39, 2);
    expect(grad[1]).toBeCloseTo(-1.5, 2);
    // The answer: −∇J raises b (up, away from the best b ≈ 0.98).
    const fit = fitOf(scenario);
    expect(fit.b).toBeLessThan(3);
    expect(-grad[1]).toBeGreaterThan(0);
    // Mean error −0.75; 58° from the direction of the minimum.
    const { xs, ys } = dataOf(scenario);
    let meanError = 0;
    xs.forEach((x, i) => (meanError += (-x + 3 - ys[i]!) / xs.length));
    expect(meanError).toBeCloseTo(-0.75, 2);
    expect(angle([-grad[0], -grad[1]], [fit.w + 1, fit.b - 3])).toBeCloseTo(58, 0);
  },
  'Partial derivatives': ({ scenario }) => {
    const { grad, f } = gradientAt(scenario, [-1, 3]);
    // The formulas of the text, summed here by hand, agree with the problem's gradient.
    const { xs, ys } = dataOf(scenario);
    let gw = 0;
    let gb = 0;
    let negative = 0;
    xs.forEach((x, i) => {
      const error = -x + 3 - ys[i]!;
      gw += (2 * error * x) / xs.length;
      gb += (2 * error) / xs.length;
      if (error < 0) negative++;
    });
    expect(gw).toBeCloseTo(grad[0], 10);
    expect(gb).toBeCloseTo(grad[1], 10);
    // The teacher's note: the errors are mostly negative.
    expect(negative).toBeGreaterThan(xs.length / 2);
    // "nudging w up by 0.01 lowers the loss by about 0.034".
    expect(J(scenario, [-0.99, 3]) - f).toBeCloseTo(-0.034, 3);
  },
  'One step of gradient descent': ({ runs, view }) => {
    expect(view.cursor).toBe(1);
    // The answer: θ − αg = (−0.661, 3.150).
    expect(point(runs[0]!, 1)[0]).toBeCloseTo(-0.661, 3);
    expect(point(runs[0]!, 1)[1]).toBeCloseTo(3.15, 3);
  },
  'Steps shrink on their own': {
    check: ({ runs }) => {
      const r = runs[0]!;
      // "‖∇J‖ falls at every step".
      for (let k = 1; k < points(r); k++) expect(r.gradNorm[k]).toBeLessThan(r.gradNorm[k - 1]!);
      // "66 steps to bring the loss below 0.3".
      expect(stepsTo(r, 0.3)).toBe(66);
      // The answer: step 1 is 0.371 long, step 50 0.022, about 17 times shorter; ‖∇J‖ 3.71 → 0.22.
      expect(stepLength(r, 1)).toBeCloseTo(0.371, 3);
      expect(stepLength(r, 50)).toBeCloseTo(0.022, 3);
      expect(stepLength(r, 1) / stepLength(r, 50)).toBeCloseTo(17, 0);
      expect(r.gradNorm[0]).toBeCloseTo(3.71, 2);
      expect(r.gradNorm[49]).toBeCloseTo(0.22, 2);
    },
    solve: (scenario) => ({
      ...scenario,
      optimizers: [{ ...scenario.optimizers[0]!, lr: 0.3 }],
    }),
  },
};
