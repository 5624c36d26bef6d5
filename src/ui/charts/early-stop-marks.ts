/**
 * Where early stopping would stop, as data (issue 22; docs/models.md, "Overfitting and early
 * stopping"): computed for every loss and accuracy chart, so it is initial, while the marks'
 * drawing (ChartEarlyStop.tsx) loads only when a run has a validation curve (issue 17).
 */
import { lowestValidationStep } from '../../core/early-stopping';
import type { RunView } from '../../state/run-views';

/** A run's early-stopping step and its value on the chart's measure there. */
export interface StopMark {
  index: number;
  step: number;
  value: number;
}

/** The visible runs' early-stopping marks on `measure` (loss or accuracy). */
export function stopMarksOf(runs: readonly RunView[], measure: 'loss' | 'accuracy'): StopMark[] {
  return runs.flatMap((run) => {
    const scores = run.result.scores;
    if (run.hidden || !scores?.validationLoss) return [];
    const step = lowestValidationStep(scores.validationLoss, run.result.loss.length);
    if (step === null) return [];
    const values = measure === 'loss' ? scores.validationLoss : scores.validationAccuracy;
    const value = values?.[step];
    return value === undefined ? [] : [{ index: run.index, step, value }];
  });
}
