/**
 * `rises` ignores floating point's jitter at convergence (src/lessons/condition/evaluate.ts
 * RISE_TOLERANCE; docs/lesson-conditions.md): a converged run does not "rise", an oscillating one
 * does, and a real run of the core shows both.
 */
import { describe, expect, it } from 'vitest';
import { readQuantity, RISE_TOLERANCE } from '../../../src/lessons/condition/evaluate';
import type { ConditionRun } from '../../../src/lessons/condition/context';
import { run } from '../../../src/core/run';
import { decodeLink } from '../../../src/url/codec';

const runOf = (loss: ArrayLike<number>): ConditionRun => ({
  hyperparams: { lr: 0.1 },
  loss: Float64Array.from(loss),
  divergedAt: null,
});

const rises = (loss: ArrayLike<number>) =>
  readQuantity(runOf(loss), { kind: 'plain', name: 'rises' });

describe('rises', () => {
  it('counts rises above the tolerance, relative to the first loss', () => {
    expect(rises([10, 5, 6, 4, 4.5])).toBe(2);
    expect(rises([10, 1e-28, 3e-28, 2e-28, 5e-28])).toBe(0);
    expect(rises([10, 1, 1 + 20 * RISE_TOLERANCE])).toBe(1);
    expect(rises([10, 1, 1 + 5 * RISE_TOLERANCE])).toBe(0);
  });

  it('a run starting at the minimum (first loss 0) counts every rise', () => {
    expect(rises([0, 1e-30, 0, 1e-30])).toBe(2);
  });

  it('gradient descent converged on Booth in the core does not rise; momentum spiralling does', () => {
    const risesOf = (link: string) => {
      const [result] = run(decodeLink(link).state.scenario);
      return rises(result!.loss);
    };
    // 2,000 steps of α = 0.05 reach the minimum to the last digits, where the loss jitters.
    expect(risesOf('v=1&p=booth&n=2000&o=gd(lr=0.05)')).toBe(0);
    expect(risesOf('v=1&p=ellipse&n=100&o=momentum(lr=0.45,momentum=0.9)')).toBeGreaterThan(0);
  });
});
