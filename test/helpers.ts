/** Shared test helpers: the golden file and scenario builders. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SweepPoint } from '../src/core/sweep';
import type { OptimizerSpec, ProblemSpec, Scenario, ScheduleSpec } from '../src/scenario/types';
import { MAX_HIDDEN_UNITS, MAX_MODEL_POINTS } from '../src/scenario/validate-data';

/** One case of test/fixtures/golden-trajectories.json (float64 runs of real torch.optim). */
export interface GoldenCase {
  id: string;
  problem: string;
  start: [number, number];
  steps: number;
  optimizer: OptimizerSpec;
  schedule?: ScheduleSpec;
  trajectory: [number, number][];
  loss: number[];
  lr?: number[];
}

/**
 * The golden trajectories come from real torch.optim (docs/optimizers.md, "Golden vectors"); a
 * copy is kept in test/fixtures so that a clean clone tests on its own.
 */
export function loadGolden(): { about: string; cases: GoldenCase[] } {
  const url = new URL('./fixtures/golden-trajectories.json', import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as {
    about: string;
    cases: GoldenCase[];
  };
}

/** A scenario on the given problem with the given optimizers: 3 steps from (1, 2), seed 1. */
export function scenarioWith(
  problem: ProblemSpec,
  optimizers: OptimizerSpec[],
  extra: Partial<Scenario> = {},
): Scenario {
  return { version: 1, problem, start: [1, 2], steps: 3, seed: 1, optimizers, ...extra };
}

/** A scenario on a built-in function with the given optimizers. */
export const scenarioOn = (
  name: string,
  optimizers: OptimizerSpec[],
  extra: Partial<Scenario> = {},
): Scenario => scenarioWith({ type: 'function', name }, optimizers, extra);

/**
 * The first view's problem and start (Rosenbrock from (−1.5, 2), src/state/defaults.ts) with the
 * given steps and optimizers: the fixture of the CLI, engine, export and validation tests.
 */
export const rosenbrockFromFirstStart = (steps: number, optimizers: OptimizerSpec[]): Scenario =>
  scenarioOn('rosenbrock', optimizers, { start: [-1.5, 2], steps });

/** The relative difference |a − b| / max(1, |b|). */
export function relDiff(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(b));
}

/**
 * The heaviest model a scenario may ask for (src/scenario/validate-data.ts): three hidden layers
 * of the widest size on the most spiral points, trained on the full batch.
 */
export const HEAVIEST_MLP = {
  type: 'mlp',
  hidden: [MAX_HIDDEN_UNITS, MAX_HIDDEN_UNITS, MAX_HIDDEN_UNITS],
  batchSize: MAX_MODEL_POINTS,
  data: { generator: 'spiral', n: MAX_MODEL_POINTS },
} satisfies ProblemSpec;

/** A point of a learning-rate sweep whose best loss is its final loss. */
export const sweepPoint = (
  lr: number,
  finalLoss: number,
  divergedAt: number | null = null,
): SweepPoint => ({ lr, finalLoss, bestLoss: finalLoss, stepsToTolerance: null, divergedAt });
