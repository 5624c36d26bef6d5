import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../../src/core/optimizers';
import { QUADRATIC_CONTEXT } from '../core/quadratic-context';
import { resolveSchedule } from '../../src/core/schedules';
import { OPTIMIZER_TYPES, SCHEDULE_TYPES, type ScheduleSpec } from '../../src/scenario/types';
import { createAppStore } from '../../src/state/store';
import { isScheduled, schedulePatch } from '../../src/ui/schedule/patch';
import {
  SCHEDULE_FIELDS,
  cycledParam,
  defaultOf,
  editField,
  fieldHint,
  formatDefault,
  parseField,
  scheduleIssues,
  scheduleOfType,
  withField,
} from '../../src/ui/schedule/schedule-fields';

describe('SCHEDULE_FIELDS', () => {
  it('lists exactly the fields resolveSchedule fills in, for each of the six types', () => {
    for (const type of SCHEDULE_TYPES) {
      const resolved = Object.keys(resolveSchedule({ type } as ScheduleSpec, 500)).filter(
        (key) => key !== 'type',
      );
      expect(SCHEDULE_FIELDS[type].map((f) => f.name).sort()).toEqual(resolved.sort());
    }
  });

  it('gives booleans a checkbox and annealStrategy a choice, every other field a number', () => {
    const kinds = Object.fromEntries(SCHEDULE_FIELDS['one-cycle'].map((f) => [f.name, f.kind]));
    expect(kinds.cycleMomentum).toBe('boolean');
    expect(kinds.threePhase).toBe('boolean');
    expect(kinds.annealStrategy).toBe('anneal');
    expect(kinds.totalSteps).toBe('number');
  });
});

describe('defaultOf', () => {
  it("takes tMax and totalSteps from the scenario's steps, the rest from PyTorch", () => {
    expect(defaultOf('cosine', 'tMax', 500)).toBe(500);
    expect(defaultOf('one-cycle', 'totalSteps', 120)).toBe(120);
    expect(defaultOf('step', 'gamma', 500)).toBe(0.5);
    expect(defaultOf('exponential', 'gamma', 500)).toBe(0.98);
    expect(defaultOf('one-cycle', 'finalDivFactor', 500)).toBe(1e4);
    // The warm-up must stay below tMax on very short runs.
    expect(defaultOf('warmup-cosine', 'warmupSteps', 500)).toBe(20);
    expect(defaultOf('warmup-cosine', 'warmupSteps', 10)).toBe(9);
  });

  it('shows as a placeholder in the fields own notation', () => {
    expect(formatDefault(1e4)).toBe('1e4');
    expect(formatDefault(0.85)).toBe('0.85');
    expect(formatDefault('cos')).toBe('cos');
  });
});

