/** Store patches of the run cards that the spec's types cannot spell directly. */
import type { OptimizerSpec } from '../../scenario/types';

/**
 * A patch removing a presentation field (or a run's own batch size), so that the scenario (and its URL) keeps no default
 * values: updateOptimizer drops fields set to undefined, which exactOptionalPropertyTypes does
 * not let a Partial<OptimizerSpec> hold, hence the cast.
 */
export function unsetField(key: 'label' | 'hidden' | 'batchSize'): Partial<OptimizerSpec> {
  return { [key]: undefined } as Partial<OptimizerSpec>;
}
