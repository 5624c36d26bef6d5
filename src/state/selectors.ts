/** Derived values read by several components. Pure functions of the state. */
import { describeProblem, type ProblemInfo } from '../core/problems';
import type { ProblemSpec } from '../scenario/types';

/** Metadata (view, start, minima, note) of a valid problem spec. */
export function problemInfo(problem: ProblemSpec): ProblemInfo {
  return describeProblem(problem).info;
}
