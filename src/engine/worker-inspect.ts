/** The engine worker's calls for the step inspector; spread into the worker's API. */
import { inspectStep, type StepInspection } from '../core/inspect';
import { stepCurvature, type StepCurvature } from '../core/step-curvature';
import type { Scenario } from '../scenario/types';
import { hessianAt } from './probe-hessian';
import { workerValidated } from './worker-validate';

/**
 * An inspected step with its curvature at θₖ (docs/curvature-views.md): λmax, λmin, α·λmax
 * against the optimizer's limit; null for a model, whose λmax is the Curvature chart's.
 */
export interface InspectedStep extends StepInspection {
  curvature: StepCurvature | null;
}

export const inspectWorkerApi = {
  /**
   * Step k → k + 1 of run `runIndex`, replayed from θ₀ in the worker (src/core/inspect.ts); the
   * scenario is validated first, as the worker trusts no caller. Small plain arrays come back,
   * so nothing is transferred. Replaying k steps costs about as much as one run() of that run;
   * the curvature adds two compiled evaluations at θₖ.
   */
  inspect(scenario: Scenario, runIndex: number, step: number): InspectedStep | null {
    const valid = workerValidated(scenario);
    const inspection = inspectStep(valid, runIndex, step);
    if (!inspection) return null;
    const point = inspection.theta;
    const hessian = point.length === 2 ? hessianAt(valid.problem, [point[0]!, point[1]!]) : null;
    return { ...inspection, curvature: stepCurvature(inspection, hessian) };
  },
};
