import { describe, expect, it } from 'vitest';
import { commitText, fromNullable, refused, type Parsed } from '../../src/ui/forms/draft-number';

/** Whole numbers 1…100; past 100 clamped with a note (as the steps field does). */
const parse = (text: string): Parsed<number> => {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(value)) return { ok: false, message: 'not whole' };
  return value > 100 ? { ok: true, value: 100, message: 'clamped to 100' } : { ok: true, value };
};

describe('commitText (the draft number fields)', () => {
  it('a new valid value is stored and the field shows the value again', () => {
    expect(commitText('7', parse, 3, true)).toEqual({
      changed: true,
      value: 7,
      next: { draft: null, message: null },
    });
  });

  it('an unchanged value stores nothing (no rerun)', () => {
    expect(commitText(' 3 ', parse, 3, true)).toEqual({
      changed: false,
      next: { draft: null, message: null },
    });
  });

  it('a value changed on the way keeps its note', () => {
    expect(commitText('1e3', parse, 3, false)).toEqual({
      changed: true,
      value: 100,
      next: { draft: null, message: 'clamped to 100' },
    });
  });

  it('an invalid text stays in a text field with its message, or goes from a spinner', () => {
    expect(commitText('2.5', parse, 3, true)).toEqual({
      changed: false,
      next: { draft: '2.5', message: 'not whole' },
    });
    expect(commitText('2.5', parse, 3, false)).toEqual({
      changed: false,
      next: { draft: null, message: 'not whole' },
    });
  });

  it('a value refused by a later check keeps the draft as a parse error does', () => {
    expect(refused('9', 'must be below the steps', true)).toEqual({
      draft: '9',
      message: 'must be below the steps',
    });
    expect(refused('9', 'x', false).draft).toBeNull();
  });

  it('fromNullable: a reader without messages', () => {
    const seed = fromNullable((text) => (/^\d+$/.test(text) ? Number(text) : null));
    expect(seed('12')).toEqual({ ok: true, value: 12 });
    expect(seed('1.5')).toEqual({ ok: false, message: null });
    expect(commitText('x', seed, 1, true).next).toEqual({ draft: 'x', message: null });
  });
});
