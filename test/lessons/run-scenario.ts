/**
 * A lesson step's view run through the core, as the worker would run it: the link decoded by the
 * app's own decoder, every run of its scenario, and for classifiers the accuracy per step and the
 * plane of the landscape (src/engine/plane.ts). Cached by scenario, so the course test runs each
 * step once however many claims read it. Plus the few measures the claims need, and a task's
 * condition checked on real runs with the condition language's own parser and evaluator.
 */
import { buildProblem } from '../../src/core/problems';
import { run, type RunResult } from '../../src/core/run';
import type { SliceMethod } from '../../src/core/slice';
import { runModel, type PlaneData } from '../../src/engine/plane';
import { conditionContextOf } from '../../src/lessons/condition/context';
import { evaluateCondition } from '../../src/lessons/condition/evaluate';
import { parseCondition } from '../../src/lessons/condition/parse';
import type { Scenario } from '../../src/scenario/types';
import { decodeLink, type LinkNotice } from '../../src/url/codec';
import type { LinkView } from '../../src/url/fields';

/** What a step's view computes. */
export interface StepRuns {
  scenario: Scenario;
  view: LinkView;
  notices: LinkNotice[];
  runs: RunResult[];
  /** accuracy[r][k] for classifiers (as the worker computes it), else null. */
  accuracy: Float64Array[] | null;
  /** The landscape's plane for models of more than 2 parameters, else null. */
  plane: PlaneData | null;
}

const cache = new Map<string, RunsOnly>();
type RunsOnly = Pick<StepRuns, 'runs' | 'accuracy' | 'plane'>;

/** The runs of a scenario (a model's with its plane, by `slice`), computed once. */
export function runScenario(scenario: Scenario, slice: SliceMethod = 'pca'): RunsOnly {
  const key = `${slice} ${JSON.stringify(scenario)}`;
  let cached = cache.get(key);
  if (!cached) {
    if (buildProblem(scenario.problem).dim > 2) {
      const { runs, accuracy, plane } = runModel(scenario, slice);
      cached = { runs, accuracy, plane };
    } else {
      cached = { runs: run(scenario), accuracy: null, plane: null };
    }
    cache.set(key, cached);
  }
  return cached;
}

/** A step's link decoded and run. */
export function runLink(link: string): StepRuns {
  const { state, notices } = decodeLink(link);
  return {
    scenario: state.scenario,
    view: state.view,
    notices,
    ...runScenario(state.scenario, state.view.slice),
  };
}

/** Whether a task's condition holds on the runs of `scenario` (throws if it does not parse). */
export function conditionHolds(condition: string, scenario: Scenario): boolean {
  const parsed = parseCondition(condition);
  if ('error' in parsed) throw new Error(`condition does not parse: ${condition}`);
  const { runs, accuracy } = runScenario(scenario);
  return evaluateCondition(parsed.ast, conditionContextOf({ results: runs, accuracy }));
}

/** The same scenario with run `index`'s fields changed (0-based): a student's slider move. */
export function withRun(scenario: Scenario, index: number, patch: object): Scenario {
  return {
    ...scenario,
    optimizers: scenario.optimizers.map((o, i) => (i === index ? { ...o, ...patch } : o)),
  };
}

// ── measuring a run ──────────────────────────────────────────────────────────────────────────

export type Point = [number, number];

/** θₖ's first two coordinates. */
export const point = (r: RunResult, k: number): Point => [
  r.trajectory[k * r.dim]!,
  r.trajectory[k * r.dim + 1]!,
];
export const points = (r: RunResult) => r.loss.length;
export const last = (r: RunResult): Point => point(r, points(r) - 1);
export const finalLoss = (r: RunResult) => r.loss[points(r) - 1]!;
export const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
/** Step k's displacement θₖ − θₖ₋₁ (2D). */
export const stepOf = (r: RunResult, k: number): Point => {
  const [a, b] = [point(r, k - 1), point(r, k)];
  return [b[0] - a[0], b[1] - a[1]];
};
export const stepLength = (r: RunResult, k: number) => Math.hypot(...stepOf(r, k));

/** The first step k with loss[k] ≤ threshold, or null: the condition language's `stepsTo`. */
export function stepsTo(r: RunResult, threshold: number): number | null {
  const k = r.loss.findIndex((l) => l <= threshold);
  return k < 0 ? null : k;
}

/** Steps k ≥ 1 with loss[k] > loss[k − 1], among the first `upTo` points: the language's `rises`. */
export function rises(r: RunResult, upTo = points(r)): number {
  let count = 0;
  for (let k = 1; k < Math.min(upTo, points(r)); k++) if (r.loss[k]! > r.loss[k - 1]!) count++;
  return count;
}

/** How often coordinate `axis` changes direction: a count of zig-zags. */
export function reversals(r: RunResult, axis: 0 | 1, upTo = points(r)): number {
  let count = 0;
  for (let k = 2; k < Math.min(upTo, points(r)); k++)
    if (stepOf(r, k - 1)[axis] * stepOf(r, k)[axis] < 0) count++;
  return count;
}

/** Mean of loss[k] − floor over the last n points: how far a noisy run stays above the best. */
export function tailExcess(r: RunResult, floor: number, n: number): number {
  let sum = 0;
  for (let k = points(r) - n; k < points(r); k++) sum += r.loss[k]! - floor;
  return sum / n;
}

/** Largest value of coordinate `axis` along the run. */
export function maxCoordinate(r: RunResult, axis: 0 | 1): number {
  let max = -Infinity;
  for (let k = 0; k < points(r); k++) max = Math.max(max, point(r, k)[axis]);
  return max;
}

/** f and ∇f of a scenario's problem at a point. */
export function gradientAt(scenario: Scenario, at: Point): { f: number; grad: Point } {
  const grad = new Float64Array(2);
  const f = buildProblem(scenario.problem).valueAndGrad(Float64Array.from(at), grad);
  return { f, grad: [grad[0]!, grad[1]!] };
}
