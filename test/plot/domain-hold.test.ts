import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainHold, HOLD_MS, type Domain } from '../../src/plot/domain-hold';

const AXIS = ['log', 'rosenbrock', 400];
const WIDE: Domain = [1e-4, 1e2];
const NARROW: Domain = [1e-1, 1e2];

describe('DomainHold', () => {
  it('shows the first values’ own domain', () => {
    const hold = new DomainHold();
    expect(hold.show(NARROW, AXIS, [{}], 0)).toBe(NARROW);
    expect(hold.settlesIn(NARROW, 0)).toBeNull();
  });

  it('while values keep coming, only widens, and keeps the same array while nothing widens', () => {
    const hold = new DomainHold();
    hold.show(WIDE, AXIS, [{}], 0);
    const held = hold.show(NARROW, AXIS, [{}], 40);
    expect(held).toEqual(WIDE);
    expect(hold.show([1e-2, 1e1], AXIS, [{}], 80)).toBe(held);
    expect(hold.show([1e-2, 1e4], AXIS, [{}], 120)).toEqual([1e-4, 1e4]);
  });

  it('fits the values again once they have rested HOLD_MS, and says when', () => {
    const hold = new DomainHold();
    const values = [{}];
    hold.show(WIDE, AXIS, [{}], 0);
    hold.show(NARROW, AXIS, values, 100);
    expect(hold.settlesIn(NARROW, 100)).toBe(HOLD_MS);
    expect(hold.settlesIn(NARROW, 300)).toBe(HOLD_MS - 200);
    // A render of the same values before then (a hover, a resize) still holds.
    expect(hold.show(NARROW, AXIS, values, 100 + HOLD_MS - 1)).toEqual(WIDE);
    expect(hold.show(NARROW, AXIS, values, 100 + HOLD_MS)).toBe(NARROW);
    expect(hold.settlesIn(NARROW, 100 + HOLD_MS)).toBeNull();
  });

  it('a change after a rest is shown as it is: the first input of a drag fits its values', () => {
    const hold = new DomainHold();
    hold.show(WIDE, AXIS, [{}], 0);
    expect(hold.show(NARROW, AXIS, [{}], HOLD_MS)).toBe(NARROW);
  });

  it('holds nothing across another axis (scale, problem or step count)', () => {
    const hold = new DomainHold();
    hold.show(WIDE, AXIS, [{}], 0);
    expect(hold.show(NARROW, ['log', 'rosenbrock', 800], [{}], 10)).toBe(NARROW);
    expect(hold.show([1, 2], ['symlog', 'rosenbrock', 800], [{}], 20)).toEqual([1, 2]);
  });

  it('never holds an empty chart’s placeholder domain, nor against it', () => {
    const hold = new DomainHold();
    hold.show(WIDE, AXIS, [], 0);
    expect(hold.show(NARROW, AXIS, [{}], 10)).toBe(NARROW);
    expect(hold.show(WIDE, AXIS, [], 20)).toBe(WIDE);
    expect(hold.settlesIn(WIDE, 20)).toBeNull();
    expect(hold.show(NARROW, AXIS, [{}], 30)).toBe(NARROW);
  });

  it('always shows all of the values, and exactly them once HOLD_MS has passed since a change', () => {
    const domain = fc
      .tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 1, max: 20 }))
      .map(([low, span]): Domain => [10 ** low, 10 ** (low + span)]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(domain, fc.integer({ min: 0, max: 2 * HOLD_MS }), fc.boolean()), {
          minLength: 1,
          maxLength: 30,
        }),
        (changes) => {
          const hold = new DomainHold();
          let now = 0;
          let values = [{}];
          let changedAt = -Infinity;
          for (const [exact, wait, newValues] of changes) {
            now += wait;
            const rested = now - changedAt >= HOLD_MS;
            if (newValues) values = [{}];
            const shown = hold.show(exact, AXIS, values, now);
            if (newValues || changedAt === -Infinity) changedAt = now;
            expect(shown[0]).toBeLessThanOrEqual(exact[0]);
            expect(shown[1]).toBeGreaterThanOrEqual(exact[1]);
            if (rested) expect(shown).toEqual(exact);
          }
        },
      ),
    );
  });
});
