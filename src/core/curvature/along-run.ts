/**
 * Curvature along a run (issue 20, point 4): at each step's θ the Hessian's eigenvalues λmax and
 * λmin, for 2-parameter problems (hessian2.ts). Gradient descent on a quadratic is stable while
 * α < 2/λmax (the step multiplies the error along the top eigenvector by 1 − αλmax; Nesterov,
 * "Introductory Lectures on Convex Optimization", 2004, §1.2.3), which is what these numbers are
 * read against. A point where f is not finite gives NaN.
 */
import type { ProblemSpec } from '../../kinds/registry';
import { eigen2 } from './eigen2';
import { hessian2Of } from './hessian2';

export interface RunCurvature {
  /** The steps the values are for: every step here. */
  step: number[];
  lambdaMax: number[];
  lambdaMin: number[];
}

/**
 * λmax and λmin at each point of `trajectory` (dim 2, point after point), or null when the
 * problem has more than 2 parameters.
 */
export function curvatureAlongRun(
  spec: ProblemSpec,
  trajectory: ArrayLike<number>,
): RunCurvature | null {
  const hessian = hessian2Of(spec);
  if (!hessian) return null;
  const points = Math.floor(trajectory.length / 2);
  const h = new Float64Array(3);
  const curvature: RunCurvature = { step: [], lambdaMax: [], lambdaMin: [] };
  for (let k = 0; k < points; k++) {
    hessian(trajectory[2 * k]!, trajectory[2 * k + 1]!, h);
    const { lambdaMax, lambdaMin } = eigen2(h[0]!, h[1]!, h[2]!);
    curvature.step.push(k);
    curvature.lambdaMax.push(lambdaMax);
    curvature.lambdaMin.push(lambdaMin);
  }
  return curvature;
}
