/**
 * What chapters 3 and 4 of the course say (src/lessons/course/README.md), checked on
 * the steps' real runs: one sample, mini-batches and the full batch over the same epochs; the
 * learning rate's limit 2/L on the worked example; and the claim "a small learning rate finds
 * the global minimum" on a landscape of two basins.
 */
import { expect } from 'vitest';
import { run } from '../../src/core/run';
import { lrGrid, sweepScenario } from '../../src/core/sweep';
import type { Scenario } from '../../src/scenario/types';
import { dataOf, fitOf } from './course-claims-1';
import type { Claims } from './course-claims';
import {
  distance,
  finalLoss,
  gradientAt,
  last,
  point,
  points,
  reversals,
  rises,
  runScenario,
  stepOf,
  stepsTo,
  tailExcess,
  withRun,
} from './run-scenario';

/** The same scenario with another batch size (undefined: the full batch) and number of steps. */
function batched(scenario: Scenario, batchSize: number | undefined, steps: number): Scenario {
  const { batchSize: _old, ...problem } = scenario.problem as { batchSize?: number };
  return {
    ...scenario,
    steps,
    problem: (batchSize === undefined ? problem : { ...problem, batchSize }) as Scenario['problem'],
  };
}

/** The loss after `epochs` passes over the 100 points with batches of `batchSize` (full: 100). */
function afterEpochs(scenario: Scenario, batchSize: number | undefined, epochs: number): number {
  const steps = (epochs * 100) / (batchSize ?? 100);
  const [r] = runScenario(batched(scenario, batchSize, steps)).runs;
  return finalLoss(r!);
}

export const CLAIMS_3: Claims = {
  // ── chapter 3 ──────────────────────────────────────────────────────────────────────────────
  'One sample at a time': ({ scenario, runs }) => {
    const r = runs[0]!;
    expect(scenario.problem).toMatchObject({ batchSize: 1 });
    expect(points(r) - 1).toBe(100); // one epoch
    // The answer: the loss rises on 46 of 100 steps, and falls over the epoch from 36.4 to 0.37.
    expect(rises(r)).toBe(46);
    expect(r.loss[0]).toBeCloseTo(36.4, 1);
    expect(finalLoss(r)).toBeCloseTo(0.37, 2);
  },
  'Mini-batches': ({ scenario, runs }) => {
    expect(scenario.problem).toMatchObject({ batchSize: 10 });
    expect(points(runs[0]!) - 1).toBe(10); // one epoch
    // The answer: after one epoch one-sample 0.37, batches of 10 0.73, batches of 5 0.32.
    expect(finalLoss(runs[0]!)).toBeCloseTo(0.73, 2);
    expect(afterEpochs(scenario, 1, 1)).toBeCloseTo(0.37, 2);
    expect(afterEpochs(scenario, 1, 1)).toBeLessThan(finalLoss(runs[0]!));
    expect(afterEpochs(scenario, 5, 1)).toBeCloseTo(0.32, 2);
  },
  'The full batch': {
    check: ({ scenario, runs }) => {
      expect(points(runs[0]!) - 1).toBe(5);
      // Five epochs each: 0.282 (one sample), 0.279 (batches of 10), 4.12 (full batch).
      expect(afterEpochs(scenario, 1, 5)).toBeCloseTo(0.282, 3);
      expect(afterEpochs(scenario, 10, 5)).toBeCloseTo(0.279, 3);
      expect(finalLoss(runs[0]!)).toBeCloseTo(4.12, 2);
      // The success text: 23 epochs to get below 0.28, and it settles exactly on the fit.
      const [long] = run({ ...scenario, steps: 500 });
      expect(long!.loss.findIndex((l) => l < 0.28)).toBe(23);
      expect(rises(long!)).toBe(0);
      // Batches of 10 got below 0.28 within 5 epochs, single samples within one.
      const below = (batchSize: number, epochs: number) =>
        stepsTo(
          runScenario(batched(scenario, batchSize, epochs * (100 / batchSize))).runs[0]!,
          0.28,
        );
      expect(below(10, 5)).toBeLessThanOrEqual(50);
      expect(below(1, 1)).toBeLessThanOrEqual(100);
      expect(finalLoss(long!)).toBeCloseTo(fitOf(scenario).mse, 8);
    },
    solve: (scenario) => ({ ...scenario, steps: 30 }),
  },
  'Three paths on the same data': ({ scenario, runs }) => {
    // One view, three runs: the same data, start and α; only each run's own batch size differs.
    expect(scenario.problem).toEqual({ type: 'linear-regression' });
    expect(scenario.optimizers.map((o) => o.batchSize)).toEqual([1, 10, undefined]);
    expect(runs.map((r) => r.optimizer.lr)).toEqual([0.05, 0.05, 0.05]);
    expect(scenario.start).toEqual([-1, -2]);
    // 50 steps each: half an epoch, five epochs and fifty epochs of the 100 points.
    expect(scenario.steps).toBe(50);
    expect(dataOf(scenario).xs.length).toBe(100);
    const [one, ten, full] = runs;
    for (const r of runs) expect(points(r) - 1).toBe(50);
    // Each run is the problem's own batch size of that number, bit for bit.
    const plain: Scenario = { ...scenario, optimizers: [{ type: 'gd', lr: 0.05 }] };
    const problems = batched(plain, 10, scenario.steps);
    expect(Array.from(ten!.trajectory)).toEqual(
      Array.from(runScenario(problems).runs[0]!.trajectory),
    );
    // The answer: the full batch 0.277, just ahead of batches of 10 at 0.279 (within 0.002);
    // one sample 0.428, still jittering; after five epochs the full batch was at 4.12.
    expect(finalLoss(full!)).toBeCloseTo(0.277, 3);
    expect(finalLoss(ten!)).toBeCloseTo(0.279, 3);
    expect(finalLoss(one!)).toBeCloseTo(0.428, 3);
    expect(finalLoss(full!)).toBeLessThan(finalLoss(ten!));
    expect(finalLoss(ten!)).toBeLessThan(finalLoss(one!));
    expect(finalLoss(ten!) - finalLoss(full!)).toBeLessThan(0.002);
    expect(rises(one!) - rises(one!, 40)).toBeGreaterThan(0);
    expect(afterEpochs(plain, undefined, 5)).toBeCloseTo(4.12, 2);
  },
  'Noise that does not settle': {
    check: ({ scenario, runs }) => {
      const [large, small] = runs;
      expect(points(large!) - 1).toBe(500); // five epochs
      expect(large!.optimizer.lr).toBe(0.05);
      expect(small!.optimizer.lr).toBe(0.005);
      const best = fitOf(scenario).mse;
      // The answer: over the last 100 steps 0.018 and 0.0035 above the best, five times closer.
      expect(tailExcess(large!, best, 100)).toBeCloseTo(0.018, 3);
      expect(tailExcess(small!, best, 100)).toBeCloseTo(0.0035, 4);
      expect(tailExcess(large!, best, 100) / tailExcess(small!, best, 100)).toBeCloseTo(5, 0);
      // After the first epoch: 0.97 and 0.37.
      expect(small!.loss[100]).toBeCloseTo(0.97, 2);
      expect(large!.loss[100]).toBeCloseTo(0.37, 2);
      // "never settles": still rising and falling in the last epoch.
      expect(rises(large!) - rises(large!, 400)).toBeGreaterThan(20);
    },
    solve: (scenario) => batched(scenario, undefined, scenario.steps),
  },
};

