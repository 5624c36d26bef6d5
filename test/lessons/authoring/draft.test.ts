/** The draft lesson's edits (src/lessons/authoring/draft.ts): each returns a new lesson. */
import { describe, expect, it } from 'vitest';
import {
  addChoice,
  addStep,
  duplicateStep,
  forkLesson,
  lessonFileName,
  moveStep,
  newDraft,
  newPrediction,
  newTask,
  removeChoice,
  removeStep,
  setOptionalText,
  setText,
  stepFromView,
  updateLesson,
  updateStep,
  viewLink,
} from '../../../src/lessons/authoring/draft';
import { checkDraft } from '../../../src/lessons/authoring/check';
import type { Lesson } from '../../../src/lessons/types';

/** A draft of `n` steps titled "1", "2", … in English, each a valid view. */
function draftOf(n: number): Lesson {
  let draft = updateLesson(newDraft('en'), { id: 'three', title: { en: 'Three' } });
  for (let i = 1; i <= n; i++)
    draft = addStep(draft, {
      title: { en: String(i) },
      text: { en: `Step ${i}.` },
      link: `v=1&o=gd(lr=0.00${i})`,
    });
  return draft;
}
const titles = (lesson: Lesson) => lesson.steps.map((step) => step.title.en);

describe('viewLink(query)', () => {
  it('keeps the view and drops what says how it is shown or which lesson is open', () => {
    expect(
      viewLink('?v=1&p=rosenbrock&lang=zh&present=1&embed=1&lesson=x&lessonData=1.e30&step=3'),
    ).toBe('v=1&p=rosenbrock');
  });
  it('keeps the values as written (percent-encoding and all) and the order', () => {
    expect(viewLink('v=1&o=adam(lr=0.01)&note=a%20b&show=lr,play')).toBe(
      'v=1&o=adam(lr=0.01)&note=a%20b&show=lr,play',
    );
  });
});

describe('a new draft and its first steps', () => {
  it('starts empty, to be named: validation says what is missing, by field', () => {
    const check = checkDraft(newDraft('zh'));
    expect(check.lesson).toBeNull();
    const paths = check.errors.map((e) => e.path);
    expect(paths).toContain('title.zh');
    expect(paths).toContain('steps');
  });
  it('adds the view as a step whose texts are to be written in the app’s language', () => {
    const step = stepFromView('v=1&p=booth&lang=zh', 'zh');
    expect(step).toEqual({ title: { zh: '' }, text: { zh: '' }, link: 'v=1&p=booth' });
  });
  it('becomes a valid lesson once its texts are written', () => {
    const check = checkDraft(draftOf(3));
    expect(check.errors).toEqual([]);
    expect(check.lesson?.steps).toHaveLength(3);
  });
});

describe('editing texts in one language', () => {
  it('setText keeps the other languages', () => {
    expect(setText({ en: 'Loss', zh: '损失' }, 'zh', '损失函数')).toEqual({
      en: 'Loss',
      zh: '损失函数',
    });
  });
  it('setOptionalText leaves the field out once no language has text', () => {
    expect(setOptionalText(undefined, 'en', 'A note')).toEqual({ en: 'A note' });
    expect(setOptionalText({ en: 'A note' }, 'en', '')).toBeUndefined();
    expect(setOptionalText({ en: 'A note', zh: '备注' }, 'en', '')).toEqual({ zh: '备注' });
  });
  it('updateStep removes a field set to undefined and leaves the lesson given unchanged', () => {
    const draft = updateStep(draftOf(1), 0, { chapter: { en: 'One' } });
    const next = updateStep(draft, 0, { chapter: undefined, title: { en: 'New' } });
    expect(next.steps[0]).not.toHaveProperty('chapter');
    expect(next.steps[0]?.title).toEqual({ en: 'New' });
    expect(draft.steps[0]?.chapter).toEqual({ en: 'One' });
  });
  it('updateLesson removes an author set to undefined', () => {
    const draft = updateLesson(draftOf(1), { author: 'A. Teacher' });
    expect(draft.author).toBe('A. Teacher');
    expect(updateLesson(draft, { author: undefined })).not.toHaveProperty('author');
  });
});

