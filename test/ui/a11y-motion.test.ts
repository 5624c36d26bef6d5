import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { prefersReducedMotion, revealRuns } from '../../src/ui/a11y/motion';

/** A store whose runs are hidden for a prediction, with the cursor half way. */
function predictingStore() {
  const store = createAppStore();
  store.getState().setPredicting(true);
  store.getState().setCursor(200);
  return store;
}

describe('revealRuns', () => {
  // [title, reduced motion, then playing, then the cursor (the last step: 'end')]
  it.each([
    ['revealRuns(store, false) shows the runs and plays them from step 0', false, true, 0],
    ['revealRuns(store, true) shows the runs whole at the last step, paused', true, false, 'end'],
  ] as const)('%s', (_title, reduced, playing, cursor) => {
    const store = predictingStore();
    revealRuns(store, reduced);
    const s = store.getState();
    expect(s.predicting).toBe(false);
    expect(s.playing).toBe(playing);
    expect(s.cursor).toBe(cursor === 'end' ? s.scenario.steps : cursor);
  });

  it('revealRuns does nothing when no run is hidden', () => {
    const store = createAppStore();
    store.getState().setCursor(42);
    revealRuns(store, true);
    expect(store.getState().cursor).toBe(42);
    expect(store.getState().playing).toBe(false);
  });
});

describe('prefersReducedMotion', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('prefersReducedMotion() is false without matchMedia (Node, old browsers)', () => {
    vi.stubGlobal('matchMedia', undefined);
    expect(prefersReducedMotion()).toBe(false);
  });

  it('prefersReducedMotion() reads the reduce query from matchMedia', () => {
    const query = vi.fn((q: string) => ({ matches: q === '(prefers-reduced-motion: reduce)' }));
    vi.stubGlobal('matchMedia', query);
    expect(prefersReducedMotion()).toBe(true);
    expect(query).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)');
  });
});
