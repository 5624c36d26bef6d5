import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { MAX_LESSON_DATA_LENGTH } from '../../src/url/lesson-params';
import { MAX_INLINE_LESSON_LENGTH } from '../../src/lessons/inline';
import { lessonLinkForm, stepQuery } from '../../src/lessons/step-link';
import { FIRST_VIEW } from '../../src/state/defaults';

const view = (query: string) => decodeLink(query).state.view;
/** The first view's link: its runs and nothing of the view. */
const BARE = encodeLink({ scenario: FIRST_VIEW, view: DEFAULT_VIEW });
const messages = (query: string) =>
  decodeLink(query).notices.map((n) => `${n.param}: ${n.message}`);

describe('the lesson parameters of a link (lesson=, step=, lessonData=)', () => {
  it('a lesson link reads its lesson and step, the step counted from 1 as on screen', () => {
    expect(view('lesson=training-a-model&step=3')).toMatchObject({
      lessonId: 'training-a-model',
      lessonStep: 2,
    });
    expect(messages('lesson=training-a-model&step=3')).toEqual([]);
  });

  it('the first step is written as no step; the others as their number', () => {
    const write = (lessonStep: number) =>
      encodeLink({ scenario: FIRST_VIEW, view: { ...DEFAULT_VIEW, lessonId: 'a-b', lessonStep } });
    expect(write(0)).toBe(`${BARE}&lesson=a-b`);
    expect(write(11)).toBe(`${BARE}&lesson=a-b&step=12`);
  });

  it('a lesson carried by the link goes through and back as it was, last in the link', () => {
    const lessonData = '1.eyJpZCI6ImEifQ';
    const query = encodeLink({
      scenario: FIRST_VIEW,
      view: { ...DEFAULT_VIEW, lessonData, lessonStep: 1, note: { kind: 'text', text: 'Hi' } },
    });
    expect(query).toBe(`${BARE}&step=2&note=Hi&lessonData=${lessonData}`);
    expect(view(query).lessonData).toBe(lessonData);
  });

  it.each([
    ['step=0', 'step: must be a whole number from 1 to 200; ignored'],
    ['step=-2', 'step: must be a whole number from 1 to 200; ignored'],
    ['step=1.5', 'step: must be a whole number from 1 to 200; ignored'],
    ['step=1e300', 'step: must be a whole number from 1 to 200; ignored'],
    ['step=abc', 'step: must be a whole number from 1 to 200; ignored'],
    ['step=201', 'step: must be a whole number from 1 to 200; ignored'],
    [
      'lesson=Training',
      'lesson: "Training" is not a lesson name (a-z, 0-9 and -, at most 64); ignored',
    ],
    [
      'lesson=..%2Fsecret',
      'lesson: "../secret" is not a lesson name (a-z, 0-9 and -, at most 64); ignored',
    ],
    ['lesson=-a', 'lesson: "-a" is not a lesson name (a-z, 0-9 and -, at most 64); ignored'],
    ['lesson=', 'lesson: "" is not a lesson name (a-z, 0-9 and -, at most 64); ignored'],
    ['lessonData=', 'lessonData: holds no lesson; ignored'],
  ])('%s is ignored with a notice, the rest of the link kept', (param, message) => {
    const query = `p=himmelblau&${param}`;
    expect(messages(query)).toEqual([message]);
    const { lessonId, lessonStep, lessonData } = view(query);
    expect([lessonId, lessonStep, lessonData]).toEqual([undefined, undefined, undefined]);
    expect(decodeLink(query).state.scenario.problem).toMatchObject({ name: 'himmelblau' });
  });

  it('a lesson name of 65 characters is refused, 64 taken', () => {
    expect(view(`lesson=${'a'.repeat(64)}`).lessonId).toBe('a'.repeat(64));
    expect(view(`lesson=${'a'.repeat(65)}`).lessonId).toBeUndefined();
  });

  it('the link reads a lesson as long as the inline form allows, and no longer', () => {
    expect(MAX_LESSON_DATA_LENGTH).toBe(MAX_INLINE_LESSON_LENGTH);
    const data = `1.${'A'.repeat(MAX_LESSON_DATA_LENGTH - 2)}`;
    expect(view(`lessonData=${data}`).lessonData).toBe(data);
    expect(messages(`lessonData=${data}A`)).toEqual([
      'lessonData: is 6,001 characters long (at most 6,000); ignored',
    ]);
  });
});

describe('lessonLinkForm: what a link opened with a lesson asks of the player', () => {
  it.each([
    ['?lesson=training-a-model&step=3', { bare: true, namesStep: true }],
    ['lesson=training-a-model', { bare: true, namesStep: false }],
    ['v=1&lesson=x&lang=zh&present=1&step=2', { bare: true, namesStep: true }],
    ['lessonData=1.abc', { bare: true, namesStep: false }],
    ['v=1&p=himmelblau&lesson=x&step=2', { bare: false, namesStep: true }],
    ['lesson=x&predict=1', { bare: false, namesStep: false }],
    ['lesson=x&t=5', { bare: false, namesStep: false }],
  ])('%s', (query, form) => {
    expect(lessonLinkForm(query)).toEqual(form);
  });
});

describe('stepQuery: the link a step opens', () => {
  const step = { link: 'v=1&p=himmelblau&o=gd(lr=0.01)&show=lr' };
  const opening = { lesson: { id: 'intro' }, step: 2, presenting: false, answered: false };

  it('is the step’s link with the lesson and step added', () => {
    expect(stepQuery(step, opening)).toBe(
      'v=1&p=himmelblau&o=gd(lr=0.01)&show=lr&lesson=intro&step=3',
    );
  });

  it('keeps presentation mode on; the language is left to the one shown', () => {
    const query = stepQuery(step, { ...opening, presenting: true });
    expect(query).toContain('&present=1');
    expect(view(query).present).toBe(true);
    expect(view(query).lang).toBeUndefined();
  });

  it('hides the runs while the question is unanswered, and only then', () => {
    const asking = { ...step, link: `${step.link}&predict=1`, prediction: {} as never };
    expect(view(stepQuery(asking, opening)).predict).toBe(true);
    expect(view(stepQuery(asking, { ...opening, answered: true })).predict).toBe(false);
    // Without a question, the step's own predict=1 (a question for the class) stays.
    expect(view(stepQuery({ link: `${step.link}&predict=1` }, opening)).predict).toBe(true);
  });

  it('replaces any lesson, step, language or presentation the step’s link holds', () => {
    const query = stepQuery(
      { link: 'v=1&lesson=other&step=9&lang=zh&present=1&lessonData=1.x' },
      opening,
    );
    expect(query).toBe('v=1&lesson=intro&step=3');
  });

  it('a lesson the link carries travels with each of its steps', () => {
    const query = stepQuery(step, { ...opening, lesson: { data: '1.eyJ9' }, step: 0 });
    expect(query).toBe('v=1&p=himmelblau&o=gd(lr=0.01)&show=lr&lessonData=1.eyJ9');
    expect(decodeLink(query).notices).toEqual([]);
  });
});
