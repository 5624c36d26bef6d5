/** Builds the Problem that a scenario's `problem` field describes. */
import type { ProblemSpec } from '../../scenario/types';
import { getFunction, type TestFunction } from './functions';
import { createLinearRegression, LINEAR_DATA_DEFAULTS } from './linear-regression';
import type { Problem } from './types';

export type { Problem, ProblemInfo, View, MarkedPoint } from './types';
export { FUNCTIONS, FUNCTION_NAMES, getFunction, type TestFunction } from './functions';

/** A 2D function as a Problem over θ = (x, y). */
export function functionProblem(fn: TestFunction): Problem {
  return {
    dim: 2,
    info: fn,
    value: (params) => fn.f(params[0]!, params[1]!),
    valueAndGrad: (params, grad) => fn.fg(params[0]!, params[1]!, grad),
  };
}

/**
 * The Problem of a validated spec. Throws on an unknown function name or an unsupported type,
 * which validation rules out before this is called.
 */
export function buildProblem(spec: ProblemSpec): Problem {
  switch (spec.type) {
    case 'function': {
      const fn = getFunction(spec.name);
      if (!fn) throw new Error(`unknown function "${spec.name}"`);
      return functionProblem(fn);
    }
    case 'linear-regression':
      return createLinearRegression({ ...LINEAR_DATA_DEFAULTS, ...spec.data }, spec.batchSize);
    case 'expression':
      throw new Error('expression problems are not available yet');
  }
}
