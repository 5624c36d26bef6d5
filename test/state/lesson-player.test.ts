import { describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppStore } from '../../src/state/store';
import { applyLink } from '../../src/state/url-sync';
import { startLessonSync } from '../../src/state/lesson-sync';
import { startUndoSync } from '../../src/state/undo-sync';
import { goToStep, openLessonAt, openViewInLesson } from '../../src/state/lesson-steps';
import { questionPending } from '../../src/state/lesson-player-slice';
import { decodeLink } from '../../src/url/codec';
import { importedLessonKey, loadLesson } from '../../src/lessons/catalog';
import { encodeInlineLesson } from '../../src/lessons/inline';
import { writeLessonFile } from '../../src/lessons/file';
import { progressKey } from '../../src/lessons/progress';
import { validateLesson } from '../../src/lessons/validate';
import type { Lesson } from '../../src/lessons/types';
import type { OpenLesson } from '../../src/state/lesson-player-state';
import { fullLesson } from '../lessons/lesson-fixtures';
import { memoryStorage } from '../lessons/memory-storage';

/** The format tests' lesson with every field: step 1 asks a question and sets a task. */
const LESSON: Lesson = (() => {
  const read = validateLesson(fullLesson());
  if (!('lesson' in read)) throw new Error('fixture invalid');
  return read.lesson;
})();
const OPEN: OpenLesson = { lesson: LESSON, source: 'imported', ref: { id: LESSON.id } };
const NO_PROGRESS = { step: 0, answers: {}, done: [] };

/** A store opened at `query` with the lesson sync started, as the app starts (src/main.tsx). */
function opened(query: string, storage = memoryStorage()) {
  const store = createAppStore();
  applyLink(store, query);
  const stop = startLessonSync(store, `?${query}`, storage);
  return { store, storage, stop };
}

const loaded = (store: AppStore) =>
  vi.waitFor(() => expect(store.getState().lessonPlayer).not.toBeNull());
const scenarioOf = (query: string) => decodeLink(query).state.scenario;

describe('the lesson player’s slice', () => {
  it('keeps the first choice of a question and each task done once, in order', () => {
    const store = createAppStore();
    store.getState().answerPrediction(0, 1); // no lesson open: nothing
    expect(store.getState().lessonAnswers).toEqual({});
    store.getState().setLessonOpen(OPEN, NO_PROGRESS);
    store.getState().answerPrediction(0, 2);
    store.getState().answerPrediction(0, 0);
    store.getState().completeTask(1);
    store.getState().completeTask(0);
    store.getState().completeTask(1);
    expect(store.getState()).toMatchObject({ lessonAnswers: { 0: 2 }, lessonTasksDone: [0, 1] });
  });

  it('closing the lesson keeps the view and shows every control again', () => {
    const store = createAppStore();
    store.getState().setLessonOpen(OPEN, NO_PROGRESS);
    goToStep(store, 0);
    const scenario = store.getState().scenario;
    expect(store.getState().lesson).toEqual(['lr', 'play']);
    store.getState().closeLesson();
    expect(store.getState()).toMatchObject({
      lessonPlayer: null,
      lessonId: null,
      lessonStep: 0,
      lessonAnswers: {},
      lesson: null,
      scenario,
    });
  });
});

