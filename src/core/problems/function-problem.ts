/** A built-in 2D function as a Problem over θ = (x, y). */
import type { TestFunction } from './functions';
import type { Problem } from './types';

export function functionProblem(fn: TestFunction): Problem {
  return {
    dim: 2,
    info: fn,
    value: (params) => fn.f(params[0]!, params[1]!),
    valueAndGrad: (params, grad) => fn.fg(params[0]!, params[1]!, grad),
  };
}
