/**
 * The loss chart against evaluations of f rather than steps (`x=evals`, docs/optimizers.md#lbfgs):
 * a run whose steps evaluate f several times (L-BFGS's line search, RunResult.evaluations) is
 * drawn as a step function over the evaluations it spent; every other run spends one per step,
 * so its values stand as they are. Pure, without DOM.
 */

/** Resampled arrays by their source, so an unchanged run is not resampled again. */
const cache = new WeakMap<
  Float64Array,
  { evaluations: ArrayLike<number>; byEvaluation: Float64Array }
>();

/**
 * values on an axis of evaluations 0 … evaluations[last]: at e, the value of the last point the
 * run had reached having spent at most e evaluations.
 */
export function valuesByEvaluations(
  values: Float64Array,
  evaluations: ArrayLike<number> | undefined,
): Float64Array {
  if (!evaluations) return values;
  const points = Math.min(values.length, evaluations.length);
  const cached = cache.get(values);
  if (cached && cached.evaluations === evaluations && points > 0) return cached.byEvaluation;
  const last = points > 0 ? evaluations[points - 1]! : -1;
  const byEvaluation = new Float64Array(last + 1);
  for (let k = 0; k < points; k++) {
    const to = k + 1 < points ? evaluations[k + 1]! : last + 1;
    byEvaluation.fill(values[k]!, evaluations[k]!, to);
  }
  cache.set(values, { evaluations, byEvaluation });
  return byEvaluation;
}

/** The evaluations spent to reach point `step` (the step itself for a run without a record). */
export function evaluationOfStep(evaluations: ArrayLike<number> | undefined, step: number): number {
  if (!evaluations || evaluations.length === 0) return step;
  if (step < evaluations.length) return evaluations[step]!;
  // Past the points known so far: one evaluation a step from the last.
  return evaluations[evaluations.length - 1]! + (step - evaluations.length + 1);
}

/** The last point reached with at most `evaluation` evaluations spent (binary search). */
export function stepOfEvaluation(
  evaluations: ArrayLike<number> | undefined,
  evaluation: number,
): number {
  if (!evaluations || evaluations.length === 0) return Math.max(0, Math.round(evaluation));
  let lo = 0;
  let hi = evaluations.length - 1;
  if (evaluation >= evaluations[hi]!) return hi;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (evaluations[mid]! <= evaluation) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
