/**
 * What a collapsed run card says of its numeric hyperparameters (docs/app.md, "Layout"): its
 * learning rate α always, then those set away from its type's defaults, in the card's order, at
 * most SUMMARY_MAX. A comparison's runs then show what sets them apart without being opened
 * (a preset's "β₁ 0 against 0.9"). Pure.
 */
import type { HyperparamDefaults, NumericHyperparam } from '../../core/optimizers';
import type { OptimizerSpec } from '../../scenario/types';

/** Entries shown at most: one line of a card beside its type and final loss. */
export const SUMMARY_MAX = 3;

export interface SummaryEntry {
  name: NumericHyperparam;
  value: number;
}

/** The entries of `spec`'s summary among the hyperparameters `names` its card lists. */
export function summaryEntries(
  spec: OptimizerSpec,
  names: readonly NumericHyperparam[],
  defaults: HyperparamDefaults,
): SummaryEntry[] {
  const valueOf = (name: NumericHyperparam) => spec[name] ?? defaults[name] ?? 0;
  const changed = (name: NumericHyperparam) =>
    spec[name] !== undefined && !Object.is(spec[name], defaults[name]);
  return names
    .filter((name) => name === 'lr' || changed(name))
    .slice(0, SUMMARY_MAX)
    .map((name) => ({ name, value: valueOf(name) }));
}
