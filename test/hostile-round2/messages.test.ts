/**
 * Issue 23, point 6: a message quotes at most about 80 characters of its input, with an
 * ellipsis, and stays one line, whatever the input's length (a formula of thousands of
 * characters, a CSV header of 60,000 fields, a key of 10⁵ characters). Every path's messages are
 * checked: link notices, scenario files, CSV, formulas, number fields.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HYPERPARAMS } from '../../src/core/optimizers/hyperparams';
import { parseCsv } from '../../src/scenario/csv';
import { clip, toWellFormed } from '../../src/scenario/text';
import { createAppStore } from '../../src/state/store';
import { applyLink } from '../../src/state/url-sync';
import { parseHyperparam } from '../../src/ui/optimizers/format';
import { checkFormula } from '../../src/ui/problems/formula-check';
import { readSteps } from '../../src/ui/timeline/steps';
import { importScenario } from '../../src/url/import';

/**
 * The longest message any path writes, whatever its input: the longest fixed text (a problem
 * name must be one of 16 functions, listed) plus two quoted fragments.
 */
const MAX_MESSAGE = 400;
/** The longest run of input a message may quote: about 80 characters (and its escapes). */
const MAX_QUOTED_RUN = 90;

/** A control character, a line or paragraph separator: a message holding one is not one line. */
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** A bidi control: a message holding one may show its quote in another order. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Text of any length, up to 10⁵ characters, from a short piece repeated. */
const longText = fc
  .tuple(
    fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          'x',
          '9',
          'a',
          ',',
          ';',
          '\n',
          '\u001b',
          '\u2028',
          '(',
          '=',
          '"',
          '%',
          'é',
          '😀',
        ),
        fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      ),
      minLength: 1,
      maxLength: 12,
    }),
    fc.integer({ min: 1, max: 10_000 }),
  )
  .map(([piece, times]) => piece.repeat(times).slice(0, 100_000));

/** The message's own words are not input: the longest run without a space a message holds. */
function longestRun(message: string): number {
  return Math.max(...message.split(/[\s,;]+/).map((word) => word.length));
}

function expectShort(messages: readonly string[], input: string): void {
  for (const message of messages) {
    const where = `${JSON.stringify(message.slice(0, 300))} for input of ${input.length}`;
    expect(message.length, where).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(NOT_ONE_LINE.test(message), where).toBe(false);
    // A run the input made longer than a quote is input that was not cut.
    if (longestRun(message) > MAX_QUOTED_RUN) expect(input.length, where).toBeLessThan(0);
  }
}

const linkNotices = (query: string): string[] => {
  const store = createAppStore();
  applyLink(store, query);
  return store.getState().linkNotices.map((notice) => notice.text);
};

describe('messages stay one short line for input of any length', () => {
  it('link notices, with the text in any parameter or field', () => {
    const places = [
      (t: string) => `p=${t}`,
      (t: string) => `o=${t}`,
      (t: string) => `o=adam(label=${t})`,
      (t: string) => `o=adam(${t}=1)`,
      (t: string) => `p=expression(expr=${t})`,
      (t: string) => `p=booth(noise=${t})`,
      (t: string) => `n=${t}`,
      (t: string) => `win=${t}`,
      (t: string) => `show=${t}`,
      (t: string) => `v=${t}`,
      (t: string) => `${t}=1`,
      (t: string) => `o=adam(schedule=${t})`,
    ];
    fc.assert(
      fc.property(longText, fc.nat(), fc.boolean(), (text, at, escape) => {
        // Short enough to be read (2,000 characters a parameter), or raw and long.
        const value = escape ? encodeURIComponent(toWellFormed(text)).slice(0, 1900) : text;
        expectShort(linkNotices(places[at % places.length]!(value)), text);
      }),
      { numRuns: 600 },
    );
  });

  it('scenario files, with the text in a label, a formula, a key or a type', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const file = JSON.stringify({
          problem: { type: 'expression', expr: text },
          optimizers: [
            { type: 'adam', lr: 0.1, label: text, schedule: { type: text } },
            { type: text },
          ],
          [text]: 1,
        });
        const read = importScenario(file);
        expectShort(read.ok ? read.notices : [read.error], text);
      }),
      { numRuns: 300 },
    );
  });

  it('CSV warnings and errors, with the text as a header, a field or a value', () => {
    fc.assert(
      fc.property(longText, (text) => {
        for (const csv of [`${text}\n1,2\n3,4`, `x,y\n${text},1\n2,3`, `x,y\n1,2\n3,${text}`]) {
          const result = parseCsv(csv, 'regression');
          expectShort(result.ok ? result.warnings : result.errors, text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('formula errors and number fields', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const formula = checkFormula(text);
        expectShort(formula.status === 'error' ? [formula.message] : [], text);
        const steps = readSteps(text);
        expectShort(steps.message ? [steps.message] : [], text);
        const lr = parseHyperparam(text, HYPERPARAMS.lr);
        expectShort(lr.ok ? [] : [lr.message], text);
      }),
      { numRuns: 300 },
    );
  });

  it('the inputs of issue 23: a 60,000-field CSV header and a formula of thousands of characters', () => {
    const header = Array.from({ length: 60_000 }, (_, i) => `c${i % 10}`).join(',');
    const csv = parseCsv(`${header}\n1,2\n3,4`, 'regression');
    expect(csv.ok && csv.warnings).toEqual([
      expect.stringMatching(/^line 1 read as a header: c0, c1, .*…$/),
    ]);
    expect(csv.ok && csv.warnings[0]!.length).toBeLessThan(120);
    const name = checkFormula(`x + ${'y'.repeat(480)}`);
    expect(name.status === 'error' && name.message.length).toBeLessThan(200);
    const digits = checkFormula(`${'9'.repeat(400)}e9`);
    expect(digits.status === 'error' && digits.message).toMatch(/^Number 9{49}… is too large$/);
  });

  it('clip: at most the limit, an ellipsis where cut, control and bidi characters escaped', () => {
    expect(clip('abc')).toBe('abc');
    expect(clip('a'.repeat(100))).toBe(`${'a'.repeat(79)}…`);
    expect(clip('a\nb\u001bc')).toBe('a\\nb\\x1bc');
    // A file named so that it reads "lesson-exe.json" would show its real order.
    expect(clip('lesson\u202Enosj.exe')).toBe('lesson\\u202enosj.exe');
    expect(clip('\u061C\u200F\u2066x\u2069')).toBe('\\u061c\\u200f\\u2066x\\u2069');
    fc.assert(
      fc.property(longText, fc.integer({ min: 2, max: 100 }), (text, max) => {
        const shown = clip(text, max);
        expect(shown.length).toBeLessThanOrEqual(max);
        expect(NOT_ONE_LINE.test(shown)).toBe(false);
        expect(BIDI.test(shown)).toBe(false);
      }),
    );
  });
});
