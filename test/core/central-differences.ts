/** The gradient check of the model problems' tests (test/core/logistic-regression, test/core/mlp). */
import type { Problem } from '../../src/core/problems/types';

/** Central differences (f(θ + h·eⱼ) − f(θ − h·eⱼ)) / 2h of f at θ, step h per coordinate. */
export function centralDifferences(problem: Problem, params: Float64Array, h = 1e-6): Float64Array {
  const fd = new Float64Array(problem.dim);
  const probe = Float64Array.from(params);
  for (let j = 0; j < problem.dim; j++) {
    probe[j] = params[j]! + h;
    const up = problem.value(probe);
    probe[j] = params[j]! - h;
    const down = problem.value(probe);
    probe[j] = params[j]!;
    fd[j] = (up - down) / (2 * h);
  }
  return fd;
}
