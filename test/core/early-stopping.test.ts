/** The step early stopping would keep (src/core/early-stopping.ts): the first lowest finite validation loss. */
import { describe, expect, it } from 'vitest';
import { lowestValidationStep } from '../../src/core/early-stopping';

describe('lowestValidationStep', () => {
  it('finds the lowest validation loss, the earliest on a tie', () => {
    expect(lowestValidationStep([0.9, 0.5, 0.3, 0.4, 0.6])).toBe(2);
    expect(lowestValidationStep([0.9, 0.3, 0.5, 0.3, 0.6])).toBe(1);
    expect(lowestValidationStep(Float64Array.of(3, 2, 1))).toBe(2);
  });

  it('skips NaN and infinite points and reads only the first `points`', () => {
    expect(lowestValidationStep([NaN, 0.5, Infinity, 0.2, NaN])).toBe(3);
    expect(lowestValidationStep([0.9, 0.5, 0.3, 0.1], 3)).toBe(2);
    expect(lowestValidationStep([NaN, NaN])).toBeNull();
    expect(lowestValidationStep([])).toBeNull();
  });
});
