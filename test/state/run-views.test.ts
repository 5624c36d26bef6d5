import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/run';
import { FIRST_VIEW } from '../../src/state/defaults';
import { pairRuns, pairedSurface, runViews } from '../../src/state/run-views';
import { planRun } from '../../src/state/reuse';
import { createAppStore } from '../../src/state/store';
import type { Scenario } from '../../src/scenario/types';
import type { PaintedSurface } from '../../src/state/app-state';

const two: Scenario = {
  ...FIRST_VIEW,
  steps: 20,
  optimizers: [
    { type: 'gd', lr: 0.001, label: 'slow', color: '#111111' },
    { type: 'adam', lr: 0.1 },
  ],
};

function storeWith(scenario: Scenario) {
  const store = createAppStore();
  store.setState({ scenario });
  store.getState().setResults(scenario, run(scenario));
  return store;
}

/** As storeWith, with the lags shown: past SHOW_AFTER_MS (src/state/recompute-shown.ts). */
function showingLags(scenario: Scenario) {
  const store = storeWith(scenario);
  store.setState({ lagShown: true });
  return store;
}

describe('pairing specs with results (src/state/run-views.ts)', () => {
  it('pairs the current results run by run, fresh, with their names and colours', () => {
    const views = pairRuns(storeWith(two).getState());
    expect(views.status).toBe('current');
    expect(views.runs.map((r) => [r.index, r.name, r.color, r.fresh])).toEqual([
      [0, 'slow', '#111111', true],
      [1, 'Adam', expect.any(String), true],
    ]);
  });

  it('never pairs another problem’s results: nothing is drawn under the new problem', () => {
    const store = storeWith(two);
    store.setState({
      scenario: { ...two, problem: { type: 'function', name: 'himmelblau' }, start: [0, 0] },
    });
    const views = pairRuns(store.getState());
    expect(views.status).toBe('stale');
    expect(views.runs).toEqual([]);
    expect(views.plane).toBeNull();
  });

  it('a rename or hide shows at once and keeps the run fresh; a new α marks it not fresh', () => {
    const store = showingLags(two);
    const renamed = {
      ...two,
      optimizers: [{ ...two.optimizers[0]!, label: 'renamed', hidden: true }, two.optimizers[1]!],
    };
    store.setState({ scenario: renamed });
    let views = pairRuns(store.getState());
    expect(views.status).toBe('computing');
    expect(views.runs[0]).toMatchObject({ name: 'renamed', hidden: true, fresh: true });
    store.setState({
      scenario: { ...two, optimizers: [two.optimizers[0]!, { type: 'adam', lr: 0.2 }] },
    });
    views = pairRuns(store.getState());
    expect(views.runs.map((r) => r.fresh)).toEqual([true, false]);
  });

  it('with a run added, each result keeps the spec it was computed for, none fresh', () => {
    const store = showingLags(two);
    store.setState({
      scenario: { ...two, optimizers: [{ type: 'momentum', lr: 0.01 }, ...two.optimizers] },
    });
    const views = pairRuns(store.getState());
    expect(views.runs.map((r) => r.name)).toEqual(['slow', 'Adam']);
    expect(views.runs.every((r) => !r.fresh)).toBe(true);
  });

  it('a new start or step count marks every run not fresh', () => {
    const store = showingLags(two);
    store.setState({ scenario: { ...two, start: [0.5, 0.5] } });
    expect(pairRuns(store.getState()).runs.map((r) => r.fresh)).toEqual([false, false]);
  });

  it('is memoised: the same object until an input changes', () => {
    const store = storeWith(two);
    const a = runViews(store.getState());
    store.setState({ cursor: 3, selectedRun: 1 });
    expect(runViews(store.getState())).toBe(a);
    store.getState().setLang('zh');
    expect(runViews(store.getState())).not.toBe(a);
  });

  // issue 17: a slider's input renders the views once, when its results come, not also for the
  // input (src/state/recompute-shown.ts hides a young lag; runViews keeps the object then).
  it('while a lag is hidden, a new α keeps the views object; shown, or once results come, not', () => {
    const store = storeWith(two);
    const before = runViews(store.getState());
    const faster: Scenario = {
      ...two,
      optimizers: [two.optimizers[0]!, { type: 'adam', lr: 0.2 }],
    };
    store.setState({ scenario: faster, lagShown: false });
    expect(runViews(store.getState())).toBe(before);
    expect(before.runs[1]!.spec.lr).toBe(0.1); // the drawn result's own spec meanwhile
    // The lag lasts: the views show it (the run is dimmed as not fresh).
    store.setState({ lagShown: true });
    const shown = runViews(store.getState());
    expect(shown).not.toBe(before);
    expect(shown.runs.map((r) => r.fresh)).toEqual([true, false]);
    // The results come: the views are new, current, with the new α.
    store.getState().setResults(faster, run(faster));
    const after = runViews(store.getState());
    expect(after.status).toBe('current');
    expect(after.runs[1]!.spec.lr).toBe(0.2);
  });

  it('while a lag is hidden, a change that is drawn (a colour, a name) still shows at once', () => {
    const store = storeWith(two);
    const before = runViews(store.getState());
    const recoloured = {
      ...two,
      optimizers: [two.optimizers[0]!, { type: 'adam' as const, lr: 0.2, color: '#00ff00' }],
    };
    store.setState({ scenario: recoloured, lagShown: false });
    const views = runViews(store.getState());
    expect(views).not.toBe(before);
    expect(views.runs[1]!.color).toBe('#00ff00');
  });
});

describe('the surface shown (pairedSurface)', () => {
  const surface = (problem: Scenario['problem']): PaintedSurface => ({
    bitmap: {} as ImageBitmap,
    view: { x: [-2, 2], y: [-1, 3] },
    levels: { thresholds: [], colors: ['#fff'], scale: 'linear' } as never,
    min: 0,
    max: 1,
    coarse: false,
    problem,
    plane: null,
  });

  it('is the painted one only while it shows the current problem', () => {
    const store = storeWith(two);
    store.getState().setSurface(surface({ ...two.problem }));
    expect(pairedSurface(store.getState())).not.toBeNull();
    store.setState({ scenario: { ...two, problem: { type: 'function', name: 'beale' } } });
    expect(pairedSurface(store.getState())).toBeNull();
  });
});

describe('run reuse keyed on what affects the numbers', () => {
  it('renaming, recolouring or hiding a run computes nothing', () => {
    const next = {
      ...two,
      optimizers: [
        { ...two.optimizers[0]!, label: 'other', color: '#222222', hidden: true },
        two.optimizers[1]!,
      ],
    };
    expect(planRun(next, { scenario: two, results: run(two) }).toRun).toBeNull();
  });
});
