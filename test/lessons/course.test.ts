/**
 * The course "Training a model, step by step" (src/lessons/course) is teaching text about runs,
 * so each step is checked as the presets are (test/presets/presets.test.ts): its view is a link
 * that decodes with no notices, its scenario runs in the core, and what its text and its
 * prediction's answer say is asserted on those runs (course-claims-*.ts, keyed by the step's
 * English title; a step without claims fails). A task's condition parses, does not hold on the
 * step's own runs (the student has something to do) and holds after a stated move.
 */
import { readFileSync } from 'node:fs';
import katex from 'katex';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../src/cli/data-files';
import { highestRunNamed } from '../../src/lessons/condition/ast';
import { parseCondition } from '../../src/lessons/condition/parse';
import { COURSE_ID, TRAINING_A_MODEL } from '../../src/lessons/course';
import type { LessonBlock, LessonInline } from '../../src/lessons/markdown/ast';
import { parseLessonText } from '../../src/lessons/markdown/parse';
import type { LessonStep, LocalText } from '../../src/lessons/types';
import { validateLesson } from '../../src/lessons/validate';
import { readLessonFile, writeLessonFile } from '../../src/lessons/file';
import { isLessonControl } from '../../src/state/lesson';
import { validateScenario } from '../../src/scenario/validate';
import { claimOf, type Claims } from './course-claims';
import { CLAIMS_1 } from './course-claims-1';
import { CLAIMS_3, CLAIMS_4 } from './course-claims-3';
import { CLAIMS_5 } from './course-claims-5';
import { CLAIMS_7, CLAIMS_8 } from './course-claims-7';
import { CLAIMS_9 } from './course-claims-9';
import { CLAIMS_10 } from './course-claims-10';
import { conditionHolds, runLink } from './run-scenario';

const CLAIMS: Claims = {
  ...CLAIMS_1,
  ...CLAIMS_3,
  ...CLAIMS_4,
  ...CLAIMS_5,
  ...CLAIMS_7,
  ...CLAIMS_8,
  ...CLAIMS_9,
  ...CLAIMS_10,
};

// The step on overfitting trains on a shipped data set (docs/models.md, "Real data").
beforeAll(() => loadDataSets(['breast-cancer']));

const { steps } = TRAINING_A_MODEL;

/** Every LocalText of a step, named for the messages. */
function textsOf(step: LessonStep): [string, LocalText][] {
  const texts: [string, LocalText][] = [
    ['title', step.title],
    ['text', step.text],
  ];
  if (step.chapter) texts.push(['chapter', step.chapter]);
  if (step.teacherNote) texts.push(['teacherNote', step.teacherNote]);
  if (step.prediction) {
    const { question, choices, explanation } = step.prediction;
    texts.push(['question', question], ['explanation', explanation]);
    choices.forEach((choice, i) => texts.push([`choice ${i}`, choice]));
  }
  if (step.task) {
    const { prompt, hint, success } = step.task;
    texts.push(['prompt', prompt]);
    if (hint) texts.push(['hint', hint]);
    if (success) texts.push(['success', success]);
  }
  return texts;
}

/**
 * The formulas of a text as the player parses it (src/lessons/markdown), and any "$" left in
 * plain text: a formula the parser did not take as one would show as its source.
 */
function formulasOf(text: string): { formulas: string[]; strayDollars: number } {
  const formulas: string[] = [];
  let strayDollars = 0;
  const inline = (nodes: LessonInline[]): void =>
    nodes.forEach((node) => {
      if (node.type === 'math') formulas.push(node.tex);
      else if (node.type === 'text' || node.type === 'code')
        strayDollars += node.text.split('$').length - 1;
      else if ('children' in node) inline(node.children);
    });
  const blocks = (nodes: LessonBlock[]): void =>
    nodes.forEach((node) => {
      if (node.type === 'math') formulas.push(node.tex);
      else if (node.type === 'list') node.items.forEach(blocks);
      else if (node.type === 'blockquote') blocks(node.children);
      else if (node.type === 'code') strayDollars += node.text.split('$').length - 1;
      else inline(node.children);
    });
  blocks(parseLessonText(text));
  return { formulas, strayDollars };
}

