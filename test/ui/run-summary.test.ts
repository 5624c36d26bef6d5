/**
 * A collapsed run card's summary (src/ui/optimizers/run-summary.ts): α always, then what differs
 * from the type's defaults, in the card's order, at most SUMMARY_MAX.
 */
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_DEFAULTS, type NumericHyperparam } from '../../src/core/optimizers';
import { SUMMARY_MAX, summaryEntries } from '../../src/ui/optimizers/run-summary';
import type { OptimizerSpec } from '../../src/scenario/types';

const ADAM_NUMBERS: NumericHyperparam[] = ['lr', 'beta1', 'beta2', 'eps', 'weightDecay'];
const adam = (spec: Partial<OptimizerSpec>) =>
  summaryEntries({ type: 'adam', ...spec } as OptimizerSpec, ADAM_NUMBERS, OPTIMIZER_DEFAULTS.adam);

describe('run summary', () => {
  it('α alone when the rest are the defaults, given or absent', () => {
    expect(adam({ lr: 0.1 })).toEqual([{ name: 'lr', value: 0.1 }]);
    expect(adam({ lr: 0.1, beta1: OPTIMIZER_DEFAULTS.adam.beta1! })).toEqual([
      { name: 'lr', value: 0.1 },
    ]);
    // An absent α is the type's default, shown as such.
    expect(adam({})).toEqual([{ name: 'lr', value: OPTIMIZER_DEFAULTS.adam.lr }]);
  });

  it('then what differs from the defaults, in the card’s order, at most SUMMARY_MAX', () => {
    expect(adam({ lr: 0.1, eps: 1e-3, beta1: 0 })).toEqual([
      { name: 'lr', value: 0.1 },
      { name: 'beta1', value: 0 },
      { name: 'eps', value: 1e-3 },
    ]);
    const all = adam({ lr: 0.1, beta1: 0, beta2: 0.9, eps: 1e-3, weightDecay: 0.01 });
    expect(all).toHaveLength(SUMMARY_MAX);
    expect(all.map((e) => e.name)).toEqual(['lr', 'beta1', 'beta2']);
  });

  it('only the hyperparameters the card lists (a lesson may hide some)', () => {
    const entries = summaryEntries(
      { type: 'adam', lr: 0.1, beta1: 0 } as OptimizerSpec,
      ['beta1'],
      OPTIMIZER_DEFAULTS.adam,
    );
    expect(entries).toEqual([{ name: 'beta1', value: 0 }]);
  });
});
