/** Derived values read by several components. Pure functions of the state. */
import { getFunction, type ProblemInfo } from '../core/problems';
import { createLinearRegression, LINEAR_DATA_DEFAULTS } from '../core/problems/linear-regression';
import type { ProblemSpec } from '../scenario/types';

const regressionInfo = new Map<string, ProblemInfo>();

/** Metadata (view, start, minima, note) of a problem spec. */
export function problemInfo(problem: ProblemSpec): ProblemInfo {
  if (problem.type === 'function') {
    const fn = getFunction(problem.name);
    if (fn) return fn;
  }
  if (problem.type === 'linear-regression') {
    const recipe = { ...LINEAR_DATA_DEFAULTS, ...problem.data };
    const key = JSON.stringify(recipe);
    let info = regressionInfo.get(key);
    if (!info) {
      // The dataset and its least-squares fit: 100 points, computed once per recipe.
      info = createLinearRegression(recipe).info;
      regressionInfo.set(key, info);
    }
    return info;
  }
  return getFunction('sphere')!;
}
