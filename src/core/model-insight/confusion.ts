/**
 * What a classifier got right and wrong on a set of rows (issue 22, "What the model learned"):
 * the confusion matrix, row = true class, column = predicted class (scikit-learn's
 * `confusion_matrix` convention), and the rows it got wrong, in the order of the part.
 */

/** Counts of (true class, predicted class) pairs. */
export interface Confusion {
  readonly classes: number;
  /** counts[true · classes + predicted]: row-major, a row per true class. */
  readonly counts: Int32Array;
  /** Rows counted (the sum of every cell). */
  readonly total: number;
  /** Rows on the diagonal (classified right). */
  readonly correct: number;
}

/**
 * The confusion matrix of `predicted` against `labels` over `classes` classes. A label or
 * prediction outside 0 … classes − 1 is a caller's bug, not data to skip: it throws.
 */
export function confusionMatrix(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classes: number,
): Confusion {
  if (labels.length !== predicted.length)
    throw new Error(`confusionMatrix: ${labels.length} labels but ${predicted.length} predictions`);
  const counts = new Int32Array(classes * classes);
  let correct = 0;
  for (let p = 0; p < labels.length; p++) {
    const y = labels[p]!;
    const z = predicted[p]!;
    if (!(y >= 0 && y < classes && z >= 0 && z < classes) || y % 1 !== 0 || z % 1 !== 0)
      throw new Error(`confusionMatrix: row ${p} has class ${y} → ${z} of ${classes}`);
    counts[y * classes + z]!++;
    if (y === z) correct++;
  }
  return { classes, counts, total: labels.length, correct };
}

/** One row classified wrong. */
export interface Mistake {
  /** Its position in the part. */
  readonly index: number;
  readonly label: number;
  readonly predicted: number;
}

/** The first `limit` rows whose prediction differs from their label, in the part's order. */
export function mistakesOf(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  limit: number,
): Mistake[] {
  const out: Mistake[] = [];
  for (let p = 0; p < labels.length && out.length < limit; p++)
    if (labels[p] !== predicted[p])
      out.push({ index: p, label: labels[p]!, predicted: predicted[p]! });
  return out;
}
