/**
 * The engine worker's call for the Curvature chart tab (issue 20; docs/curvature-chart.md):
 * λmax along one run of a scenario, and for adaptive optimizers the preconditioned λmax, spread
 * into the worker's API. One call per run, so a slider drag recomputes only the run it moved (the
 * main thread caches by what a run depends on: src/ui/curvature/curvature-scheduler.ts). A
 * model's Lanczos runs take seconds: progress goes back through a callback while the call runs,
 * and a newer request or Cancel stops it by replacing the lab worker (src/engine/lanes.ts).
 */
import { transfer } from 'comlink';
import { budgetScenario } from '../core/budget';
import { curvatureOfRun } from '../core/curvature/run-curvature';
import { buildProblem, type Problem } from '../core/problems';
import { runSettings } from '../core/run';
import type { Scenario } from '../scenario/types';
import { workerValidated } from './worker-validate';

/** One run's curvature as the chart draws it: typed arrays, transferred rather than copied. */
export interface CurvatureData {
  /** The points are every `every`-th step (1 for 2-parameter problems, k for models). */
  every: number;
  /** The step of each value, ascending. */
  step: Int32Array;
  /** The Hessian's largest eigenvalue at each of those steps' points. */
  lambdaMax: Float64Array;
  /**
   * λmax of P⁻¹ᐟ²HP⁻¹ᐟ², P the optimizer's diagonal preconditioner at that step, for the
   * adaptive types (src/core/curvature/stability.ts, isPreconditioned); null otherwise.
   */
  preconditioned: Float64Array | null;
}

/** Reports how much of a call's work is done (Lanczos runs of a model: done of total). */
export type CurvatureProgress = (done: number, total: number) => void;

/**
 * The last problem built: a run's curvature calls for one scenario share it, and building a
 * model's dataset per call would be waste.
 */
let prepared: { key: string; problem: Problem } | null = null;

function problemOf(spec: Scenario['problem']): Problem {
  const key = JSON.stringify(spec);
  if (prepared?.key !== key) prepared = { key, problem: buildProblem(spec) };
  return prepared.problem;
}

/**
 * λmax (and the preconditioned λmax) along run `runIndex` of `scenario`, validated and brought
 * under the work budget first as a run is (the worker trusts no caller); null when the problem
 * has no curvature Descent can compute.
 */
export function runCurvatureData(
  scenario: Scenario,
  runIndex: number,
  onProgress?: CurvatureProgress,
): CurvatureData | null {
  const valid = budgetScenario(workerValidated(scenario)).scenario;
  const spec = valid.optimizers[runIndex];
  if (!spec) throw new Error(`curvature: no run ${runIndex}`);
  const problem = problemOf(valid.problem);
  // Every problem kind has exact second derivatives now; a future one without them has none.
  if (!problem.createHessianVectorProduct) return null;
  const settings = runSettings(valid, problem);
  // 2-parameter problems: the exact Hessian at every point; models: Lanczos every 10th
  // (run-curvature.ts's default; its cost: docs/curvature.md).
  const curvature = curvatureOfRun(problem, spec, settings, onProgress ? { onProgress } : {});
  return {
    every: curvature.every,
    step: Int32Array.from(curvature.step),
    lambdaMax: Float64Array.from(curvature.lambdaMax),
    preconditioned: curvature.preconditionedLambdaMax
      ? Float64Array.from(curvature.preconditionedLambdaMax)
      : null,
  };
}

/** Most progress reports per call: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_REPORTS = 100;

export const curvatureWorkerApi = {
  /**
   * Run `runIndex`'s curvature (see runCurvatureData); `onProgress` is a comlink proxy, called
   * without waiting (the worker is busy in a loop and cannot read its reply), at most about
   * PROGRESS_REPORTS times. The arrays are transferred.
   */
  curvature(scenario: Scenario, runIndex: number, onProgress?: CurvatureProgress) {
    let reported = -1;
    const report: CurvatureProgress | undefined = onProgress
      ? (done, total) => {
          const bucket = Math.floor((PROGRESS_REPORTS * done) / Math.max(1, total));
          if (bucket === reported) return;
          reported = bucket;
          Promise.resolve(onProgress(done, total)).catch(() => undefined);
        }
      : undefined;
    const data = runCurvatureData(scenario, runIndex, report);
    if (!data) return null;
    const buffers = [data.step.buffer, data.lambdaMax.buffer] as ArrayBuffer[];
    if (data.preconditioned) buffers.push(data.preconditioned.buffer as ArrayBuffer);
    return transfer(data, buffers);
  },
};
