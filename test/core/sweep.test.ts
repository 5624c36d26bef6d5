import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/run';
import {
  bestLrIndex,
  lrGrid,
  stepsToTolerance,
  sweepScenario,
  SWEEP_TOLERANCE,
} from '../../src/core/sweep';
import { sweepWorkerApi } from '../../src/engine/worker-sweep';
import type { OptimizerSpec, Scenario } from '../../src/scenario/types';
import { scenarioOn, scenarioWith, sweepPoint } from '../helpers';

/** What run() says for one α of a scenario's run, summarised as the sweep summarises it. */
function independent(scenario: Scenario, runIndex: number, lr: number) {
  const specs = scenario.optimizers.map((o, i) => (i === runIndex ? { ...o, lr } : o));
  const result = run({ ...scenario, optimizers: specs })[runIndex]!;
  return { loss: Array.from(result.loss), divergedAt: result.divergedAt };
}

const rosenbrock = (optimizers: OptimizerSpec[], extra: Partial<Scenario> = {}) =>
  scenarioOn('rosenbrock', optimizers, { start: [-1.5, 2], steps: 300, ...extra });

describe('lrGrid()', () => {
  it('lrGrid() spans 1e-5 to 10 in 60 log-even points of three significant digits', () => {
    const grid = lrGrid();
    expect(grid).toHaveLength(60);
    expect(grid[0]).toBe(1e-5);
    expect(grid[59]).toBe(10);
    for (let i = 1; i < 60; i++) {
      // One grid step is 10^(6/59) ≈ ×1.264; rounding to 3 digits moves it by under 0.5 %.
      expect(grid[i]! / grid[i - 1]!).toBeGreaterThan(1.25);
      expect(grid[i]! / grid[i - 1]!).toBeLessThan(1.28);
      expect(Number(grid[i]!.toPrecision(3))).toBe(grid[i]);
    }
  });

  it('lrGrid(1e-3, 1, 4) returns the decades, and a bad grid throws', () => {
    expect(lrGrid(1e-3, 1, 4)).toEqual([0.001, 0.01, 0.1, 1]);
    expect(() => lrGrid(0, 1, 4)).toThrow('invalid grid');
    expect(() => lrGrid(1, 1e-3, 4)).toThrow('invalid grid');
    expect(() => lrGrid(1e-3, 1, 1)).toThrow('invalid grid');
  });
});

