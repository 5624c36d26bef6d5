/**
 * The three number readers (links, hyperparameter fields, CSV) share one syntax. Regression test
 * for issue 8: it was written \d+\.?\d*, which splits a run of digits between \d+ and \d* in n
 * ways, so 10⁵ digits followed by a letter backtracked quadratically (about a second per 2·10⁴
 * digits, minutes for a CSV field). The rewrite must read exactly the same language.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HYPERPARAMS } from '../../src/core/optimizers/hyperparams';
import { parseCsv } from '../../src/scenario/csv';
import { parseHyperparam } from '../../src/ui/optimizers/format';
import { readNumber } from '../../src/url/values';

/** The syntax as it was (slow on hostile input; fine on short strings). */
const OLD = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

describe('number syntax', () => {
  it('reads the same strings as before', () => {
    const text = fc.string({ unit: fc.constantFrom(...'0123456789.eE+-x '), maxLength: 12 });
    fc.assert(
      fc.property(text, (s) => {
        expect(typeof readNumber(s) === 'number').toBe(OLD.test(s));
        const hyper = parseHyperparam(s, { ...HYPERPARAMS.lr, min: -Infinity, max: Infinity });
        expect(hyper.ok || hyper.message.startsWith('Needs')).toBe(OLD.test(s.trim()));
      }),
      { numRuns: 2000 },
    );
  });

  // Each of these took minutes before the fix; the test timeout catches a regression.
  const digits = `${'1'.repeat(150_000)}x`;
  it('readNumber is linear on 150,000 digits and a letter', () => {
    expect(readNumber(digits)).toBe(digits);
  });
  it('parseHyperparam is linear on 150,000 digits and a letter', () => {
    expect(parseHyperparam(digits, HYPERPARAMS.lr)).toEqual({
      ok: false,
      message: 'Enter a number like 0.001 or 1e-3',
    });
  });
  it('parseCsv is linear on a field of 150,000 digits and a letter', () => {
    const result = parseCsv(`x,y\n${digits},1\n1,2`, 'regression');
    expect(result.ok).toBe(false);
  });
});
