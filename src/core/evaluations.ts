/**
 * Reading a run's record of function evaluations (RunResult.evaluations, trialPoints: L-BFGS's
 * line search, docs/optimizers.md#lbfgs). Apart from run.ts so that the page (the landscape's
 * trial points, the loss chart) reads them without importing the optimizers' rules.
 */
/** What these read of a run (RunResult's fields of the same names). */
interface EvaluationRecord {
  loss: ArrayLike<number>;
  evaluations?: ArrayLike<number>;
  trialPoints?: ArrayLike<number>;
}

/**
 * The evaluations of f spent to reach each point of a run: its own record where its steps
 * evaluate f several times (L-BFGS), else one per step (evaluations[k] = k).
 */
export function countedEvaluations(result: EvaluationRecord): ArrayLike<number> {
  if (result.evaluations) return result.evaluations;
  return Float64Array.from({ length: result.loss.length }, (_, k) => k);
}

/** The trial points of step k + 1 (0-based k) of a run, as [x, y] pairs; none without a record. */
export function trialPointsOf(
  result: Omit<EvaluationRecord, 'loss'>,
  k: number,
): [number, number][] {
  const { evaluations, trialPoints } = result;
  if (!evaluations || !trialPoints || k + 1 >= evaluations.length) return [];
  const from = evaluations[k]! - k;
  const count = evaluations[k + 1]! - evaluations[k]! - 1;
  const points: [number, number][] = [];
  for (let i = from; i < from + count && 2 * i + 1 < trialPoints.length; i++)
    points.push([trialPoints[2 * i]!, trialPoints[2 * i + 1]!]);
  return points;
}
