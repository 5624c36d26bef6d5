import { describe, expect, it } from 'vitest';
import { averagedKeyWords } from '../../src/ui/landscape/averaged-key';
import { OPTIMIZER_TYPES } from '../../src/scenario/types';
import { optimizerModule } from '../../src/core/optimizers/registry';
import { en } from '../../src/i18n/en';

/** en's words for a key such as 'landscape.averagedPathKeyShown'. */
const words = (key: string | null) =>
  key === null ? null : (en.landscape as Record<string, string>)[key.split('.')[1]!];

describe('averagedKeyWords', () => {
  it('names ASGD’s ax for ASGD, Schedule-Free’s x for Schedule-Free, both for both', () => {
    expect(words(averagedKeyWords(['asgd']))).toBe('averaged point (ASGD’s ax)');
    expect(words(averagedKeyWords(['schedule-free-sgd', 'schedule-free-adamw']))).toBe(
      'averaged point (Schedule-Free’s answer x)',
    );
    expect(words(averagedKeyWords(['schedule-free-sgd', 'asgd']))).toBe(
      'averaged point (ASGD’s ax, Schedule-Free’s answer x)',
    );
  });

  it('has no words for types that keep no average', () => {
    const plain = OPTIMIZER_TYPES.filter((type) => optimizerModule(type).averaged === undefined);
    expect(plain.length).toBeGreaterThan(10);
    expect(averagedKeyWords(plain)).toBeNull();
    expect(averagedKeyWords([])).toBeNull();
  });
});
