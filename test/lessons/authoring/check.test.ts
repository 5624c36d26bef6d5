/** A draft's messages by field (src/lessons/authoring/check.ts), and how it travels (share.ts). */
import { describe, expect, it } from 'vitest';
import {
  CONDITION_WORDS,
  checkDraft,
  conditionMessage,
  isWithin,
  messagesAt,
  stepHasError,
} from '../../../src/lessons/authoring/check';
import { lessonLink } from '../../../src/lessons/authoring/share';
import { decodeInlineLesson } from '../../../src/lessons/inline';
import type { Lesson } from '../../../src/lessons/types';

const DRAFT: Lesson = {
  id: 'Bad Id',
  title: { en: 'A lesson' },
  steps: [
    { title: { en: 'One' }, text: { en: 'Fine.' }, link: 'v=1' },
    { title: { en: '' }, text: { en: 'x' }, link: 'v=1&lang=zh' },
  ],
};

describe('checkDraft and messagesAt', () => {
  it('groups validateLesson’s messages under the field they name', () => {
    const check = checkDraft(DRAFT);
    expect(check.lesson).toBeNull();
    expect(messagesAt(check, 'id')[0]).toMatch(/lowercase letters/);
    expect(messagesAt(check, 'steps[1].title')).toEqual([
      'en: is empty: write the text, or leave the field out where it is optional',
    ]);
    expect(messagesAt(check, 'steps[1].link')[0]).toMatch(/"lang=…"/);
    expect(messagesAt(check, 'steps[0]')).toEqual([]);
  });
  it('marks the steps that have an error', () => {
    const check = checkDraft(DRAFT);
    expect(stepHasError(check, 0)).toBe(false);
    expect(stepHasError(check, 1)).toBe(true);
  });
  it('lists warnings too: a task naming a run its link does not open', () => {
    const check = checkDraft({
      ...DRAFT,
      id: 'ok',
      steps: [
        {
          title: { en: 'T' },
          text: { en: 'x' },
          link: 'v=1&o=gd',
          task: { prompt: { en: 'Do' }, condition: 'run 3 finalLoss < 1' },
        },
      ],
    });
    expect(check.lesson).not.toBeNull();
    expect(messagesAt(check, 'steps[0].task')[0]).toMatch(/^condition: names run 3/);
  });
  it('isWithin tells a field inside another from a field that only starts alike', () => {
    expect(isWithin('steps[1].title.en', 'steps[1]')).toBe(true);
    expect(isWithin('steps[10].title', 'steps[1]')).toBe(false);
    expect(isWithin('steps[1]', 'steps')).toBe(true);
    expect(isWithin('title', '')).toBe(true);
  });
});

describe('conditions', () => {
  it('says why a condition cannot be read, and nothing for one that can', () => {
    expect(conditionMessage('run 1 finalloss < 1')).toMatch(/did you mean finalLoss/);
    expect(conditionMessage('run 1 divergedAt != null')).toBeNull();
  });
  it('lists words the parser accepts', () => {
    for (const word of [
      ...CONDITION_WORDS.quantities.map((q) => `run 1 ${q} > 0`),
      ...CONDITION_WORDS.hyperparams.slice(0, 3).map((h) => `run 1 ${h} > 0`),
      ...CONDITION_WORDS.subjects.map((s) => `${s} finalLoss < 1`),
    ])
      expect(conditionMessage(word), word).toBeNull();
  });
});

describe('lessonLink', () => {
  it('carries a short lesson, which reads back the same', () => {
    const lesson = { ...DRAFT, id: 'ok', steps: DRAFT.steps.slice(0, 1) };
    const link = lessonLink('https://descent.example/', lesson);
    const data = new URL(link ?? '').searchParams.get('lessonData') ?? '';
    const read = decodeInlineLesson(data);
    expect('lesson' in read && read.lesson).toEqual(lesson);
  });
  it('is null for a lesson too long for a link', () => {
    const long = { ...DRAFT, id: 'ok', title: { en: 'x'.repeat(200) } };
    long.steps = Array.from({ length: 40 }, () => ({
      title: { en: 'A step' },
      text: { en: 'y'.repeat(400) },
      link: 'v=1',
    }));
    expect(lessonLink('https://descent.example/', long)).toBeNull();
  });
});