describe('moving through a lesson (src/state/lesson-steps.ts)', () => {
  it('a step opens its own link, with the lesson, step and presentation mode kept', () => {
    const store = createAppStore();
    store.setState({ presenting: true, lang: 'zh' });
    openLessonAt(store, OPEN, NO_PROGRESS, 1);
    expect(store.getState()).toMatchObject({
      scenario: scenarioOf(LESSON.steps[1]!.link),
      lessonId: LESSON.id,
      lessonStep: 1,
      presenting: true,
      lang: 'zh',
      predicting: false,
    });
  });

  it('a step with an unanswered question hides the runs; answered, it opens revealed', () => {
    const store = createAppStore();
    openLessonAt(store, OPEN, NO_PROGRESS, 0);
    expect(store.getState().predicting).toBe(true);
    store.getState().answerPrediction(0, 1);
    goToStep(store, 1);
    goToStep(store, 0);
    expect(store.getState().predicting).toBe(false);
  });

  it('a link in a step’s text opens its view with the player staying at the step', () => {
    const store = createAppStore();
    openLessonAt(store, OPEN, NO_PROGRESS, 1);
    openViewInLesson(store, 'v=1&p=booth&o=adam(lr=0.1)');
    expect(store.getState()).toMatchObject({
      scenario: scenarioOf('v=1&p=booth&o=adam(lr=0.1)'),
      lessonId: LESSON.id,
      lessonStep: 1,
      predicting: false,
    });
  });

  it('questionPending: the step shown asks a question not yet answered', () => {
    const store = createAppStore();
    expect(questionPending(store.getState())).toBe(false);
    openLessonAt(store, OPEN, NO_PROGRESS, 0);
    expect(questionPending(store.getState())).toBe(true);
    store.getState().answerPrediction(0, 0);
    expect(questionPending(store.getState())).toBe(false);
    goToStep(store, 1); // no question
    expect(questionPending(store.getState())).toBe(false);
  });

  it('closed at a question not yet answered, the runs it hid are shown again', () => {
    const store = createAppStore();
    openLessonAt(store, OPEN, NO_PROGRESS, 0);
    expect(store.getState().predicting).toBe(true);
    store.getState().closeLesson();
    expect(store.getState()).toMatchObject({ lessonPlayer: null, predicting: false });
  });

  it('closed at a step without a question, predict mode the student chose stays', () => {
    const store = createAppStore();
    openLessonAt(store, OPEN, NO_PROGRESS, 1);
    store.setState({ predicting: true });
    store.getState().closeLesson();
    expect(store.getState()).toMatchObject({ lessonPlayer: null, predicting: true });
  });

  it('a step that is not there is not opened', () => {
    const store = createAppStore();
    openLessonAt(store, OPEN, NO_PROGRESS, 1);
    goToStep(store, 2);
    goToStep(store, -1);
    expect(store.getState().lessonStep).toBe(1);
  });
});

