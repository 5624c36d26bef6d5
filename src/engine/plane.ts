/**
 * Runs of problems with more than 2 parameters (models on data), and what their views need
 * beyond the runs: the 2D slice the landscape draws (src/core/slice.ts, Li et al. 2018) with
 * every run projected onto it, and each run's accuracy per step for classifiers. Pure over the
 * core, so Node tests call it as the worker does.
 */
import { buildProblem, type Problem, type View } from '../core/problems';
import { run, type RunResult } from '../core/run';
import type { SliceMethod } from '../core/slice/types';
import { modelNumerics } from '../kinds/numerics-slot';
import type { ProblemSpec, Scenario } from '../scenario/types';

/** The plane a landscape of many parameters is drawn on, and the runs projected onto it. */
export interface PlaneData {
  method: SliceMethod;
  /** c, d₁, d₂: θ = c + a·d₁ + b·d₂ at plane point (a, b). */
  center: Float64Array;
  d1: Float64Array;
  d2: Float64Array;
  view: View;
  /** For PCA: the share of the paths' variance along each direction; null for random ones. */
  explained: [number, number] | null;
  /** Each run's points as (a, b) pairs, in run order. */
  projections: Float64Array[];
}

/** What a model scenario computes: the runs, their plane, and accuracy per step (classifiers). */
export interface ModelRuns {
  runs: RunResult[];
  plane: PlaneData;
  /** accuracy[r][k]: the fraction of points run r classifies right at step k; null for regression. */
  accuracy: Float64Array[] | null;
}

/** How a request names a slice for painting or probing: the plane without the projections. */
export type PlaneSpec = Pick<PlaneData, 'method' | 'center' | 'd1' | 'd2' | 'view'>;

/** Runs a validated scenario of a model problem and builds its plane (`method`, seeded by the scenario's seed). */
export function runModel(scenario: Scenario, method: SliceMethod): ModelRuns {
  const problem = buildProblem(scenario.problem);
  const runs = run(scenario);
  return {
    runs,
    plane: planeOf(problem, runs, method, scenario.seed),
    accuracy: accuracyOf(problem, runs),
  };
}

/**
 * The plane of a model's runs (finished or partial: any prefix of each run). Diverged runs race
 * to the divergence bound: they would take over the principal directions and the window. The
 * plane is made of the others (of all, if every run diverged), and the diverged ones are
 * projected onto it, running off the drawing as they do on a 2D surface.
 */
export function planeOf(
  problem: Problem,
  runs: readonly RunResult[],
  method: SliceMethod,
  seed: number,
): PlaneData {
  const sliceRuns = runs.map((result) => {
    const points = result.loss.length;
    return { trajectory: result.trajectory, points, finalLoss: result.loss[points - 1] ?? NaN };
  });
  const settled = runs.map((result) => result.divergedAt === null);
  const shaping = settled.some(Boolean) ? sliceRuns.filter((_, i) => settled[i]) : sliceRuns;
  // A plane is a model's: its numerics, the slice's among them, are loaded (src/kinds/load.ts).
  const { computeSlice, projectTrajectory } = modelNumerics(problem.info.name).slice;
  const slice = computeSlice(problem, shaping, method, seed);
  let next = 0;
  const projections = sliceRuns.map((run, i) =>
    shaping === sliceRuns || settled[i]
      ? slice.projections[next++]!
      : projectTrajectory(
          run.trajectory,
          run.points,
          problem.dim,
          slice.center,
          slice.d1,
          slice.d2,
        ),
  );
  return {
    method,
    center: slice.center,
    d1: slice.d1,
    d2: slice.d2,
    view: slice.view,
    explained: slice.explained ? [slice.explained[0], slice.explained[1]] : null,
    projections,
  };
}

function accuracyOf(problem: Problem, runs: readonly RunResult[]): Float64Array[] | null {
  // A classifier on a table records its accuracy with its runs (RunResult.scores).
  if (problem.heldOut) return runs.map((result) => result.scores!.accuracy);
  const classifier = problem.classifier;
  if (!classifier) return null;
  const params = new Float64Array(problem.dim);
  return runs.map((result) => {
    const points = result.loss.length;
    const accuracy = new Float64Array(points);
    for (let k = 0; k < points; k++) {
      params.set(result.trajectory.subarray(k * problem.dim, (k + 1) * problem.dim));
      accuracy[k] = classifier.accuracy(params);
    }
    return accuracy;
  });
}

/** The 2-parameter problem of a slice of `spec`: what the surface painter and the probe evaluate. */
export function planeProblem(spec: ProblemSpec, plane: PlaneSpec): Problem {
  const { sliceProblem } = modelNumerics(spec.type).slice;
  return sliceProblem(buildProblem(spec), plane.center, plane.d1, plane.d2, {
    method: plane.method,
    view: plane.view,
  });
}

/** Buffers of a model run to transfer rather than copy. */
export function modelBuffers(output: ModelRuns): ArrayBuffer[] {
  const arrays = [
    ...output.runs.flatMap((r) => [r.trajectory, r.loss, r.gradNorm, r.lr]),
    output.plane.center,
    output.plane.d1,
    output.plane.d2,
    ...output.plane.projections,
    ...(output.accuracy ?? []),
  ];
  // A buffer may be listed once only; the lr of a constant schedule can be shared between runs.
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
