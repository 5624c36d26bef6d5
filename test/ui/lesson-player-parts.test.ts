import { describe, expect, it } from 'vitest';
import { lessonKeyAction } from '../../src/ui/lesson/lesson-keys';
import { readableNumber, taskValues } from '../../src/ui/lesson/task-values';
import { lessonStepLink } from '../../src/ui/lesson/lesson-link';
import { chapterOf, chaptersOf } from '../../src/ui/lesson/LessonStepPicker';
import { parseCondition } from '../../src/lessons/condition/parse';
import { explainCondition } from '../../src/lessons/condition/evaluate';
import type { ConditionContext } from '../../src/lessons/condition/context';
import { decodeInlineLesson } from '../../src/lessons/inline';
import type { Lesson } from '../../src/lessons/types';
import type { OpenLesson } from '../../src/state/lesson-player-state';
import { keyPress as press, PAGE_TARGET as page } from './key-press';

describe('lessonKeyAction: N / B and Page Down / Page Up', () => {
  it('N and Page Down go on, B and Page Up go back, in either case', () => {
    expect(['n', 'N', 'PageDown'].map((key) => lessonKeyAction(press(key)))).toEqual([
      'next',
      'next',
      'next',
    ]);
    expect(['b', 'B', 'PageUp'].map((key) => lessonKeyAction(press(key)))).toEqual([
      'back',
      'back',
      'back',
    ]);
    expect(lessonKeyAction(press('m'))).toBeNull();
  });

  it('works on the landscape, on buttons and on the step’s title', () => {
    expect(lessonKeyAction(press('n', { target: { ...page, inLandscape: true } }))).toBe('next');
    expect(
      lessonKeyAction(press('b', { target: { ...page, tag: 'BUTTON', kind: 'button' } })),
    ).toBe('back');
    expect(lessonKeyAction(press('PageDown', { target: { ...page, tag: 'H2' } }))).toBe('next');
  });

  it('leaves alone typing, popups, chords, handled presses and a slider’s Page keys', () => {
    const text = { ...page, tag: 'INPUT', kind: 'text' as const };
    expect(lessonKeyAction(press('n', { target: text }))).toBeNull();
    expect(lessonKeyAction(press('PageDown', { target: text }))).toBeNull();
    expect(lessonKeyAction(press('b', { target: { ...page, editable: true } }))).toBeNull();
    expect(lessonKeyAction(press('n', { target: { ...page, inPopup: true } }))).toBeNull();
    expect(lessonKeyAction(press('n', { ctrlKey: true }))).toBeNull(); // a new window
    expect(lessonKeyAction(press('b', { metaKey: true }))).toBeNull();
    expect(lessonKeyAction(press('PageDown', { altKey: true }))).toBeNull();
    expect(lessonKeyAction(press('n', { defaultPrevented: true }))).toBeNull();
    const slider = { ...page, tag: 'INPUT', kind: 'slider' as const };
    expect(lessonKeyAction(press('PageUp', { target: slider }))).toBeNull();
    expect(lessonKeyAction(press('PageDown', { target: slider }))).toBeNull();
    // A checkbox does not type, but N on any input is left to it, as P is (present-keys.ts).
    expect(
      lessonKeyAction(press('n', { target: { ...page, tag: 'INPUT', kind: 'button' } })),
    ).toBeNull();
  });
});