// ── chapter 4 ────────────────────────────────────────────────────────────────────────────────

/** The largest and smallest eigenvalues of the regression's Hessian, 2·[[E x², E x], [E x, 1]]. */
function curvatures(scenario: Scenario, xScale = 1): { L: number; l: number } {
  const { xs } = dataOf(scenario);
  let sx = 0;
  let sxx = 0;
  for (const raw of xs) {
    const x = raw * xScale;
    sx += x / xs.length;
    sxx += (x * x) / xs.length;
  }
  const [a, b, d] = [2 * sxx, 2 * sx, 2];
  const r = Math.hypot((a - d) / 2, b);
  return { L: (a + d) / 2 + r, l: (a + d) / 2 - r };
}

const SHALLOW = -1.0927; // two-basins: the local minimum near (0.905, 0)
const DEEP = -2.0631; // and the global one near (−0.936, 0)

export const CLAIMS_4: Claims = {
  'Three learning rates': ({ scenario, runs }) => {
    const [small, right, large] = runs;
    const best = fitOf(scenario).mse;
    // The answer: α = 0.55 overshoots further on every step and is stopped at step 38.
    expect(large!.divergedAt).toBe(38);
    const fit = fitOf(scenario);
    const d = (k: number) => distance(point(large!, k), [fit.w, fit.b]);
    for (let k = 2; k < 38; k++) expect(d(k)).toBeGreaterThan(d(k - 1));
    expect(finalLoss(small!)).toBeCloseTo(0.2774, 4);
    expect(best).toBeCloseTo(0.276, 4);
    expect(stepsTo(right!, best + 0.001)).toBe(8);
  },
  'The limit: α < 2/L': {
    check: ({ scenario }) => {
      const { L } = curvatures(scenario);
      // The teacher's note: x ten times larger makes L about 60 times larger.
      expect(curvatures(scenario, 10).L / L).toBeCloseTo(60, -1);
      expect(L).toBeCloseTo(4.02, 2);
      expect(2 / L).toBeCloseTo(0.498, 3);
      // The sweep: the final loss falls as α grows, then the runs diverge past the limit.
      const sweep = sweepScenario(scenario, 0, lrGrid()).points;
      const below = sweep.filter((p) => p.lr < 0.3);
      for (let i = 1; i < below.length; i++)
        expect(below[i]!.finalLoss).toBeLessThanOrEqual(below[i - 1]!.finalLoss);
      for (const p of sweep) if (p.lr < 2 / L) expect(p.divergedAt).toBeNull();
      for (const p of sweep) if (p.lr > 0.55) expect(p.divergedAt).not.toBeNull();
      // The success text: at α = 0.5 the loss still only climbs; at 0.6 diverged by step 21.
      const [half] = run(withRun(scenario, 0, { lr: 0.5 }));
      expect(half!.divergedAt).toBeNull();
      expect(rises(half!)).toBe(100);
      const [over] = run(withRun(scenario, 0, { lr: 0.6 }));
      expect(over!.divergedAt).toBe(21);
    },
    solve: (scenario) => withRun(scenario, 0, { lr: 0.6 }),
  },
  'Just under the limit': ({ scenario, runs, view }) => {
    const r = runs[0]!;
    const { L } = curvatures(scenario);
    expect(1 - 0.48 * L).toBeCloseTo(-0.93, 2);
    expect(view.cursor).toBe(10);
    // The step just taken and the next one point in nearly opposite directions.
    const [a, b] = [stepOf(r, 10), stepOf(r, 11)];
    expect((a[0] * b[0] + a[1] * b[1]) / (Math.hypot(...a) * Math.hypot(...b))).toBeLessThan(-0.9);
    // The answer: J falls at every step while w reverses direction at every step.
    expect(rises(r)).toBe(0);
    expect(reversals(r, 0)).toBe(99);
    expect(finalLoss(r)).toBeLessThan(r.loss[0]! / 100);
  },
  'About right': {
    check: ({ scenario, runs }) => {
      const { L, l } = curvatures(scenario);
      expect(1 / L).toBeCloseTo(0.25, 2);
      expect(l).toBeCloseTo(0.33, 2);
      expect(L / l).toBeCloseTo(12, 0);
      expect(stepsTo(runs[0]!, 0.286)).toBeGreaterThan(3);
      // The success text: the last digits come fastest with α nearer 0.4.
      const best = fitOf(scenario).mse;
      const lrs = Array.from({ length: 45 }, (_, i) => 0.05 + i * 0.01);
      const time = lrs.map(
        (lr) => stepsTo(run(withRun(scenario, 0, { lr }))[0]!, best + 1e-4) ?? Infinity,
      );
      const fastest = lrs[time.indexOf(Math.min(...time))]!;
      expect(fastest).toBeGreaterThanOrEqual(0.35);
      expect(fastest).toBeLessThanOrEqual(0.45);
    },
    solve: (scenario) => withRun(scenario, 0, { lr: 0.25 }),
  },
  'Does a small α find the global minimum?': ({ scenario, runs }) => {
    const r = runs[0]!;
    expect(scenario.start).toEqual([0.4, 1.2]);
    expect(scenario.problem).toEqual({ type: 'function', name: 'two-basins' });
    // The answer: the shallow basin, within 200 steps, and it stays.
    expect(finalLoss(r)).toBeCloseTo(SHALLOW, 4);
    expect(distance(last(r), [0.905, 0])).toBeLessThan(1e-3);
    expect(stepsTo(r, -1.09)).toBeLessThan(200);
    expect(gradientAt(scenario, [-0.936, 0]).f).toBeCloseTo(DEEP, 3);
  },
  'Smaller still, or elsewhere': {
    check: ({ scenario, runs }) => {
      const [gd, momentum] = runs;
      expect(gd!.optimizer.lr).toBe(0.001);
      // The answer: the same shallow basin, about ten times later; momentum ends deep.
      expect(finalLoss(gd!)).toBeCloseTo(SHALLOW, 4);
      const [faster] = run({ ...scenario, optimizers: [{ ...gd!.optimizer, lr: 0.01 }] });
      const ratio = stepsTo(gd!, -1.09)! / stepsTo(faster!, -1.09)!;
      expect(ratio).toBeGreaterThan(9);
      expect(ratio).toBeLessThan(11);
      expect(finalLoss(momentum!)).toBeCloseTo(DEEP, 4);
      // The success text: momentum started at (−1, 1.5) ends in the shallow basin.
      const [, moved] = run({ ...scenario, start: [-1, 1.5] });
      expect(finalLoss(moved!)).toBeCloseTo(SHALLOW, 4);
    },
    solve: (scenario) => ({ ...scenario, start: [-0.3, 1.2] }),
  },
  'An egg crate': ({ scenario, runs }) => {
    const [small, cosine] = runs;
    expect(finalLoss(small!)).toBeGreaterThan(7.5);
    expect(finalLoss(small!)).toBeLessThan(8.5);
    expect(distance(last(cosine!), [0, 0])).toBeLessThan(1e-3);
    const [, lower] = run(withRun(scenario, 1, { lr: 0.05 }));
    expect(finalLoss(lower!)).toBeCloseTo(1, 0);
  },
};
