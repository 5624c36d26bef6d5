/**
 * When the note stays and when it goes (issue 14, point 3; docs/links.md "The note"): it stays
 * while runs and hyperparameters change, is replaced when a preset's link brings another, and is
 * cleared when another problem is picked (src/state/note-sync.ts).
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { startNoteSync } from '../../src/state/note-sync';
import { applyLink, linkStateOf } from '../../src/state/url-sync';
import { MAX_NOTE_LENGTH, problemIdentity } from '../../src/state/note';
import { presetQuery } from '../../src/ui/presets/gallery';
import { getPreset } from '../../src/presets/presets';

function storeWithNote() {
  const store = createAppStore();
  startNoteSync(store);
  applyLink(store, presetQuery(getPreset('learning-rate-quadratic')!));
  return store;
}

describe('the note in the store', () => {
  it('is set by opening a preset, and written back to the link', () => {
    const store = storeWithNote();
    expect(store.getState().note).toEqual({ kind: 'preset', id: 'learning-rate-quadratic' });
    expect(linkStateOf(store.getState()).view.note).toEqual(store.getState().note);
  });

  it('stays while the runs and their hyperparameters change', () => {
    const store = storeWithNote();
    const note = store.getState().note;
    store.getState().updateOptimizer(0, { lr: 0.02 });
    store.getState().addOptimizer('adam');
    store.getState().setStart([1, 1]);
    store.getState().setScenario({ ...store.getState().scenario, steps: 40 });
    expect(store.getState().note).toBe(note);
  });

  it('is replaced when another preset opens', () => {
    const store = storeWithNote();
    applyLink(store, presetQuery(getPreset('himmelblau-basins')!));
    expect(store.getState().note).toEqual({ kind: 'preset', id: 'himmelblau-basins' });
  });

  it('is cleared when another problem is picked, a preset’s or the user’s own', () => {
    const store = storeWithNote();
    store.getState().setProblem({ type: 'function', name: 'rosenbrock' });
    expect(store.getState().note).toBeNull();
    store.getState().setNote({ kind: 'text', text: 'mine' });
    store.getState().setProblem({ type: 'expression', expr: 'x^2 + y^2' });
    expect(store.getState().note).toBeNull();
  });

  it('stays when the same problem is edited (a formula, a dataset, the noise)', () => {
    const store = createAppStore();
    startNoteSync(store);
    applyLink(store, presetQuery(getPreset('formula-double-well')!));
    const note = store.getState().note;
    expect(note).not.toBeNull();
    store.getState().setProblem({ type: 'expression', expr: '(x^2 - 1)^2 + 2*y^2' });
    store.getState().setNoise(0.5);
    expect(store.getState().note).toBe(note);
  });

  it('keeps the user’s text cleaned and capped; an empty text is no note', () => {
    const store = createAppStore();
    store.getState().setNote({ kind: 'text', text: `  <b>x</b>\n${'y'.repeat(400)}` });
    const note = store.getState().note;
    expect(note?.kind).toBe('text');
    const text = (note as { text: string }).text;
    expect(text.startsWith('<b>x</b> y')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
    store.getState().setNote({ kind: 'text', text: ' \n ' });
    expect(store.getState().note).toBeNull();
  });

  it('is read from a link and dropped by a link without one (Back to an entry before)', () => {
    const store = createAppStore();
    startNoteSync(store);
    applyLink(store, 'v=1&p=booth&note=Watch%20run%202');
    expect(store.getState().note).toEqual({ kind: 'text', text: 'Watch run 2' });
    applyLink(store, 'v=1&p=booth');
    expect(store.getState().note).toBeNull();
  });
});

describe('problemIdentity', () => {
  it('tells functions by name and other problems by type', () => {
    expect(problemIdentity({ type: 'function', name: 'booth', noise: 1 })).toBe(
      problemIdentity({ type: 'function', name: 'booth' }),
    );
    expect(problemIdentity({ type: 'function', name: 'booth' })).not.toBe(
      problemIdentity({ type: 'function', name: 'matyas' }),
    );
    expect(problemIdentity({ type: 'expression', expr: 'x' })).toBe(
      problemIdentity({ type: 'expression', expr: 'y' }),
    );
  });
});