describe('taskValues: a task’s comparisons with their values now', () => {
  const run = (loss: number[], divergedAt: number | null = null) => ({
    hyperparams: { lr: 0.1 },
    loss,
    divergedAt,
  });
  const context: ConditionContext = { runs: [run([1, 0.0431234]), run([1, 0.5, 2], 2)] };
  const values = (condition: string) => {
    const parsed = parseCondition(condition);
    if (!('ast' in parsed)) throw new Error(condition);
    return taskValues(explainCondition(parsed.ast, context), 'none');
  };

  it('reads each quantity of each comparison, 4 significant digits', () => {
    expect(values('run 1 finalLoss < 0.001 and run 2 divergedAt != null')).toEqual([
      { text: 'run 1 finalLoss < 0.001', now: '0.04312', holds: false },
      { text: 'run 2 divergedAt != null', now: '2', holds: true },
    ]);
  });

  it('names a missing value and lists a quantifier per run', () => {
    expect(values('run 1 divergedAt != null')).toEqual([
      { text: 'run 1 divergedAt != null', now: 'none', holds: false },
    ]);
    expect(values('every run minLoss < 0.1')[0]!.now).toBe('run 1: 0.04312, run 2: 0.5');
    expect(values('run 1 finalLoss < run 2 finalLoss')[0]!.now).toBe('0.04312 vs 2');
    expect(values('run 3 finalLoss < 1')[0]!.now).toBe('none');
  });

  it('readableNumber keeps whole numbers whole and shortens the rest', () => {
    expect([7, 1234567, 0.000123456, -2.5e-7].map(readableNumber)).toEqual([
      '7',
      '1235000',
      '0.0001235',
      '-2.5e-7',
    ]);
  });
});

const LESSON: Lesson = {
  id: 'tiny',
  title: { en: 'Tiny' },
  steps: [
    { title: { en: 'Intro' }, text: { en: '.' }, link: 'v=1' },
    { chapter: { en: 'A' }, title: { en: 'One' }, text: { en: '.' }, link: 'v=1' },
    { title: { en: 'Two' }, text: { en: '.' }, link: 'v=1' },
    { chapter: { en: 'B' }, title: { en: 'Three' }, text: { en: '.' }, link: 'v=1' },
  ],
};

describe('the steps by chapter', () => {
  it('groups the steps in runs of one chapter; steps before the first have none', () => {
    expect(chaptersOf(LESSON)).toEqual([
      { steps: [0] },
      { chapter: { en: 'A' }, steps: [1, 2] },
      { chapter: { en: 'B' }, steps: [3] },
    ]);
    expect([0, 1, 2, 3].map((i) => chapterOf(LESSON, i)?.en)).toEqual([undefined, 'A', 'A', 'B']);
  });
});

describe('lessonStepLink: the share dialog’s link to a step', () => {
  const base = 'https://example.org/descent/';
  const open = (over: Partial<OpenLesson>): OpenLesson => ({
    lesson: LESSON,
    source: 'built-in',
    ref: { id: LESSON.id },
    ...over,
  });

  it('names a built-in lesson and the step as on screen, the language when not English', () => {
    expect(lessonStepLink(base, open({}), 2, { lang: 'en', present: false })).toEqual({
      link: `${base}?lesson=tiny&step=3`,
      needsFile: false,
    });
    expect(lessonStepLink(base, open({}), 0, { lang: 'zh', present: true }).link).toBe(
      `${base}?lesson=tiny&step=1&lang=zh&present=1`,
    );
  });

  it('carries a lesson from a file in the link, which opens it anywhere', () => {
    const { link, needsFile } = lessonStepLink(base, open({ source: 'imported' }), 1, {
      lang: 'en',
      present: false,
    });
    expect(needsFile).toBe(false);
    const data = /lessonData=([^&]+)&step=2$/.exec(link)?.[1];
    const read = decodeInlineLesson(data!);
    expect('lesson' in read && read.lesson.id).toBe('tiny');
  });

  it('names a lesson too long for a link, and says it needs its file', () => {
    const long = {
      ...LESSON,
      steps: LESSON.steps.map((step) => ({ ...step, text: { en: 'x'.repeat(3000) } })),
    };
    expect(
      lessonStepLink(base, open({ lesson: long, source: 'imported' }), 0, {
        lang: 'en',
        present: false,
      }),
    ).toEqual({ link: `${base}?lesson=tiny&step=1`, needsFile: true });
  });
});
