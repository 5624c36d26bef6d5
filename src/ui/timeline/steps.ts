/**
 * What the steps field commits for a typed text, and what it tells the user: steps are whole
 * numbers from 1 to MAX_STEPS, so a value outside is clamped (and rounded) rather than refused —
 * the field is a spinner, and "1e9" or "0" have an obvious nearest value — but never silently.
 */
import { MAX_STEPS } from '../../scenario/validate';
import { t } from '../../i18n';
import { clip } from '../../scenario/text';

export interface StepsEntry {
  /** The steps to set; null keeps the current ones (blank or unreadable text). */
  steps: number | null;
  /** Shown beside the field: how the text was changed, or why it was not used. */
  message: string | null;
}

/**
 * `badInput`: the field's `validity.badInput`, true when the browser could not read the text.
 *
 * @example readSteps('1e9') // { steps: 1000000, message: 'Steps run from 1 to 1,000,000: 1e9 became 1,000,000' }
 */
export function readSteps(text: string, badInput = false): StepsEntry {
  const typed = text.trim();
  const max = MAX_STEPS.toLocaleString('en-US');
  // A number input reports text it cannot read ("1e999", "-") as blank, with badInput set.
  if (typed === '')
    return { steps: null, message: badInput ? t('timeline.stepsInvalid', { max }) : null };
  const value = Number(typed);
  if (!Number.isFinite(value)) return { steps: null, message: t('timeline.stepsInvalid', { max }) };
  const steps = Math.max(1, Math.min(MAX_STEPS, Math.round(value)));
  if (steps === value) return { steps, message: null };
  const shown = clip(typed, 22);
  return {
    steps,
    message: t('timeline.stepsChanged', {
      max,
      typed: shown,
      steps: steps.toLocaleString('en-US'),
    }),
  };
}
