import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROGRESS,
  progressKey,
  readProgress,
  writeProgress,
} from '../../src/lessons/progress';
import { memoryStorage as memory, refusingStorage as refusing } from './memory-storage';

/** Four steps: the second has a question of 3 choices, the fourth one of 2. */
const CHOICES = [undefined, 3, undefined, 2];

describe('lesson progress (src/lessons/progress.ts)', () => {
  it('what is written is read back', () => {
    const storage = memory();
    const progress = { step: 2, answers: { 1: 2, 3: 0 }, done: [0, 2] };
    writeProgress(storage, 'intro', progress);
    expect(readProgress(storage, 'intro', CHOICES)).toEqual(progress);
    expect(storage.data.has(progressKey('intro'))).toBe(true);
  });

  it('each lesson keeps its own progress', () => {
    const storage = memory();
    writeProgress(storage, 'a', { step: 3, answers: {}, done: [] });
    expect(readProgress(storage, 'b', CHOICES)).toEqual(EMPTY_PROGRESS);
  });

  it.each([
    ['nothing kept', undefined],
    ['not JSON', '{step: 2'],
    ['a list', '[1,2]'],
    ['null', 'null'],
    ['a number', '7'],
    ['too long to be ours', JSON.stringify({ step: 1, pad: 'x'.repeat(30_000) })],
  ])('%s reads as no progress', (_, text) => {
    const storage = memory(text === undefined ? {} : { [progressKey('intro')]: text });
    expect(readProgress(storage, 'intro', CHOICES)).toEqual(EMPTY_PROGRESS);
  });

  it('keeps what fits the lesson and drops the rest', () => {
    // Step 10 of 4; answers for steps without a question, past the choices, under odd keys
    // (the JSON's own "__proto__" too, which JSON.parse keeps as a plain key).
    const text =
      '{"step": 9, "answers": {"1": 2, "3": 5, "0": 1, "-1": 0, "1.5": 0, "01": 1, "x": 1,' +
      ' "__proto__": 1, "2": "a"}, "done": [3, 0, 0, -1, 4, 1.5, "2", null]}';
    const storage = memory({ [progressKey('intro')]: text });
    expect(readProgress(storage, 'intro', CHOICES)).toEqual({
      step: 0,
      // Step 4's question has 2 choices: 5 is not one; step 1 and 3 have no question.
      answers: { 1: 2 },
      done: [0, 3],
    });
  });

  it('a storage that throws loses the progress and nothing else', () => {
    expect(() =>
      writeProgress(refusing, 'intro', { step: 1, answers: {}, done: [] }),
    ).not.toThrow();
    expect(readProgress(refusing, 'intro', CHOICES)).toEqual(EMPTY_PROGRESS);
    expect(readProgress(null, 'intro', CHOICES)).toEqual(EMPTY_PROGRESS);
  });
});
