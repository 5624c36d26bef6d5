/**
 * What waits for the models' numerics (issue 17; src/state/kinds-gate.ts): a problem, a scenario
 * or a link of a model applies once they are in, the store keeping the view shown meanwhile, and
 * a load that fails leaves the view and says why. The chunk's import is replaced by one the test
 * controls (the real one is the build's, e2e/model-kinds.spec.ts loads it in Chromium).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MODEL_NUMERICS } from '../../src/kinds/model-numerics';
import {
  forgetModelNumericsForTests,
  modelNumericsLoaded,
  provideModelNumerics,
} from '../../src/kinds/numerics-slot';
import { createAppStore } from '../../src/state/store';
import { applyWithKinds } from '../../src/state/kinds-gate';
import { openLink } from '../../src/state/url-sync';
import { en } from '../../src/i18n/en';

/** The chunk's import: held until the test lets it through (or fails it). */
const chunk = vi.hoisted(() => ({
  imports: 0,
  release: null as null | ((ok: boolean) => void),
}));
vi.mock('../../src/kinds/load-chunk', async () => {
  const { createKindsLoader } = await import('../../src/kinds/load');
  const slot = await import('../../src/kinds/numerics-slot');
  const { MODEL_NUMERICS: numerics } = await import('../../src/kinds/model-numerics');
  return {
    loadModelKinds: createKindsLoader(() => {
      chunk.imports++;
      return new Promise<void>((resolve, reject) => {
        chunk.release = (ok) => {
          if (!ok) return reject(new Error('offline'));
          slot.provideModelNumerics(numerics);
          resolve();
        };
      });
    }),
  };
});

/** Lets the pending import through and waits for what waited on it. */
async function release(ok = true) {
  await vi.waitFor(() => expect(chunk.release).not.toBeNull());
  chunk.release!(ok);
  chunk.release = null;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  forgetModelNumericsForTests();
  chunk.imports = 0;
  chunk.release = null;
});
afterEach(() => provideModelNumerics(MODEL_NUMERICS));

describe('applying a model before its numerics are in', () => {
  it('a 2D problem applies at once, with nothing loaded', () => {
    const store = createAppStore();
    store.getState().setProblem({ type: 'function', name: 'himmelblau' });
    expect(store.getState().scenario.problem).toEqual({ type: 'function', name: 'himmelblau' });
    expect(chunk.imports).toBe(0);
    expect(modelNumericsLoaded()).toBe(false);
  });

  it('setProblem holds the view shown until the numerics are in, then applies', async () => {
    const store = createAppStore();
    const before = store.getState().scenario;
    store.getState().setProblem({ type: 'mlp', hidden: [4] });
    expect(store.getState().scenario).toBe(before);
    await release();
    expect(store.getState().scenario.problem).toEqual({ type: 'mlp', hidden: [4] });
    expect(store.getState().scenario.start).toHaveLength(17);
    expect(store.getState().notice).toBeNull();
    expect(chunk.imports).toBe(1);
  });

  it('setScenario and a link wait the same way', async () => {
    const store = createAppStore();
    const model = {
      ...store.getState().scenario,
      problem: { type: 'logistic-regression' as const },
    };
    store.getState().setScenario({ ...model, start: [0, 0, 0] });
    openLink(store, 'p=mlp(layers=8)&n=40', 'push');
    expect(store.getState().scenario.problem.type).toBe('function');
    await release();
    // In the order asked: the scenario, then the link.
    expect(store.getState().scenario.problem).toEqual({ type: 'mlp', hidden: [8] });
    expect(store.getState().scenario.steps).toBe(40);
    expect(chunk.imports).toBe(1);
  });

  it('a load that fails leaves the view shown and says why; the next try loads', async () => {
    const store = createAppStore();
    const before = store.getState().scenario;
    const result = applyWithKinds(store, () => store.getState().setProblem({ type: 'mlp' }));
    await release(false);
    expect(await result).toBeUndefined();
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().notice).toBe(en.models.codeUnavailable);
    store.getState().setProblem({ type: 'mlp' });
    await release();
    expect(store.getState().scenario.problem).toEqual({ type: 'mlp' });
    expect(chunk.imports).toBe(2);
  });
});
