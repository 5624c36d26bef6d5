/**
 * The dense (H + shift·I) at θ, row-major, from a problem's exact Hessian-vector products with
 * the basis vectors: what the curvature tests check Lanczos, the preconditioned λmax and the
 * products themselves against (test/core/curvature-models.test.ts, curvature-run.test.ts).
 */
import type { Problem } from '../../src/core/problems';

export function denseHessian(problem: Problem, theta: Float64Array, shift = 0): Float64Array {
  const n = problem.dim;
  const hvp = problem.createHessianVectorProduct!();
  hvp.at(theta);
  const h = new Float64Array(n * n);
  const e = new Float64Array(n);
  const column = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    e.fill(0);
    e[j] = 1;
    hvp.times(e, column);
    for (let i = 0; i < n; i++) h[i * n + j] = column[i]! + (i === j ? shift : 0);
  }
  return h;
}