const HAN = /\p{Script=Han}/u;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the course', () => {
  it('is the lesson training-a-model with a title and summary in both languages', () => {
    expect(TRAINING_A_MODEL.id).toBe(COURSE_ID);
    expect(COURSE_ID).toBe('training-a-model');
    expect(TRAINING_A_MODEL.title.en).toBe('Training a model, step by step');
    expect(TRAINING_A_MODEL.title.zh).toMatch(HAN);
    expect(TRAINING_A_MODEL.summary?.zh).toMatch(HAN);
  });

  it('is a valid lesson, with no warnings, unchanged by validation', () => {
    const result = validateLesson(TRAINING_A_MODEL);
    expect('errors' in result ? result.errors : []).toEqual([]);
    if ('lesson' in result) {
      expect(result.warnings).toEqual([]);
      expect(result.lesson).toEqual(TRAINING_A_MODEL);
    }
  });

  it('is a lesson file as a teacher’s is: read by readLessonFile, in the form Save as file writes', () => {
    const text = readFileSync(
      new URL('../../src/lessons/course/training-a-model.descent-lesson.json', import.meta.url),
      'utf8',
    );
    const read = readLessonFile(text);
    expect('errors' in read ? read.errors : []).toEqual([]);
    if ('lesson' in read) {
      expect(read.warnings).toEqual([]);
      expect(read.lesson).toEqual(TRAINING_A_MODEL);
      expect(writeLessonFile(read.lesson)).toBe(text);
    }
  });

  it('has the issue’s nine chapters in order, then the summary', () => {
    expect(steps.filter((s) => s.chapter).map((s) => s.chapter!.en)).toEqual([
      '1 · Dataset and loss',
      '2 · The gradient',
      '3 · Epochs, samples and batches',
      '4 · The learning rate',
      '5 · Momentum and Nesterov in a ravine',
      '6 · Adaptive steps: AdaGrad, RMSprop',
      '7 · Adam',
      '8 · Schedules and warm-up',
      '9 · From two parameters to many',
      'Summary: the optimizer vs gradient descent',
    ]);
  });

  it('has at least 40 steps, 8 predictions and 8 tasks, and closes on the question', () => {
    expect(steps.length).toBeGreaterThanOrEqual(40);
    expect(steps.filter((s) => s.prediction).length).toBeGreaterThanOrEqual(8);
    expect(steps.filter((s) => s.task).length).toBeGreaterThanOrEqual(8);
    const closing = steps[steps.length - 1]!;
    expect(closing.title.en).toBe('The optimizer vs gradient descent');
    expect(closing.prediction).toBeDefined();
  });

  it('starts with a chapter and has unique step titles', () => {
    expect(steps[0]!.chapter).toBeDefined();
    const titles = steps.map((s) => s.title.en);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('has claims for every step and none for a step that does not exist', () => {
    const titles = steps.map((s) => s.title.en!);
    expect(titles.filter((t) => !(t in CLAIMS))).toEqual([]);
    expect(Object.keys(CLAIMS).filter((t) => !titles.includes(t))).toEqual([]);
  });
});

describe.each(steps.map((step, i) => [`${i + 1} ${step.title.en}`, step] as const))(
  'step %s',
  (_name, step) => {
    it('has every text in English and in Chinese', () => {
      for (const [name, text] of textsOf(step)) {
        expect(text.en?.trim(), name).toBeTruthy();
        expect(text.zh?.trim(), name).toBeTruthy();
        expect(text.en, name).not.toMatch(HAN);
        // A choice may be numbers only; every other Chinese text is Chinese.
        if (!name.startsWith('choice')) expect(text.zh, name).toMatch(HAN);
        // No stray control characters (a "\f" of "\frac" written with one backslash).
        for (const value of [text.en!, text.zh!])
          expect(
            [...value].find((c) => c !== '\n' && c < ' '),
            name,
          ).toBeUndefined();
      }
    });

    it('has a text of 40 to 150 words whose formulas typeset', () => {
      expect(words(step.text.en!)).toBeGreaterThanOrEqual(40);
      expect(words(step.text.en!)).toBeLessThanOrEqual(150);
      const english = formulasOf(step.text.en!).formulas;
      for (const text of [step.text.en!, step.text.zh!]) {
        const { formulas, strayDollars } = formulasOf(text);
        expect(strayDollars).toBe(0);
        // Both languages hold the same formulas (in their own order).
        expect(new Set(formulas)).toEqual(new Set(english));
        for (const tex of formulas)
          expect(() => katex.renderToString(tex, { throwOnError: true }), tex).not.toThrow();
      }
    });

    it('has a link that decodes with no notices into a valid scenario, showing chosen controls', () => {
      const { notices, scenario, view } = runLink(step.link);
      expect(notices).toEqual([]);
      expect(validateScenario(scenario).ok).toBe(true);
      expect(view.predict).toBe(false); // the player sets it for predictions
      expect(view.lesson).not.toBeNull();
      for (const control of view.lesson!) expect(isLessonControl(control)).toBe(true);
    });

    if (step.prediction) {
      const { choices, answer } = step.prediction;
      it('has a prediction of 2 to 4 choices with the answer among them', () => {
        expect(choices.length).toBeGreaterThanOrEqual(2);
        expect(choices.length).toBeLessThanOrEqual(4);
        expect(Number.isInteger(answer) && answer >= 0 && answer < choices.length).toBe(true);
      });
    }

    it('behaves as its text says', () => {
      const claim = CLAIMS[step.title.en!];
      expect(claim, `no claims for step “${step.title.en}”`).toBeDefined();
      claimOf(claim!).check(runLink(step.link));
    });

    if (step.task) {
      const { condition } = step.task;
      it('has a task that parses, is not done at the start, and is done after the move', () => {
        const parsed = parseCondition(condition);
        expect(parsed).toHaveProperty('ast');
        const { scenario } = runLink(step.link);
        if ('ast' in parsed)
          expect(highestRunNamed(parsed.ast)).toBeLessThanOrEqual(scenario.optimizers.length);
        expect(conditionHolds(condition, scenario)).toBe(false);
        const solve = claimOf(CLAIMS[step.title.en!]!).solve;
        expect(solve, 'the claims give no move that does the task').toBeDefined();
        const solved = solve!(scenario);
        expect(validateScenario(solved).ok).toBe(true);
        expect(conditionHolds(condition, solved)).toBe(true);
      });
    }
  },
);
