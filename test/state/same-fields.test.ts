import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shallow } from 'zustand/shallow';
import { sameFields } from '../../src/state/same-fields';

/** Values a selector's fields hold: primitives (NaN and −0 too) and a few shared objects. */
const shared = [{ a: 1 }, [1, 2], new Float64Array(2)];
const field = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(NaN, -0, 0, null, undefined, true, 'a', 'b'),
  fc.constantFrom(...shared),
);
const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), field, { maxKeys: 4 });

describe('sameFields', () => {
  it('agrees with zustand’s shallow on plain objects and arrays', () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        expect(sameFields(a, b)).toBe(shallow(a, b));
        expect(
          sameFields(a, Object.assign(Object.create(Object.getPrototypeOf(a) as object), a)),
        ).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.array(field, { maxLength: 4 }), fc.array(field, { maxLength: 4 }), (a, b) => {
        expect(sameFields(a, b)).toBe(shallow(a, b));
        expect(sameFields(a, [...a])).toBe(true);
      }),
    );
  });

  it('tells a field of another value, a missing field and an extra field apart', () => {
    expect(sameFields({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    expect(sameFields({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameFields({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameFields({ a: NaN }, { a: NaN })).toBe(true);
    expect(sameFields({ a: 0 }, { a: -0 })).toBe(false);
    expect(sameFields({ a: [1] }, { a: [1] })).toBe(false);
    expect(sameFields([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });

  it('leaves other objects to zustand’s shallow', () => {
    expect(sameFields(new Map([[1, 2]]), new Map([[1, 2]]))).toBe(true);
    expect(sameFields(new Map([[1, 2]]), new Map([[1, 3]]))).toBe(false);
    expect(sameFields(null, {})).toBe(false);
  });
});