describe('parseField', () => {
  it('reads decimals, exponents and the true minus sign; empty means the default', () => {
    expect(parseField('200')).toEqual({ ok: true, value: 200 });
    expect(parseField(' 1e-3 ')).toEqual({ ok: true, value: 0.001 });
    expect(parseField('.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseField('−2')).toEqual({ ok: true, value: -2 });
    expect(parseField('')).toEqual({ ok: true, value: undefined });
  });

  it('refuses text that is not a number', () => {
    for (const text of ['abc', '1,5', '2x', 'e3', '--1']) expect(parseField(text).ok).toBe(false);
  });
});

describe('editField', () => {
  it('returns the schedule with the field set when the validator accepts it', () => {
    expect(editField({ type: 'cosine' }, 'tMax', 200, 500)).toEqual({
      ok: true,
      spec: { type: 'cosine', tMax: 200 },
    });
  });

  it('removes the field when set back to its default (undefined)', () => {
    expect(editField({ type: 'cosine', tMax: 200 }, 'tMax', undefined, 500)).toEqual({
      ok: true,
      spec: { type: 'cosine' },
    });
  });

  it("reports the validator's message naming the field", () => {
    const fractional = editField({ type: 'step' }, 'stepSize', 2.5, 500);
    expect(fractional).toEqual({ ok: false, message: 'stepSize must be a whole number, got 2.5' });
    const gamma = editField({ type: 'exponential' }, 'gamma', 0, 500);
    expect(gamma.ok).toBe(false);
    expect(!gamma.ok && gamma.message).toMatch(/^gamma must be above 0/);
  });

  it('checks rules across fields: a warm-up longer than tMax, a cycle shorter than the run', () => {
    // tMax 10 leaves the default warm-up of 20 past its end.
    const warmup = editField({ type: 'warmup-cosine' }, 'tMax', 10, 500);
    expect(!warmup.ok && warmup.message).toMatch(/^warmupSteps .*below tMax \(10\), got 20/);
    const cycle = editField({ type: 'one-cycle' }, 'totalSteps', 100, 500);
    expect(!cycle.ok && cycle.message).toMatch(/^totalSteps must be at least the scenario's steps/);
    // Three phases of 0.6 each: the fall would end after the cycle.
    const phases = editField({ type: 'one-cycle', pctStart: 0.6 }, 'threePhase', true, 500);
    expect(!phases.ok && phases.message).toMatch(/^pctStart leaves a phase of no length/);
  });
});

describe('scheduleIssues', () => {
  it('finds a stored schedule made invalid by a change of steps', () => {
    expect(scheduleIssues({ type: 'one-cycle', totalSteps: 500 }, 500)).toEqual([]);
    expect(scheduleIssues({ type: 'one-cycle', totalSteps: 500 }, 800)).toHaveLength(1);
    expect(scheduleIssues(undefined, 500)).toEqual([]);
  });
});

describe('withField and scheduleOfType', () => {
  it('sets or deletes one key and leaves the input alone', () => {
    const spec: ScheduleSpec = { type: 'step', stepSize: 10, gamma: 0.3 };
    expect(withField(spec, 'gamma', undefined)).toEqual({ type: 'step', stepSize: 10 });
    expect(withField(spec, 'gamma', 0.7)).toEqual({ type: 'step', stepSize: 10, gamma: 0.7 });
    expect(spec).toEqual({ type: 'step', stepSize: 10, gamma: 0.3 });
  });

  it('starts a new type from its defaults, and constant from no schedule', () => {
    expect(scheduleOfType('cosine')).toEqual({ type: 'cosine' });
    expect(scheduleOfType('constant')).toBeUndefined();
  });
});

describe('cycledParam', () => {
  it("names what each optimizer's OneCycleLR cycles, as the core's optimizers declare", () => {
    for (const type of OPTIMIZER_TYPES) {
      expect(cycledParam(type), type).toBe(
        createOptimizer({ type, lr: 0.01 }, 2, QUADRATIC_CONTEXT).cycles,
      );
    }
  });

  it("words the one-cycle hints for the run's optimizer", () => {
    const base = SCHEDULE_FIELDS['one-cycle'].find((f) => f.name === 'baseMomentum')!;
    expect(fieldHint(base, 'beta1')).toBe('β1 at the peak lr');
    expect(fieldHint(base, 'momentum')).toBe('momentum μ at the peak lr');
    expect(fieldHint(base, null)).toBe('μ or β1 at the peak lr');
  });
});

describe('schedulePatch', () => {
  it('stores a schedule, and removes the field for constant (no {"type": "constant"} kept)', () => {
    const store = createAppStore();
    store.getState().updateOptimizer(1, schedulePatch({ type: 'cosine', tMax: 200 }));
    expect(store.getState().scenario.optimizers[1]!.schedule).toEqual({
      type: 'cosine',
      tMax: 200,
    });
    store.getState().updateOptimizer(1, schedulePatch({ type: 'constant' }));
    expect('schedule' in store.getState().scenario.optimizers[1]!).toBe(false);
    store.getState().updateOptimizer(1, schedulePatch({ type: 'step' }));
    store.getState().updateOptimizer(1, schedulePatch(undefined));
    expect('schedule' in store.getState().scenario.optimizers[1]!).toBe(false);
  });

  it('counts only non-constant schedules as scheduled', () => {
    expect(isScheduled(undefined)).toBe(false);
    expect(isScheduled({ type: 'constant' })).toBe(false);
    expect(isScheduled({ type: 'exponential' })).toBe(true);
  });
});
