/**
 * What the presets are made of (presets.ts, presets-newton.ts): the gallery's topics, a preset's
 * shape, and the helpers that write a preset's scenario with the palette's colours.
 */
// The presets describe model problems as this chunk loads: the models' numerics come with it
// (src/kinds/model-numerics.ts fills the slot when evaluated).
import '../kinds/model-numerics';
import type { View } from '../core/problems';
import type { ChartMode, ChartX } from '../state/chart-modes';
import { RUN_COLORS } from '../plot/palette';
import type { OptimizerSpec, ProblemSpec, Scenario } from '../scenario/types';
import { describeProblem } from '../core/problems';

/** The gallery's groups, in the order shown. */
export const PRESET_TOPICS = [
  'Learning rate',
  'Momentum',
  'Adaptive steps',
  "Adam's knobs",
  'Landscapes',
  'Stochastic gradients',
  'Schedules',
  'Curvature',
  'Models on data',
] as const;
export type PresetTopic = (typeof PRESET_TOPICS)[number];

/** One curated experiment. */
export interface Preset {
  /** Stable, URL-safe name (tests key their expectations by it). */
  id: string;
  title: string;
  /** Exactly two sentences: what to look at on screen and why it happens. */
  summary: string;
  /** The gallery's group. */
  topic: PresetTopic;
  scenario: Scenario;
  /** How to look at it; absent fields take the link defaults (run 1, end of the runs, the problem's view). */
  view?: {
    selectedRun?: number;
    cursor?: number | null;
    window?: View | null;
    chart?: ChartMode;
    /** The loss chart's x axis: evaluations of f (L-BFGS's presets), else steps. */
    x?: ChartX;
  };
}

/** A built-in function by name. */
export const fn = (name: string): ProblemSpec => ({ type: 'function', name });

/** A scenario whose runs take the palette's colours in order, as the app gives them. */
export function scenario(
  problem: ProblemSpec,
  start: number[],
  steps: number,
  runs: OptimizerSpec[],
): Scenario {
  return {
    version: 1,
    problem,
    start,
    steps,
    seed: 1,
    optimizers: runs.map((run, i) => ({ ...run, color: RUN_COLORS[i % RUN_COLORS.length]! })),
  };
}

/** A model's scenario starts from its initial weights (the problem's default start). */
export function model(problem: ProblemSpec, steps: number, runs: OptimizerSpec[]): Scenario {
  return scenario(problem, [...describeProblem(problem).info.start], steps, runs);
}
