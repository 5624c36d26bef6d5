import { describe, expect, it } from 'vitest';
import {
  formatLr,
  sweepKey,
  tunedLabel,
  tunePlan,
  untunedLabel,
} from '../../src/ui/lab/sweep-model';
import { scenarioOn, sweepPoint } from '../helpers';

describe('sweepKey()', () => {
  const base = scenarioOn('rosenbrock', [{ type: 'adam', lr: 0.1, beta1: 0.9 }]);
  const key = (edit: (s: typeof base) => void) => {
    const s = structuredClone(base);
    edit(s);
    return sweepKey(s, 0, [1e-3, 1]);
  };
  const same = sweepKey(base, 0, [1e-3, 1]);

  it('ignores the run’s own α, name, colour and visibility, and key order', () => {
    expect(key((s) => (s.optimizers[0]!.lr = 3))).toBe(same);
    expect(
      key((s) => Object.assign(s.optimizers[0]!, { label: 'x', color: '#000', hidden: true })),
    ).toBe(same);
    expect(key((s) => (s.optimizers[0] = { beta1: 0.9, lr: 0.1, type: 'adam' }))).toBe(same);
  });

  it('changes with the problem, start, steps, seed, noise, other hyperparameters, schedule and grid', () => {
    const keys = [
      key((s) => (s.problem = { type: 'function', name: 'booth' })),
      key((s) => (s.problem = { type: 'function', name: 'rosenbrock', noise: 0.1 })),
      key((s) => (s.start = [0, 0])),
      key((s) => (s.steps = 7)),
      key((s) => (s.seed = 9)),
      key((s) => (s.optimizers[0]!.beta1 = 0.5)),
      key((s) => (s.optimizers[0]!.schedule = { type: 'cosine' })),
      sweepKey(base, 0, [1e-3, 2]),
    ];
    expect(new Set([same, ...keys]).size).toBe(keys.length + 1);
  });
});

describe('labels of the fair comparison', () => {
  it('tunedLabel() names a run "<type> · tuned α" unless the user named it', () => {
    expect(tunedLabel({ type: 'adam', lr: 1 })).toBe('Adam · tuned α');
    expect(tunedLabel({ type: 'gd', lr: 1, label: 'Adam · tuned α' })).toBe(
      'Gradient descent · tuned α',
    );
    expect(tunedLabel({ type: 'adam', lr: 1, label: 'fast one' })).toBe('fast one');
  });

  it('untunedLabel() drops only the automatic tuned name', () => {
    expect(untunedLabel({ type: 'adam', lr: 1, label: 'Adam · tuned α' })).toBeUndefined();
    expect(untunedLabel({ type: 'adam', lr: 1, label: 'fast one' })).toBe('fast one');
  });
});

describe('tunePlan()', () => {
  it('sets each complete sweep’s best α and says what was done', () => {
    const plan = tunePlan(
      [
        { type: 'gd', lr: 1e-3 },
        { type: 'adam', lr: 0.1, label: 'mine' },
        { type: 'momentum', lr: 1e-3 },
        { type: 'lion', lr: 1e-4 },
      ],
      [
        [sweepPoint(1e-3, 4), sweepPoint(2.15e-3, 0.5), sweepPoint(1e-2, Infinity, 5)],
        [sweepPoint(0.01, 0.2), sweepPoint(0.13, 1e-6)],
        null,
        [sweepPoint(1, Infinity, 1)],
      ],
    );
    expect(plan.steps).toEqual([
      {
        index: 0,
        name: 'Gradient descent',
        patch: { lr: 2.15e-3, label: 'Gradient descent · tuned α' },
      },
      { index: 1, name: 'mine', patch: { lr: 0.13, label: 'mine' } },
      { index: 3, name: 'Lion', patch: null },
    ]);
    expect(plan.message).toBe(
      'Gradient descent: α = 0.00215, mine: α = 0.13, Lion: diverged at every α, kept — each at its best on this start',
    );
  });
});

describe('formatLr()', () => {
  it('writes three significant digits, exponent form below 0.001 (as the α fields do)', () => {
    expect(formatLr(0.00215)).toBe('0.00215');
    expect(formatLr(2.15e-4)).toBe('2.15e-4');
    expect(formatLr(1e-5)).toBe('1e-5');
    expect(formatLr(0.001)).toBe('0.001');
    expect(formatLr(0.129)).toBe('0.129');
    expect(formatLr(10)).toBe('10');
  });
});