describe('the lesson a link names (src/state/lesson-sync.ts)', () => {
  it('a link naming only the lesson and step opens that step’s own view', async () => {
    const { store } = opened('lesson=training-a-model&step=2');
    await loaded(store);
    const { lessonPlayer, lessonStep, scenario } = store.getState();
    expect(lessonPlayer?.source).toBe('built-in');
    expect(lessonStep).toBe(1);
    expect(scenario).toEqual(scenarioOf(lessonPlayer!.lesson.steps[1]!.link));
  });

  it('a link with a view of its own keeps it, the player at its step', async () => {
    const { store } = opened('p=himmelblau&o=adam(lr=0.05)&lesson=training-a-model&step=2');
    await loaded(store);
    expect(store.getState().lessonStep).toBe(1);
    expect(store.getState().scenario).toEqual(scenarioOf('p=himmelblau&o=adam(lr=0.05)'));
  });

  it('an unknown lesson gets a notice; the rest of the link opens', async () => {
    const { store } = opened('p=himmelblau&lesson=no-such-lesson&step=2');
    await vi.waitFor(() => expect(store.getState().linkNotices).toHaveLength(1));
    expect(store.getState().linkNotices[0]!.text).toMatch(
      /^lesson: there is no lesson "no-such-lesson"/,
    );
    expect(store.getState()).toMatchObject({ lessonId: null, lessonStep: 0, lessonPlayer: null });
    expect(store.getState().scenario.problem).toMatchObject({ name: 'himmelblau' });
  });

  it('a step the lesson does not have gets a notice and the first step', async () => {
    const { store } = opened('lesson=training-a-model&step=200');
    await loaded(store);
    await vi.waitFor(() => expect(store.getState().linkNotices).toHaveLength(1));
    expect(store.getState().linkNotices[0]!.text).toMatch(
      /^step: “Training a model, step by step” has \d+ steps, not 200; step 1 is shown$/,
    );
    expect(store.getState().lessonStep).toBe(0);
  });

  it('a step without a lesson is noticed and dropped', () => {
    const { store } = opened('p=himmelblau&step=3');
    expect(store.getState().linkNotices).toEqual([
      {
        text: 'step: no lesson is named (lesson=…); ignored',
        said: { key: 'lesson.noLessonNamed', values: {} },
        about: 'step',
      },
    ]);
    expect(store.getState().lessonStep).toBe(0);
  });

  it('a lesson link’s step is where Undo stops, once the player has shown its view', async () => {
    const storage = memoryStorage({ [importedLessonKey(LESSON.id)]: writeLessonFile(LESSON) });
    // As the app starts (src/main.tsx): the link read, then the lesson's sync, then the undo's.
    const { store } = opened(`lesson=${LESSON.id}&step=2`, storage);
    startUndoSync(store);
    await loaded(store);
    const stepView = scenarioOf(LESSON.steps[1]!.link);
    await vi.waitFor(() => expect(store.getState().scenario).toEqual(stepView));
    // The app's first view before the lesson loaded is not a step back.
    expect(store.getState().undoHistory.past).toEqual([]);
    // The student's own change is, back to the step's view.
    store.getState().updateOptimizer(0, { lr: 0.0123 });
    expect(store.getState().undoHistory.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().scenario).toEqual(stepView);
    expect(store.getState().undoHistory.past).toEqual([]);
  });

  it('opens an imported lesson where the student was, and keeps the progress as it goes', async () => {
    const storage = memoryStorage({
      [importedLessonKey(LESSON.id)]: writeLessonFile(LESSON),
      [progressKey(LESSON.id)]: JSON.stringify({ step: 1, answers: { 0: 2 }, done: [0] }),
    });
    const { store } = opened(`lesson=${LESSON.id}`, storage);
    await loaded(store);
    expect(store.getState()).toMatchObject({
      lessonStep: 1,
      lessonAnswers: { 0: 2 },
      lessonTasksDone: [0],
      scenario: scenarioOf(LESSON.steps[1]!.link),
    });
    goToStep(store, 0);
    expect(JSON.parse(storage.getItem(progressKey(LESSON.id))!)).toEqual({
      step: 0,
      answers: { 0: 2 },
      done: [0],
    });
  });

  it('opens a lesson the link carries, and follows the link to another lesson or none', async () => {
    const data = encodeInlineLesson(LESSON)!;
    const { store } = opened(`lessonData=${data}&step=2`);
    await loaded(store);
    expect(store.getState().lessonPlayer).toMatchObject({ source: 'link', ref: { data } });
    expect(store.getState().lessonStep).toBe(1);
    // Back to an entry of the course, then to one without a lesson.
    applyLink(store, 'lesson=training-a-model&step=3&p=himmelblau');
    await vi.waitFor(() => expect(store.getState().lessonPlayer?.source).toBe('built-in'));
    expect(store.getState().scenario.problem).toMatchObject({ name: 'himmelblau' });
    applyLink(store, 'p=himmelblau');
    expect(store.getState().lessonPlayer).toBeNull();
  });

  it('the lesson named last is the one opened', async () => {
    const storage = memoryStorage({ [importedLessonKey(LESSON.id)]: writeLessonFile(LESSON) });
    const { store } = opened('lesson=training-a-model&p=himmelblau', storage);
    applyLink(store, `lesson=${LESSON.id}&p=himmelblau`);
    await loaded(store);
    // The course's chunk may arrive later: it is dropped.
    await loadLesson({ id: 'training-a-model' }, null);
    expect(store.getState().lessonPlayer?.lesson.id).toBe(LESSON.id);
  });
});
