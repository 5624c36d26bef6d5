/**
 * What a run on a classifier with held-out data records besides its loss (issue 22;
 * docs/models.md, "Training, validation and test"): per point, the accuracy of the loss's own
 * pass, the validation loss and accuracy; at the end, the test loss and accuracy at the last
 * point. run.ts calls the recorder after each point's loss pass and when the run finishes.
 */
import type { Problem } from './problems/types';

/** Held-out scores of a run, aligned with its loss. */
export interface RunScores {
  /**
   * accuracy[k]: the fraction classified right of the points loss[k] is over (the training
   * part, or the mini-batch of a mini-batch run).
   */
  accuracy: Float64Array;
  /** Mean loss and accuracy over the validation part at each point; null without one. */
  validationLoss: Float64Array | null;
  validationAccuracy: Float64Array | null;
  /** Loss and accuracy over the test part at the run's last point; null until it has finished. */
  test: { loss: number; accuracy: number } | null;
}

export interface ScoreRecorder {
  /** Records point k at θ, right after its loss pass. */
  record(k: number, params: Float64Array): void;
  /** The run has finished: scores the test part at its last valid point (none: null). */
  finish(last: Float64Array | null): void;
  /** The scores of the first `points` points (views; copies once a diverged run is cut). */
  scores(points: number, copy: boolean): RunScores;
}

/** The recorder of a run of `steps` steps, or null for a problem without held-out data. */
export function scoreRecorder(problem: Problem, steps: number): ScoreRecorder | null {
  const heldOut = problem.heldOut;
  if (!heldOut) return null;
  const accuracy = new Float64Array(steps + 1);
  const validated = heldOut.sizes.validation > 0;
  const validationLoss = validated ? new Float64Array(steps + 1) : null;
  const validationAccuracy = validated ? new Float64Array(steps + 1) : null;
  const pair = new Float64Array(2);
  let test: RunScores['test'] = null;
  const cut = (array: Float64Array, points: number, copy: boolean) =>
    copy ? array.slice(0, points) : array.subarray(0, points);
  return {
    record(k, params) {
      accuracy[k] = heldOut.last.accuracy;
      if (!validationLoss || !validationAccuracy) return;
      heldOut.score('validation', params, pair);
      validationLoss[k] = pair[0]!;
      validationAccuracy[k] = pair[1]!;
    },
    finish(last) {
      if (!last || heldOut.sizes.test === 0) return;
      heldOut.score('test', last, pair);
      test = { loss: pair[0]!, accuracy: pair[1]! };
    },
    scores: (points, copy) => ({
      accuracy: cut(accuracy, points, copy),
      validationLoss: validationLoss && cut(validationLoss, points, copy),
      validationAccuracy: validationAccuracy && cut(validationAccuracy, points, copy),
      test,
    }),
  };
}
