/**
 * A task's live values for the player (docs/lessons.md, "Questions and tasks"): each comparison
 * of the condition with what its quantities are now, e.g. `run 1 finalLoss < 0.001` — now
 * 0.043, so a student sees how far there is to go. Pure.
 */
import type { ConditionExplanation } from '../../lessons/condition/evaluate';

export interface TaskValue {
  /** The comparison as written canonically: `run 1 finalLoss < 0.001`. */
  text: string;
  /** Its quantities now: `0.043`; per run for `any run` / `every run`: `run 1: 0.04, …`. */
  now: string;
  holds: boolean;
}

/** A number as a student reads it: 4 significant digits, no trailing zeros. */
export function readableNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return String(value);
  return String(Number(value.toPrecision(4)));
}

/** The values of `explanation`'s comparisons; `none` names a quantity that has no value. */
export function taskValues(explanation: ConditionExplanation, none: string): TaskValue[] {
  const show = (value: number | null) => (value === null ? none : readableNumber(value));
  return explanation.comparisons.map(({ comparison, text, holds, cases }) => {
    const sides = (c: (typeof cases)[number]) => {
      const values: string[] = [];
      if (comparison.left.kind === 'quantity') values.push(show(c.left));
      if (comparison.right.kind === 'quantity') values.push(show(c.right));
      return values.join(' vs ');
    };
    const now = cases
      .filter((c) => !c.absent)
      .map((c) => (c.run === null ? sides(c) : `run ${c.run}: ${sides(c)}`))
      .join(', ');
    return { text, now: now || none, holds };
  });
}
