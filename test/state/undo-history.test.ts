/**
 * Undo and Redo (issue 14, point 9): every change to the scenario is a step, one gesture is one
 * step, Undo restores the runs and their origins, a new change drops what was undone.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { startUndoSync } from '../../src/state/undo-sync';
import { changeKey, recordChange, UNDO_LIMIT, EMPTY_HISTORY } from '../../src/state/undo-history';
import { FIRST_VIEW } from '../../src/state/defaults';
import { PRESETS } from '../../src/presets/presets';
import { goToStep } from '../../src/state/lesson-steps';
import { validateLesson } from '../../src/lessons/validate';
import { fullLesson } from '../lessons/lesson-fixtures';

function recordedStore() {
  const store = createAppStore();
  let now = 0;
  const clock = { tick: (ms: number) => (now += ms) };
  startUndoSync(store, () => now);
  return { store, clock };
}

describe('undo history', () => {
  it('nothing to undo at first; each change is a step; redo walks forward', () => {
    const { store, clock } = recordedStore();
    expect(store.getState().undoHistory.past).toHaveLength(0);
    store.getState().updateOptimizer(0, { lr: 0.002 });
    clock.tick(50);
    store.getState().addOptimizer('rmsprop');
    clock.tick(50);
    store.getState().setSteps(200);
    expect(store.getState().undoHistory.past).toHaveLength(3);

    store.getState().undo();
    expect(store.getState().scenario.steps).toBe(500);
    store.getState().undo();
    expect(store.getState().scenario.optimizers).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().scenario).toEqual(FIRST_VIEW);
    store.getState().undo(); // nothing left: no change
    expect(store.getState().scenario).toEqual(FIRST_VIEW);

    store.getState().redo();
    store.getState().redo();
    expect(store.getState().scenario.optimizers.map((o) => o.type)).toEqual([
      'gd',
      'adam',
      'rmsprop',
    ]);
    expect(store.getState().scenario.optimizers[0]!.lr).toBe(0.002);
    expect(store.getState().undoHistory.future).toHaveLength(1);
    // A new change drops what was undone.
    clock.tick(100);
    store.getState().setSeed(7);
    expect(store.getState().undoHistory.future).toHaveLength(0);
  });

  it('one slider drag is one step; the next control starts another', () => {
    const { store, clock } = recordedStore();
    for (const lr of [0.002, 0.003, 0.004, 0.005]) {
      store.getState().updateOptimizer(0, { lr });
      clock.tick(30);
    }
    store.getState().resetOptimizer(0, 'defaults');
    expect(store.getState().undoHistory.past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().scenario.optimizers[0]!.lr).toBe(0.005);
    store.getState().undo();
    expect(store.getState().scenario.optimizers[0]!.lr).toBe(0.001);
    // The same field after a quiet second is a new step.
    const later = recordedStore();
    later.store.getState().updateOptimizer(0, { lr: 0.002 });
    later.clock.tick(1500);
    later.store.getState().updateOptimizer(0, { lr: 0.003 });
    expect(later.store.getState().undoHistory.past).toHaveLength(2);
  });

  it('a drag’s later inputs leave the history as it is: one notification of the store each', () => {
    const { store, clock } = recordedStore();
    store.getState().updateOptimizer(0, { lr: 0.002 });
    clock.tick(30);
    const history = store.getState().undoHistory;
    let notifications = 0;
    store.subscribe(() => notifications++);
    for (const lr of [0.003, 0.004, 0.005]) {
      store.getState().updateOptimizer(0, { lr });
      clock.tick(30);
    }
    expect(store.getState().undoHistory).toBe(history);
    expect(notifications).toBe(3);
    // After an Undo, the same gesture's next input still drops what there was to redo.
    store.getState().undo();
    clock.tick(30);
    store.getState().updateOptimizer(0, { lr: 0.006 });
    clock.tick(30);
    store.getState().updateOptimizer(0, { lr: 0.007 });
    expect(store.getState().undoHistory.future).toHaveLength(0);
    expect(recordChange(history, history.past[0]!, 'o0.lr', 40, { key: 'o0.lr', at: 30 })).toBe(
      history,
    );
  });

  it('undo of an opened preset returns the runs and their origins', () => {
    const { store, clock } = recordedStore();
    const preset = PRESETS.find((p) => p.id === 'learning-rate-quadratic')!;
    store.getState().selectRun(1);
    store.getState().setScenario(preset.scenario);
    store.getState().selectRun(2);
    store.getState().undo();
    expect(store.getState().scenario).toEqual(FIRST_VIEW);
    expect(store.getState().selectedRun).toBe(1); // run 3 no longer exists
    clock.tick(100);
    store.getState().updateOptimizer(1, { lr: 0.5 });
    store.getState().resetOptimizer(1, 'origin');
    expect(store.getState().scenario.optimizers[1]!.lr).toBe(0.1); // the first view's Adam
    store.getState().redo();
    expect(store.getState().undoHistory.past.length).toBeGreaterThan(0);
  });

  it('the app’s own follow-up joins the change it follows (an over-budget scenario reduced)', () => {
    const { store, clock } = recordedStore();
    const preset = PRESETS.find((p) => p.id === 'learning-rate-quadratic')!;
    store.getState().setScenario(preset.scenario);
    clock.tick(1);
    store.getState().setSteps(50); // as src/state/sync.ts does, in a microtask
    expect(store.getState().undoHistory.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().scenario).toEqual(FIRST_VIEW);
    store.getState().redo();
    clock.tick(1);
    store.getState().setSteps(40); // reduced again right after the redo: not a step
    expect(store.getState().undoHistory).toMatchObject({ past: [{}], future: [] });
    clock.tick(100);
    store.getState().setSteps(30); // a hand's edit is
    expect(store.getState().undoHistory.past).toHaveLength(2);
  });

  it('change keys name the fields touched', () => {
    const base = FIRST_VIEW;
    const lr = { ...base, optimizers: [{ ...base.optimizers[0]!, lr: 0.5 }, base.optimizers[1]!] };
    expect(changeKey(base, lr)).toBe('o0.lr');
    expect(changeKey(base, { ...base, steps: 10, seed: 3 })).toBe('seed steps');
    expect(changeKey(base, { ...base, optimizers: [base.optimizers[0]!] })).toBe('runs');
    expect(changeKey(base, { ...base })).toBe('');
  });

  it('in a lesson, Undo takes back changes within a step, never the move to the next', () => {
    const { store, clock } = recordedStore();
    const read = validateLesson(fullLesson());
    if (!('lesson' in read)) throw new Error('fixture invalid');
    const open = { lesson: read.lesson, source: 'imported', ref: { id: read.lesson.id } } as const;
    store.getState().setLessonOpen(open, { answers: {}, done: [] });
    goToStep(store, 0);
    clock.tick(50);
    const stepOne = store.getState().scenario;
    store.getState().updateOptimizer(0, { lr: 0.123 });
    clock.tick(50);
    expect(store.getState().undoHistory.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().scenario).toEqual(stepOne);
    store.getState().redo();
    clock.tick(50);

    goToStep(store, 1);
    clock.tick(50);
    const stepTwo = store.getState().scenario;
    expect(stepTwo).not.toEqual(stepOne);
    expect(store.getState().undoHistory).toEqual(EMPTY_HISTORY);
    store.getState().undo(); // nothing to undo: the player and the view stay on step 2
    expect(store.getState()).toMatchObject({ lessonStep: 1, scenario: stepTwo });

    store.getState().setSteps(42);
    clock.tick(50);
    store.getState().closeLesson();
    expect(store.getState().undoHistory).toEqual(EMPTY_HISTORY);
  });

  it('keeps at most UNDO_LIMIT steps', () => {
    let history = EMPTY_HISTORY;
    for (let i = 0; i < UNDO_LIMIT + 20; i++)
      history = recordChange(
        history,
        { scenario: FIRST_VIEW, runOrigins: [] },
        'steps',
        i * 2000,
        null,
      );
    expect(history.past).toHaveLength(UNDO_LIMIT);
  });
});
