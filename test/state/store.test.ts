import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { FIRST_VIEW } from '../../src/state/defaults';
import { effectiveCursor } from '../../src/state/view-slice';
import { validateScenario } from '../../src/scenario/validate';
import { RUN_COLORS } from '../../src/plot/palette';

describe('the app store', () => {
  it('starts from the first view: gradient descent and Adam on Rosenbrock, a valid scenario', () => {
    const { scenario } = createAppStore().getState();
    expect(scenario).toEqual(FIRST_VIEW);
    expect(scenario.optimizers.map((o) => o.type)).toEqual(['gd', 'adam']);
    expect(validateScenario(scenario).ok).toBe(true);
  });

  it('a new problem moves the start to its default and resets the window', () => {
    const store = createAppStore();
    store.getState().setWindow({ x: [0, 1], y: [0, 1] });
    store.getState().setStart([0.5, 0.5]);
    store.getState().setProblem({ type: 'function', name: 'himmelblau' });
    const state = store.getState();
    expect(state.window).toBeNull();
    expect(state.scenario.start).not.toEqual([0.5, 0.5]);
    expect(state.scenario.problem).toEqual({ type: 'function', name: 'himmelblau' });
  });

  it('clamps steps to 1 … 10⁶ and rounds them', () => {
    const store = createAppStore();
    store.getState().setSteps(0);
    expect(store.getState().scenario.steps).toBe(1);
    store.getState().setSteps(1e9);
    expect(store.getState().scenario.steps).toBe(1_000_000);
    store.getState().setSteps(123.6);
    expect(store.getState().scenario.steps).toBe(124);
  });

  it('noise 0 removes the field, so the scenario keeps no default values', () => {
    const store = createAppStore();
    store.getState().setNoise(0.5);
    expect(store.getState().scenario.problem.noise).toBe(0.5);
    store.getState().setNoise(0);
    expect('noise' in store.getState().scenario.problem).toBe(false);
  });

  it('batch size applies to data problems only', () => {
    const store = createAppStore();
    store.getState().setBatchSize(10);
    expect(store.getState().scenario.problem).toEqual(FIRST_VIEW.problem);
    store.getState().setProblem({ type: 'linear-regression' });
    store.getState().setBatchSize(10);
    expect(store.getState().scenario.problem).toEqual({ type: 'linear-regression', batchSize: 10 });
    store.getState().setBatchSize(undefined);
    expect(store.getState().scenario.problem).toEqual({ type: 'linear-regression' });
  });

  it('adds runs with unused palette colours, up to eight', () => {
    const store = createAppStore();
    for (let i = 0; i < 10; i++) store.getState().addOptimizer('momentum');
    const { optimizers } = store.getState().scenario;
    expect(optimizers).toHaveLength(8);
    expect(new Set(optimizers.map((o) => o.color)).size).toBe(8);
    expect(optimizers.every((o) => RUN_COLORS.includes(o.color as never))).toBe(true);
  });

  it('removing a run keeps the selection on the same run, and never removes the last', () => {
    const store = createAppStore();
    store.getState().addOptimizer('rmsprop');
    store.getState().selectRun(2);
    store.getState().removeOptimizer(0);
    expect(store.getState().selectedRun).toBe(1);
    expect(store.getState().scenario.optimizers[1]!.type).toBe('rmsprop');
    store.getState().removeOptimizer(1);
    store.getState().removeOptimizer(0);
    expect(store.getState().scenario.optimizers).toHaveLength(1);
    expect(store.getState().selectedRun).toBe(0);
  });

  it('duplicate puts a copy with a new colour beside the run and selects it', () => {
    const store = createAppStore();
    store.getState().updateOptimizer(0, { label: 'slow' });
    store.getState().duplicateOptimizer(0);
    const { optimizers } = store.getState().scenario;
    expect(optimizers.map((o) => o.type)).toEqual(['gd', 'gd', 'adam']);
    expect(optimizers[1]!.label).toBe('slow (copy)');
    expect(optimizers[1]!.color).not.toBe(optimizers[0]!.color);
    expect(store.getState().selectedRun).toBe(1);
  });

  it('changing type keeps α, colour and name and drops hyperparameters the new type lacks', () => {
    const store = createAppStore();
    store.getState().updateOptimizer(1, { beta1: 0.5, label: 'mine' });
    store.getState().setOptimizerType(1, 'momentum');
    const run = store.getState().scenario.optimizers[1]!;
    expect(run).toMatchObject({ type: 'momentum', lr: 0.1, label: 'mine' });
    expect('beta1' in run).toBe(false);
    expect(validateScenario(store.getState().scenario).ok).toBe(true);
  });

  it('reset restores PyTorch defaults, α included', () => {
    const store = createAppStore();
    store.getState().updateOptimizer(1, { lr: 0.5, beta2: 0.9 });
    store.getState().resetOptimizer(1);
    expect(store.getState().scenario.optimizers[1]).toMatchObject({ type: 'adam', lr: 0.001 });
    expect(store.getState().scenario.optimizers[1]!.beta2 ?? 0.999).toBe(0.999);
  });

  it('the cursor is clamped to the steps; stepping pauses; playing from the end starts over', () => {
    const store = createAppStore();
    const steps = store.getState().scenario.steps;
    expect(effectiveCursor(store.getState())).toBe(steps);
    store.getState().play();
    expect(store.getState().cursor).toBe(0);
    store.getState().stepBy(5);
    expect(store.getState()).toMatchObject({ cursor: 5, playing: false });
    store.getState().stepBy(-50);
    expect(store.getState().cursor).toBe(0);
    store.getState().setCursor(Number.NaN);
    expect(store.getState().cursor).toBe(0);
    store.getState().setCursor(10 * steps);
    expect(store.getState().cursor).toBe(steps);
    store.getState().setSteps(100);
    expect(effectiveCursor(store.getState())).toBe(100);
  });

  // issue 17: every change of the store runs every subscriber's selector; the engine reports
  // busy once per request and per settled lane, so a report that changes nothing is no change.
  it('reporting the engine busy or idle changes the store only when it flips', () => {
    const store = createAppStore();
    let changes = 0;
    // A quiet field (src/state/quiet-fields.ts): told to the listeners of every change.
    store.subscribeAll(() => changes++);
    store.getState().setComputing(true);
    store.getState().setComputing(true);
    expect(changes).toBe(1);
    store.getState().setComputing(false);
    store.getState().setComputing(false);
    expect(changes).toBe(2);
    expect(store.getState().computing).toBe(false);
  });
});