describe('sweepScenario()', () => {
  it('every α equals an independent run() of the scenario with that α, GD and Adam on Rosenbrock', () => {
    const scenario = rosenbrock([
      { type: 'gd', lr: 0.001 },
      { type: 'adam', lr: 0.1, beta1: 0.8 },
    ]);
    const lrs = lrGrid(); // spans stable, slow and diverging α for both
    for (const runIndex of [0, 1]) {
      const { points } = sweepScenario(scenario, runIndex, lrs);
      expect(points.map((p) => p.lr)).toEqual(lrs);
      let diverged = 0;
      points.forEach((p, i) => {
        const ref = independent(scenario, runIndex, lrs[i]!);
        expect(p.divergedAt).toBe(ref.divergedAt);
        expect(p.bestLoss).toBe(Math.min(...ref.loss));
        if (ref.divergedAt === null) {
          expect(p.finalLoss).toBe(ref.loss[scenario.steps]);
          const target = SWEEP_TOLERANCE * (ref.loss[0]! - 0);
          const k = ref.loss.findIndex((f) => f <= target);
          expect(p.stepsToTolerance).toBe(k < 0 ? null : k);
        } else {
          diverged++;
          expect(p.finalLoss).toBe(Infinity);
          expect(p.stepsToTolerance).toBeNull();
        }
      });
      // GD diverges from α ≈ 3e-3 up, so both branches are checked; Adam's steps are bounded
      // by α and it stays within the bounds over the whole grid.
      if (runIndex === 0) expect(diverged).toBeGreaterThan(20);
      expect(diverged).toBeLessThan(60);
    }
  });

  it('matches run() with gradient noise, a schedule and mini-batches (common random numbers)', () => {
    const noisy = rosenbrock(
      [{ type: 'momentum', lr: 1e-4, schedule: { type: 'cosine', etaMin: 1e-5 } }],
      { problem: { type: 'function', name: 'rosenbrock', noise: 2 }, seed: 7 },
    );
    const regression = scenarioWith(
      { type: 'linear-regression', batchSize: 10 },
      [{ type: 'rmsprop', lr: 0.01 }],
      { start: [0, 0], steps: 200, seed: 3 },
    );
    for (const scenario of [noisy, regression]) {
      const lrs = [1e-4, 3e-3, 0.05, 2];
      const { points } = sweepScenario(scenario, 0, lrs);
      points.forEach((p, i) => {
        const ref = independent(scenario, 0, lrs[i]!);
        expect(p.divergedAt).toBe(ref.divergedAt);
        expect(p.bestLoss).toBe(Math.min(...ref.loss));
        if (ref.divergedAt === null) expect(p.finalLoss).toBe(ref.loss.at(-1));
      });
    }
  });

  it('a chunk gives the same points as the whole grid at once (chunks are independent)', () => {
    const scenario = rosenbrock([{ type: 'rmsprop', lr: 0.01 }]);
    const lrs = lrGrid();
    const whole = sweepScenario(scenario, 0, lrs).points;
    const parts = [lrs.slice(0, 7), lrs.slice(7, 40), lrs.slice(40)].flatMap(
      (chunk) => sweepScenario(scenario, 0, chunk).points,
    );
    expect(parts).toEqual(whole);
  });

  it('has no steps to tolerance where f* is unknown (the monkey saddle is unbounded below)', () => {
    const scenario = scenarioOn('monkey-saddle', [{ type: 'gd', lr: 0.01 }], { steps: 50 });
    const { points } = sweepScenario(scenario, 0, [1e-3, 1e-2]);
    expect(points.every((p) => p.stepsToTolerance === null)).toBe(true);
  });

  it('throws on a run index the scenario does not have', () => {
    expect(() => sweepScenario(rosenbrock([{ type: 'gd', lr: 1e-3 }]), 3, [1e-3])).toThrow(
      'no run 3',
    );
  });
});

describe('sweepWorkerApi.sweepChunk()', () => {
  it('validates the scenario and the learning rates before running', () => {
    const scenario = rosenbrock([{ type: 'gd', lr: 1e-3 }]);
    expect(sweepWorkerApi.sweepChunk(scenario, 0, [1e-3]).points).toHaveLength(1);
    expect(() => sweepWorkerApi.sweepChunk({ ...scenario, steps: -1 }, 0, [1e-3])).toThrow('steps');
    expect(() => sweepWorkerApi.sweepChunk(scenario, 0, [NaN])).toThrow('lrs');
    expect(() => sweepWorkerApi.sweepChunk(scenario, 0, new Array(241).fill(1e-3))).toThrow(
      'at most 240',
    );
  });
});

describe('stepsToTolerance()', () => {
  it('returns the first step within the relative tolerance, or null', () => {
    // Gap 100 at the start: the target is a gap of 0.1 (tolerance 1e-3).
    expect(stepsToTolerance([101, 50, 1.2, 1.1, 1.05], 1)).toBe(4);
    expect(stepsToTolerance([101, 50, 1.2], 1)).toBeNull();
    expect(stepsToTolerance([101, 50, 1.2], null)).toBeNull();
    // A start at the minimum has nothing to reduce.
    expect(stepsToTolerance([1, 2], 1)).toBe(0);
  });
});

describe('bestLrIndex()', () => {
  it('picks the smallest final loss among runs that did not diverge, smallest α on a tie', () => {
    const points = [
      sweepPoint(1e-3, 5),
      sweepPoint(1e-2, 0.5),
      sweepPoint(0.1, 0.5),
      sweepPoint(1, 0, 3),
    ];
    expect(bestLrIndex(points)).toBe(1);
    expect(bestLrIndex([sweepPoint(1, Infinity, 2), undefined])).toBeNull();
  });
});