describe('ordering steps', () => {
  it('moves a step up and down, and not past either end', () => {
    const draft = draftOf(3);
    expect(titles(moveStep(draft, 2, -1))).toEqual(['1', '3', '2']);
    expect(titles(moveStep(draft, 0, 1))).toEqual(['2', '1', '3']);
    expect(moveStep(draft, 0, -1)).toBe(draft);
    expect(moveStep(draft, 2, 1)).toBe(draft);
  });
  it('inserts a step where asked', () => {
    const step = { title: { en: 'new' }, text: { en: 'x' }, link: 'v=1' };
    expect(titles(addStep(draftOf(2), step, 1))).toEqual(['1', 'new', '2']);
  });
  it('duplicates a step right after it, a deep copy without its chapter', () => {
    const draft = updateStep(draftOf(2), 0, { chapter: { en: 'Ch' } });
    const copied = duplicateStep(draft, 0);
    expect(titles(copied)).toEqual(['1', '1', '2']);
    expect(copied.steps[1]).not.toHaveProperty('chapter');
    expect(copied.steps[1]?.title).not.toBe(draft.steps[0]?.title);
  });
  it('removes a step', () => {
    expect(titles(removeStep(draftOf(3), 1))).toEqual(['1', '3']);
    expect(removeStep(draftOf(1), 5).steps).toHaveLength(1);
  });
});

describe('predictions and tasks', () => {
  it('a new prediction has two choices, the first right; choices go from 2 to 4', () => {
    let p = newPrediction('en');
    expect(p.choices).toHaveLength(2);
    expect(p.answer).toBe(0);
    p = addChoice(addChoice(addChoice(p, 'en'), 'en'), 'en');
    expect(p.choices).toHaveLength(4);
    p = removeChoice(removeChoice(removeChoice(p, 0), 0), 0);
    expect(p.choices).toHaveLength(2);
  });
  it('the answer follows its choice when another is removed', () => {
    const p = {
      ...newPrediction('en'),
      choices: [{ en: 'a' }, { en: 'b' }, { en: 'c' }],
      answer: 2,
    };
    expect(removeChoice(p, 0).answer).toBe(1);
    expect(removeChoice(p, 2).answer).toBe(0);
    expect(removeChoice({ ...p, answer: 0 }, 1).answer).toBe(0);
  });
  it('a prediction and a task written out make a valid step; an empty one says where', () => {
    let draft = updateStep(draftOf(1), 0, { prediction: newPrediction('en'), task: newTask('en') });
    const paths = checkDraft(draft).errors.map((e) => e.path);
    expect(paths).toContain('steps[0].prediction.question.en');
    expect(paths).toContain('steps[0].prediction.choices[1].en');
    expect(paths).toContain('steps[0].task.prompt.en');
    draft = updateStep(draft, 0, {
      prediction: {
        question: { en: 'Which?' },
        choices: [{ en: 'a' }, { en: 'b' }, { en: 'c' }],
        answer: 2,
        explanation: { en: 'Because.' },
      },
      task: { prompt: { en: 'Diverge.' }, condition: 'run 1 divergedAt != null' },
    });
    expect(checkDraft(draft).errors).toEqual([]);
    // Off again: the fields are gone.
    expect(updateStep(draft, 0, { prediction: undefined }).steps[0]).not.toHaveProperty(
      'prediction',
    );
  });
});

describe('forkLesson and the file name', () => {
  it('copies a lesson under an id none has', () => {
    const course = draftOf(2);
    const fork = forkLesson(course, []);
    expect(fork.id).toBe('three-copy');
    expect(fork.steps).toEqual(course.steps);
    expect(fork.steps).not.toBe(course.steps);
    expect(forkLesson(course, ['three-copy', 'three-copy-2']).id).toBe('three-copy-3');
  });
  it('keeps a long id within 64 characters', () => {
    const long = { ...draftOf(1), id: 'a'.repeat(64) };
    expect(forkLesson(long, []).id.length).toBeLessThanOrEqual(64);
    expect(checkDraft(forkLesson(long, [])).errors).toEqual([]);
  });
  it('names the file after the id, or "lesson" when the id is not one yet', () => {
    expect(lessonFileName({ id: 'learning-rate' })).toBe('learning-rate.descent-lesson.json');
    expect(lessonFileName({ id: '../x' })).toBe('lesson.descent-lesson.json');
  });
});
