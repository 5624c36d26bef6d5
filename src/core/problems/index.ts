/** Builds the Problem that a scenario's `problem` field describes, through its kind (src/kinds). */
import { kindOf, type ProblemSpec } from '../../kinds/registry';
import type { Problem, ProblemInfo } from './types';

export type {
  Problem,
  ProblemInfo,
  View,
  MarkedPoint,
  ParamGroup,
  ClassificationData,
  ClassifierModel,
  HessianVectorProduct,
} from './types';
export { FUNCTIONS, FUNCTION_NAMES, getFunction, type TestFunction } from './functions';
export { functionProblem } from './function-problem';

/**
 * The Problem of a validated spec. Throws on an unknown function name, a formula that does not
 * parse, or an unsupported type, which validation rules out before this is called.
 */
export function buildProblem(spec: ProblemSpec): Problem {
  return kindOf(spec).build(spec);
}

/** What `describeProblem` knows about a problem besides its info. */
export interface ProblemDescription {
  readonly info: ProblemInfo;
  /** Number of parameters θ has. */
  readonly dim: number;
  /** The problem's own divergence bounds, where it has them (models; see run.ts). */
  readonly bounds: Problem['bounds'];
}

// Building a problem generates its dataset (or parses its formula); views ask for the info of
// the same few specs on every render, so the descriptions of recent specs are kept.
const descriptions = new Map<string, ProblemDescription>();
const MAX_DESCRIPTIONS = 32;
/**
 * And by spec object: the JSON key of a model on data holds up to 2,000 points, and views ask on
 * every render; a scenario edit that leaves the problem alone keeps its object.
 */
const bySpec = new WeakMap<ProblemSpec, ProblemDescription>();

/**
 * The metadata and size of a valid problem spec, cached by spec. Noise and batch size change
 * neither, so they are not part of the key.
 */
export function describeProblem(spec: ProblemSpec): ProblemDescription {
  const known = bySpec.get(spec);
  if (known) return known;
  // A built-in function's info, or a table classifier's (whose data may not be loaded here),
  // is known without building the problem (its kind says so).
  const kind = kindOf(spec);
  const info = kind.knownInfo?.(spec);
  if (info) {
    const description = { info, dim: info.start.length, bounds: kind.knownBounds };
    bySpec.set(spec, description);
    return description;
  }
  // JSON.stringify leaves out undefined fields.
  const key = JSON.stringify({ ...spec, noise: undefined, batchSize: undefined });
  let description = descriptions.get(key);
  if (!description) {
    const problem = buildProblem(spec);
    description = { info: problem.info, dim: problem.dim, bounds: problem.bounds };
    if (descriptions.size >= MAX_DESCRIPTIONS) descriptions.clear();
    descriptions.set(key, description);
  }
  bySpec.set(spec, description);
  return description;
}
