/**
 * Class 9 of issue 23, JSON: for any run label, the trajectories JSON (the app's and the CLI's,
 * one formatter) and the CLI's summary parse, give the label back with lone surrogates as U+FFFD
 * (so stricter readers, and UTF-8, take it), and print no raw control or bidi character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/format';
import { run } from '../../src/core/run';
import { trajectoriesJson } from '../../src/export/trajectories';
import { hostileText, isWellFormed, replacing } from './hostile-text';
import { scenarioOn } from '../helpers';

const scenario = scenarioOn('himmelblau', [{ type: 'adam', lr: 0.1 }], {
  start: [-1, 1],
  steps: 2,
});
const [result] = run(scenario);

/** A raw character that would act on a terminal or reorder the text around it. */
const RAW_UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('JSON export text (issue 23, class 9)', () => {
  it('any label reads back well-formed, and the file holds no raw control character', () => {
    fc.assert(
      fc.property(hostileText(), (label) => {
        const results = [{ ...result!, optimizer: { ...result!.optimizer, label } }];
        for (const text of [trajectoriesJson(results), formatSummary(results)]) {
          expect(isWellFormed(text)).toBe(true);
          expect(RAW_UNSAFE.test(text.trimEnd())).toBe(false);
          const parsed = JSON.parse(text) as { runs: { optimizer: { label: string } }[] };
          expect(parsed.runs[0]!.optimizer.label).toBe(replacing(label, () => true));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
