/**
 * The problems the picker offers: every built-in function, then the worked example's linear
 * regression, each with what its card shows and the spec that selects it.
 */
import { FUNCTIONS } from '../../core/problems';
import type { ProblemSpec } from '../../scenario/types';
import { problemInfo } from '../../state/selectors';

/** One card of the problem picker. */
export interface ProblemEntry {
  /** Unique key: the function's name, or "linear-regression". */
  key: string;
  title: string;
  /** Plain-Unicode formula; empty when the problem has none to show. */
  formula: string;
  /** The one-sentence teaching note (docs/functions.md, "Teaching notes"). */
  note: string;
  /** The problem spec that choosing this card sets. */
  spec: ProblemSpec;
  /**
   * What the card's picture is: a painted surface from the worker, a drawing of the
   * regression's data, or a classifier's two classes.
   */
  thumbnail: 'surface' | 'data' | 'classes';
}

let entries: readonly ProblemEntry[] | null = null;

/** The picker's cards, built once (the data problems generate their datasets). */
export function problemEntries(): readonly ProblemEntry[] {
  if (!entries) {
    const regression = problemInfo({ type: 'linear-regression' });
    entries = [
      ...FUNCTIONS.map((fn): ProblemEntry => ({
        key: fn.name,
        title: fn.title,
        formula: fn.formula,
        note: fn.note,
        spec: { type: 'function', name: fn.name },
        thumbnail: 'surface',
      })),
      {
        key: 'linear-regression',
        title: regression.title,
        formula: regression.formula,
        note: regression.note,
        spec: { type: 'linear-regression' },
        thumbnail: 'data',
      },
      ...(['logistic-regression', 'mlp'] as const).map((type): ProblemEntry => {
        const info = problemInfo({ type });
        return {
          key: type,
          title: info.title,
          formula: info.formula,
          note: info.note,
          spec: { type },
          thumbnail: 'classes',
        };
      }),
    ];
  }
  return entries;
}

/** The key of the entry a problem spec belongs to (its dataset, batch size and noise aside). */
export function entryKey(problem: ProblemSpec): string {
  return problem.type === 'function' ? problem.name : problem.type;
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
