/** The draft kept in this browser (src/lessons/authoring/storage.ts): read back as hostile input. */
import { describe, expect, it } from 'vitest';
import {
  DRAFT_KEY,
  discardDraft,
  hasDraft,
  loadDraft,
  saveDraft,
} from '../../../src/lessons/authoring/storage';
import type { Lesson } from '../../../src/lessons/types';
import { memoryStorage, refusingStorage } from '../memory-storage';

const DRAFT: Lesson = {
  id: 'my-lesson',
  title: { en: '' },
  author: 'A. Teacher',
  steps: [
    {
      chapter: { zh: '第一章' },
      title: { en: 'One' },
      text: { en: '' },
      link: 'v=1',
      prediction: {
        question: { en: 'Q' },
        choices: [{ en: 'a' }, { en: '' }, { en: 'c' }],
        answer: 2,
        explanation: { en: '' },
      },
      task: { prompt: { en: '' }, condition: 'run 1 x <', hint: { en: 'h' } },
      teacherNote: { en: 'note' },
    },
  ],
};

describe('the stored draft', () => {
  it('round-trips a draft, invalid parts and all, with the step selected', () => {
    const storage = memoryStorage();
    expect(hasDraft(storage)).toBe(false);
    expect(saveDraft(storage, { lesson: DRAFT, selected: 0 })).toBe(true);
    expect(hasDraft(storage)).toBe(true);
    expect(loadDraft(storage)).toEqual({ lesson: DRAFT, selected: 0 });
  });
  it('is forgotten when discarded', () => {
    const storage = memoryStorage();
    saveDraft(storage, { lesson: DRAFT, selected: 0 });
    discardDraft(storage);
    expect(loadDraft(storage)).toBeNull();
    expect(hasDraft(storage)).toBe(false);
  });
  it('keeps only what has a lesson’s shape from a changed draft', () => {
    const storage = memoryStorage({
      [DRAFT_KEY]: JSON.stringify({
        selected: 99,
        lesson: {
          id: 7,
          title: { en: 'T', fr: 'x', __proto__: { zh: 'polluted' } },
          evil: '<script>',
          steps: [
            { title: 'not a text', text: { en: 'ok' }, link: 5, extra: 1 },
            'not a step',
            { prediction: { choices: [1, { en: 'a' }], answer: 9 }, task: { condition: 3 } },
          ],
        },
      }),
    });
    const draft = loadDraft(storage);
    expect(draft?.selected).toBe(1);
    expect(draft?.lesson).toEqual({
      id: '',
      title: { en: 'T' },
      steps: [
        { title: {}, text: { en: 'ok' }, link: '' },
        {
          title: {},
          text: {},
          link: '',
          prediction: { question: {}, choices: [{}, { en: 'a' }], answer: 0, explanation: {} },
          task: { prompt: {}, condition: '' },
        },
      ],
    });
  });
  it('reads nothing from junk, a refusing storage or none', () => {
    expect(loadDraft(memoryStorage({ [DRAFT_KEY]: '{not json' }))).toBeNull();
    expect(loadDraft(memoryStorage({ [DRAFT_KEY]: '[1,2]' }))).toBeNull();
    expect(loadDraft(memoryStorage({ [DRAFT_KEY]: '{"lesson":{"steps":3}}' }))).toBeNull();
    expect(loadDraft(refusingStorage)).toBeNull();
    expect(loadDraft(null)).toBeNull();
    expect(saveDraft(refusingStorage, { lesson: DRAFT, selected: 0 })).toBe(false);
    expect(hasDraft(refusingStorage)).toBe(false);
    expect(() => discardDraft(refusingStorage)).not.toThrow();
  });
});
