/**
 * The problems the picker offers: every built-in function, then the problems on data, each with
 * what its card shows and the spec that selects it. Each kind says its cards
 * (src/kinds/<kind>/ui.ts); they come in the registry's order.
 */
// The cards of the models describe them (title, note) and draw their data: the models' numerics
// come with the picker's chunk (src/kinds/model-numerics.ts fills the slot when evaluated).
import '../../kinds/model-numerics';
import type { ProblemSpec } from '../../scenario/types';
import { isTable } from '../../kinds/registry';
import { tableEntryKey, tableSource } from '../../kinds/table-ui';
import { kindUis } from '../../kinds/ui-registry';
import type { ProblemEntry } from '../../kinds/ui-types';

export type { ProblemEntry } from '../../kinds/ui-types';

let entries: readonly ProblemEntry[] | null = null;

/** The picker's cards, built once (the data problems generate their datasets). */
export function problemEntries(): readonly ProblemEntry[] {
  entries ??= kindUis().flatMap((ui) => ui.catalog());
  return entries;
}

/** The key of the entry a problem spec belongs to (its dataset, batch size and noise aside). */
export function entryKey(problem: ProblemSpec): string {
  if (problem.type === 'function') return problem.name;
  // A table classifier has a card per shipped set (src/kinds/table-ui.ts).
  if (isTable(problem)) return tableEntryKey(problem.type, tableSource(problem));
  return problem.type;
}

/**
 * The spec to set when a card is chosen, or null when it is the current problem (nothing
 * changes: the start, window and a custom dataset stay). Gradient noise is not carried over:
 * gradients differ by orders of magnitude between surfaces, so a σ chosen for one rarely suits
 * another.
 */
export function specToSet(entry: ProblemEntry, current: ProblemSpec): ProblemSpec | null {
  return entryKey(current) === entry.key ? null : entry.spec;
}
