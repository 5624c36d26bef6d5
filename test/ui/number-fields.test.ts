/** The hyperparameter and steps fields on values at and past their limits (issue 8). */
import { describe, expect, it } from 'vitest';
import { HYPERPARAMS } from '../../src/core/optimizers/hyperparams';
import { parseHyperparam } from '../../src/ui/optimizers/format';
import { readSteps } from '../../src/ui/timeline/steps';

describe('parseHyperparam', () => {
  it('reads −0 as 0, so that a link never says lr=-0', () => {
    for (const text of ['-0', '−0', '-0.0', '-0e5']) {
      const parsed = parseHyperparam(text, HYPERPARAMS.lr);
      expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
    }
  });
});

describe('readSteps', () => {
  it('takes whole numbers of the range as they are, without a note', () => {
    expect(readSteps('1')).toEqual({ steps: 1, message: null });
    expect(readSteps(' 1000000 ')).toEqual({ steps: 1_000_000, message: null });
  });
  it('keeps the current steps on blank text, without a note', () => {
    expect(readSteps('  ')).toEqual({ steps: null, message: null });
  });
  it('says so when the browser could not read the text (a number input then reads blank)', () => {
    expect(readSteps('', true)).toEqual({
      steps: null,
      message: 'Enter a whole number of steps from 1 to 1,000,000',
    });
  });
  it('clamps and rounds, and says what it did', () => {
    expect(readSteps('1e9')).toEqual({
      steps: 1_000_000,
      message: 'Steps run from 1 to 1,000,000: 1e9 became 1,000,000',
    });
    expect(readSteps('0')).toEqual({
      steps: 1,
      message: 'Steps run from 1 to 1,000,000: 0 became 1',
    });
    expect(readSteps('-5')?.steps).toBe(1);
    expect(readSteps('2.5')).toEqual({
      steps: 3,
      message: 'Steps run from 1 to 1,000,000: 2.5 became 3',
    });
  });
  it('refuses what is no finite number', () => {
    for (const text of ['abc', '1e309', '-1e309', 'NaN'])
      expect(readSteps(text)).toEqual({
        steps: null,
        message: 'Enter a whole number of steps from 1 to 1,000,000',
      });
  });
  it('cuts a long text in the note', () => {
    expect(readSteps(`1${'0'.repeat(40)}`).message).toBe(
      `Steps run from 1 to 1,000,000: 1${'0'.repeat(20)}… became 1,000,000`,
    );
  });
});
