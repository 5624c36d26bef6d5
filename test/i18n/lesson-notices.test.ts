/**
 * Why a lesson does not open, in the language shown: each refusal of the catalog
 * (src/lessons/catalog.ts) and each lesson notice of a link (src/state/lesson-sync.ts) carries
 * its words' key, whose English is the refusal's own; in Chinese they are Chinese. A
 * validator's reasons inside stay English (docs/i18n.md, "What stays English").
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { loadLanguage } from '../../src/i18n/load';
import { expectSaidInBothLanguages } from './said-words';
import '../../src/i18n/en-lesson';
import { importedLessonKey, loadLesson, type LessonLoad } from '../../src/lessons/catalog';
import { minimalLesson } from '../lessons/lesson-fixtures';
import { memoryStorage } from '../lessons/memory-storage';

beforeAll(() => loadLanguage('zh'));
afterEach(() => void i18n.changeLanguage('en'));

const stored = (text: string) => memoryStorage({ [importedLessonKey('tiny')]: text });

/** Lessons that do not open, one for each of the catalog's reasons. */
const REFUSALS: [string, () => Promise<LessonLoad>][] = [
  ['lesson.noSuchLesson', () => loadLesson({ id: 'no-such-lesson' }, memoryStorage())],
  ['lesson.refusedKept', () => loadLesson({ id: 'tiny' }, stored('{"format": "descent-lesson"'))],
  [
    'lesson.otherLesson',
    () =>
      loadLesson(
        { id: 'tiny' },
        stored(
          JSON.stringify({
            format: 'descent-lesson',
            version: 1,
            lesson: { ...minimalLesson(), id: 'another' },
          }),
        ),
      ),
  ],
  ['lesson.refusedInLink', () => loadLesson({ data: 'not-a-lesson' }, memoryStorage())],
];

describe('why a lesson does not open, in the language shown', () => {
  it.each(REFUSALS)('%s: English as the catalog says it, Chinese in Chinese', async (key, load) => {
    const refusal = await load();
    expect('said' in refusal).toBe(true);
    if (!('said' in refusal)) return;
    expect(refusal.said.key).toBe(key);
    expectSaidInBothLanguages(refusal.said, refusal.error);
  });
});
