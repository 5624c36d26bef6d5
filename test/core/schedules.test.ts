import { describe, expect, it } from 'vitest';
import { resolveSchedule, scheduleSequence } from '../../src/core/schedules';
import type { ScheduleSpec } from '../../src/scenario/types';

function lrs(spec: ScheduleSpec, base: number, steps: number) {
  return scheduleSequence(resolveSchedule(spec, steps), base, steps);
}

/** Closed forms of docs/optimizers.md#schedules agree with PyTorch's recursive forms up to rounding. */
const CLOSE = 1e-12;

describe('schedules (docs/optimizers.md#schedules)', () => {
  it('constant keeps the base lr', () => {
    expect(Array.from(lrs({ type: 'constant' }, 0.3, 4).lr)).toEqual([0.3, 0.3, 0.3, 0.3]);
  });

  it('StepLR: base·gamma^⌊t/stepSize⌋', () => {
    const { lr } = lrs({ type: 'step', stepSize: 3, gamma: 0.5 }, 0.8, 10);
    lr.forEach((value, t) => expect(value).toBeCloseTo(0.8 * 0.5 ** Math.floor(t / 3), 14));
    expect(lr[2]).toBe(0.8);
    expect(lr[3]).toBe(0.4);
  });

  it('ExponentialLR: base·gamma^t', () => {
    const { lr } = lrs({ type: 'exponential', gamma: 0.9 }, 0.1, 50);
    lr.forEach((value, t) => expect(Math.abs(value - 0.1 * 0.9 ** t)).toBeLessThan(CLOSE));
  });

  it('CosineAnnealingLR matches the golden values .1, .0868198, .055, .0231802, .01, .0231802 and is not clamped', () => {
    const { lr } = lrs({ type: 'cosine', tMax: 4, etaMin: 0.01 }, 0.1, 17);
    [0.1, 0.0868198, 0.055, 0.0231802, 0.01, 0.0231802].forEach((value, t) =>
      expect(lr[t]).toBeCloseTo(value, 7),
    );
    // Period 2·tMax: back at the base lr at t = 8 and 16, at etaMin at t = 12.
    expect(lr[8]).toBeCloseTo(0.1, 12);
    expect(lr[12]).toBeCloseTo(0.01, 12);
    expect(lr[16]).toBeCloseTo(0.1, 12);
    lr.forEach((value, t) => {
      const closed = 0.01 + ((0.1 - 0.01) * (1 + Math.cos((Math.PI * t) / 4))) / 2;
      expect(Math.abs(value - closed)).toBeLessThan(CLOSE);
    });
  });

  it('warm-up cosine: base·(s + (1 − s)t/W) for t < W, then cosine over tMax − W', () => {
    const base = 0.05;
    const { lr } = lrs(
      { type: 'warmup-cosine', warmupSteps: 10, startFactor: 0.2, tMax: 50, etaMin: 0.001 },
      base,
      50,
    );
    lr.forEach((value, t) => {
      const closed =
        t < 10
          ? base * (0.2 + (0.8 * t) / 10)
          : 0.001 + ((base - 0.001) * (1 + Math.cos((Math.PI * (t - 10)) / 40))) / 2;
      expect(Math.abs(value - closed)).toBeLessThan(CLOSE);
    });
    expect(lr[10]).toBe(base);
  });

  it('OneCycleLR matches the golden values (max_lr .1, N 10): .004, .052, .1, .0950485, …, 4e-7', () => {
    const { lr, momentum } = lrs({ type: 'one-cycle', totalSteps: 10 }, 0.1, 10);
    expect(lr[0]).toBeCloseTo(0.004, 15);
    expect(lr[1]).toBeCloseTo(0.052, 15);
    expect(lr[2]).toBeCloseTo(0.1, 15);
    expect(lr[3]).toBeCloseTo(0.0950485, 7);
    expect(lr[9]).toBeCloseTo(4e-7, 15);
    // Momentum cycles the other way: 0.95 → 0.85 at the peak → 0.95.
    expect(momentum![0]).toBeCloseTo(0.95, 15);
    expect(momentum![2]).toBeCloseTo(0.85, 15);
    expect(momentum![9]).toBeCloseTo(0.95, 15);
  });

  it('OneCycleLR without momentum cycling yields no momentum sequence', () => {
    expect(lrs({ type: 'one-cycle', cycleMomentum: false }, 0.1, 10).momentum).toBeNull();
  });

  it('OneCycleLR three-phase goes initial → max → initial → min', () => {
    const { lr, momentum } = lrs(
      { type: 'one-cycle', totalSteps: 20, threePhase: true, annealStrategy: 'linear' },
      0.25,
      20,
    );
    // Phases end at 0.3·20 − 1 = 5, 2·0.3·20 − 2 = 10, 19.
    expect(lr[0]).toBeCloseTo(0.01, 15);
    expect(lr[5]).toBeCloseTo(0.25, 15);
    expect(lr[10]).toBeCloseTo(0.01, 15);
    expect(lr[19]).toBeCloseTo(1e-6, 15);
    expect(lr[3]).toBeCloseTo(0.01 + (0.24 * 3) / 5, 15); // linear annealing
    expect(momentum![5]).toBeCloseTo(0.85, 15);
    expect(momentum![15]).toBeCloseTo(0.95, 15);
  });

  it('defaults tMax and totalSteps to the run’s steps', () => {
    expect(resolveSchedule({ type: 'cosine' }, 123)).toMatchObject({ tMax: 123, etaMin: 0 });
    expect(resolveSchedule({ type: 'one-cycle' }, 77)).toMatchObject({
      totalSteps: 77,
      pctStart: 0.3,
      divFactor: 25,
    });
    expect(resolveSchedule(undefined, 10)).toEqual({ type: 'constant' });
  });
});
