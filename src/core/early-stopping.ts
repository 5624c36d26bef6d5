/**
 * Where early stopping would stop (issue 22; docs/models.md, "Early stopping"): the step of a
 * run's lowest validation loss. Early stopping watches the validation loss and keeps the weights
 * of its best step (Prechelt, "Early Stopping — But When?", 1998; Keras's EarlyStopping with
 * restore_best_weights, PyTorch Lightning's EarlyStopping with mode="min"). Patience — how many
 * checks without improvement before training halts — decides when a run would be cut off, not
 * which weights it keeps: with a patience at least as long as the rest of the run, the kept
 * weights are those of the lowest validation loss over the whole run, which is what we mark. A
 * shorter patience could stop before a later, lower dip; the marker answers "which weights would
 * early stopping keep", the question the overfitting picture asks. An improvement must be strict
 * (min_delta = 0), so ties keep the earliest step; NaN (a diverged point) never counts.
 */

/** The first step of the lowest validation loss among the first `points` values, or null if none is finite. */
export function lowestValidationStep(
  validationLoss: ArrayLike<number>,
  points = validationLoss.length,
): number | null {
  let best: number | null = null;
  let bestValue = Infinity;
  const end = Math.min(points, validationLoss.length);
  for (let k = 0; k < end; k++) {
    const value = validationLoss[k]!;
    if (Number.isFinite(value) && value < bestValue) {
      bestValue = value;
      best = k;
    }
  }
  return best;
}
