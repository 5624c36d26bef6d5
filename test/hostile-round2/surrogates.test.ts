/**
 * Issue 23, point 5: text is well-formed Unicode after reading, on every input path, and no
 * encoding step can throw. A lone UTF-16 surrogate (a `\ud800` escape in a file, a half emoji)
 * made `encodeURIComponent` throw "URI malformed" on every change once it was in the state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/scenario/csv';
import { clip, isWellFormed, toWellFormed } from '../../src/scenario/text';
import { validateScenario } from '../../src/scenario/validate';
import { FIRST_VIEW } from '../../src/state/defaults';
import { checkFormula } from '../../src/ui/problems/formula-check';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { importScenario } from '../../src/url/import';
import { encodeText } from '../../src/url/syntax';

/** Any UTF-16 text: each unit drawn alone, so lone surrogates of both kinds are frequent. */
const anyUnits = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('a', '😀', '\u0000', '\n'),
  ),
  maxLength: 40,
});

/** Every string anywhere in a value, keys included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      strings(item, out);
    }
  return out;
}

describe('toWellFormed', () => {
  it('replaces exactly the lone surrogates by U+FFFD and keeps pairs', () => {
    fc.assert(
      fc.property(anyUnits, (text) => {
        const fixed = toWellFormed(text);
        expect(isWellFormed(fixed)).toBe(true);
        expect(fixed).toHaveLength(text.length);
        expect(() => encodeURIComponent(fixed)).not.toThrow();
        if (isWellFormed(text)) expect(fixed).toBe(text);
      }),
      { numRuns: 2000 },
    );
    expect(toWellFormed('a\ud800b\udc00😀')).toBe('a\ufffdb\ufffd😀');
  });
});

describe('no encoding step throws on any text in the state', () => {
  it('a run named with any units is written as a link, which reads back well-formed', () => {
    fc.assert(
      fc.property(anyUnits, (label) => {
        expect(() => encodeText(label)).not.toThrow();
        const optimizers = [{ ...FIRST_VIEW.optimizers[0]!, label }];
        const scenario = { ...FIRST_VIEW, optimizers };
        let link = '';
        expect(() => (link = encodeLink({ scenario, view: DEFAULT_VIEW }))).not.toThrow();
        const read = decodeLink(link).state.scenario;
        for (const text of strings(read)) expect(isWellFormed(text)).toBe(true);
        // Label text within the limit keeps every well-formed character.
        if (label.length <= 60 && label.trim() === label && label !== '')
          expect(read.optimizers[0]!.label).toBe(toWellFormed(label));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('every input path reads text well-formed', () => {
  it('a link with broken UTF-8 escapes or lone surrogates in any field', () => {
    fc.assert(
      fc.property(
        anyUnits,
        fc.constantFrom('%ED%A0%80', '%ED%BF%BF', '%F0%9F', ''),
        (text, raw) => {
          const escaped = [...text].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
          const label = `${raw}${escaped.join('').slice(0, 60)}`;
          const { state, notices } = decodeLink(`o=adam(label=${label})&p=${raw}x&${raw}=1`);
          for (const value of [
            ...strings(state.scenario),
            ...notices.flatMap((n) => [n.param, n.message]),
          ])
            expect(isWellFormed(value)).toBe(true);
          expect(() => encodeLink(state)).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a scenario file with lone surrogates in labels, keys and values (JSON escapes)', () => {
    fc.assert(
      fc.property(anyUnits, anyUnits, (label, key) => {
        const json = JSON.stringify({
          problem: { type: 'function', name: 'booth', [key]: label },
          steps: 20,
          optimizers: [{ type: 'adam', lr: 0.1, label: label.slice(0, 60) }],
          [key]: 1,
        });
        const read = importScenario(json);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        for (const text of [...strings(read.scenario), ...read.notices])
          expect(isWellFormed(text)).toBe(true);
        expect(read.scenario.steps).toBe(20);
        expect(() => encodeLink({ scenario: read.scenario, view: DEFAULT_VIEW })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('the file of issue 23 (a label "\\ud800") opens, well-formed, and its link is written', () => {
    const read = importScenario(
      '{"problem":{"type":"function","name":"booth"},"seed":5,"optimizers":[{"type":"adam","lr":0.1,"label":"\\ud800"}]}',
    );
    expect(read.ok && read.scenario.optimizers[0]!.label).toBe('\ufffd');
    expect(read.ok && read.scenario.seed).toBe(5);
    if (read.ok)
      expect(encodeLink({ scenario: read.scenario, view: DEFAULT_VIEW })).toContain(
        'label=%EF%BF%BD',
      );
  });

  it('validation hands back labels well-formed (the command line reads files through it)', () => {
    const checked = validateScenario({
      ...FIRST_VIEW,
      optimizers: [{ type: 'gd', lr: 0.1, label: 'a\udc00' }],
    });
    expect(checked.ok && checked.scenario.optimizers[0]!.label).toBe('a\ufffd');
  });

  it('CSV messages and formula messages quote text well-formed', () => {
    fc.assert(
      fc.property(anyUnits, (text) => {
        const csv = parseCsv(`${text},y\n1,${text}\n2,3\n`, 'regression');
        for (const m of csv.ok ? csv.warnings : csv.errors) expect(isWellFormed(m)).toBe(true);
        const formula = checkFormula(`x + ${text}`);
        if (formula.status === 'error') expect(isWellFormed(formula.message)).toBe(true);
        expect(isWellFormed(clip(text, 7))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
