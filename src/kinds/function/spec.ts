/** The spec of a built-in 2D test function (src/core/problems/functions.ts, docs/functions.md). */
export const FUNCTION = 'function';

/** @example { type: 'function', name: 'rosenbrock' } */
export interface FunctionSpec {
  type: typeof FUNCTION;
  /** The function's name (FUNCTION_NAMES). */
  name: string;
  noise?: number;
}
