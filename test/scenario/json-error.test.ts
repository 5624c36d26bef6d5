/**
 * json-error.ts finds where a text stops being JSON: nowhere for what JSON.parse accepts, and,
 * where V8 reports a position, the same one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorPlace } from '../../src/scenario/json-error';

/** V8's reported offset of the error, when its message has one. */
function v8Offset(text: string): number | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const position = /at position (\d+)/.exec((error as Error).message);
    return position ? Number(position[1]) : null;
  }
}

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('where a text stops being JSON', () => {
  it('finds nothing wrong in what JSON.parse accepts, however it is spaced or nested', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(jsonErrorPlace(text)).toBeNull();
        expect(jsonErrorPlace(` \n${text}\r\n `)).toBeNull();
      }),
    );
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(jsonErrorPlace(deep)).toBeNull();
  });

  it('agrees with JSON.parse on whether a mangled text is JSON, and with V8 where it says where', () => {
    // Valid JSON with one character deleted, replaced or inserted: mostly broken, sometimes not.
    const mangled = fc
      .tuple(fc.jsonValue(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '0', '\n'))
      .map(([value, at, insert]) => {
        const text = JSON.stringify(value, null, 1) ?? 'null';
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(mangled, (text) => {
        const place = jsonErrorPlace(text);
        expect(place === null).toBe(parses(text));
        const offset = v8Offset(text);
        if (place && offset !== null && offset < text.length) expect(place.offset).toBe(offset);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the line and column of the offending character, and says when the text ended', () => {
    expect(jsonErrorPlace('hello')).toEqual({ offset: 0, line: 1, column: 1, atEnd: false });
    expect(jsonErrorPlace('{\n  "a": 1,\n  "b": x\n}')).toMatchObject({ line: 3, column: 8 });
    expect(jsonErrorPlace('{"a": [1, 2')).toMatchObject({ atEnd: true, offset: 11 });
    expect(jsonErrorPlace('"abc')).toMatchObject({ atEnd: true });
    expect(jsonErrorPlace('{"a": "one\ttwo"}')).toMatchObject({ column: 11 });
    expect(jsonErrorPlace('[01]')).toMatchObject({ column: 3 });
    expect(jsonErrorPlace('{} x')).toMatchObject({ column: 4 });
    expect(jsonErrorPlace('')).toMatchObject({ atEnd: true, offset: 0 });
  });
});
