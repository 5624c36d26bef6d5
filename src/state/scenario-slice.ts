/** The scenario slice: the Scenario being shown and every edit a control makes to it. */
import type { StateCreator } from 'zustand';
import { hyperparamsOf } from '../core/optimizers';
import { describeProblem } from '../core/problems';
import { MAX_OPTIMIZERS, MAX_STEPS } from '../scenario/validate';
import type { OptimizerSpec, ProblemSpec, Scenario } from '../scenario/types';
import { isRegression } from '../kinds/registry';
import { fitRunBatches } from '../scenario/run-batch';
import { FIRST_VIEW, newOptimizer } from './defaults';
import {
  originFor,
  originsAfterAdd,
  originsAfterDuplicate,
  originsAfterRemove,
  originsOf,
  resetToDefaults,
  resetToOrigin,
} from './run-origins';
import type { AppState, ScenarioSlice } from './app-state';
import { roleOf } from '../presets/run-roles';
import { applyWithKinds } from './kinds-gate';

/** The default start of a problem spec. */
export function defaultStart(problem: ProblemSpec): number[] {
  return [...describeProblem(problem).info.start];
}

function withOptimizers(
  state: AppState,
  edit: (optimizers: OptimizerSpec[]) => OptimizerSpec[],
): Partial<AppState> {
  return { scenario: { ...state.scenario, optimizers: edit([...state.scenario.optimizers]) } };
}

/** The spec without hyperparameters its type does not take, and without ones equal to undefined. */
function clean(spec: OptimizerSpec): OptimizerSpec {
  const allowed = new Set<string>([
    ...hyperparamsOf(spec.type),
    'type',
    'schedule',
    'batchSize',
    'label',
    'color',
    'hidden',
  ]);
  return Object.fromEntries(
    Object.entries(spec).filter(([key, value]) => allowed.has(key) && value !== undefined),
  ) as unknown as OptimizerSpec;
}

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (
  set,
  _get,
  store,
) => ({
  scenario: FIRST_VIEW,
  runOrigins: originsOf(FIRST_VIEW),
  // A scenario or problem of a model whose numerics are not loaded yet applies once they are
  // (src/state/kinds-gate.ts): describing it throws `KindNotLoaded` before anything changes.
  setScenario: (scenario) =>
    void applyWithKinds(store, () => {
      describeProblem(scenario.problem);
      set({ scenario, window: null, runOrigins: originsOf(scenario) });
    }),
  setProblem: (problem) =>
    void applyWithKinds(store, () =>
      set((state) => ({
        scenario: {
          ...state.scenario,
          problem,
          start: defaultStart(problem),
          // A run's batch size the new problem cannot take goes (docs/scenario.md).
          optimizers: fitRunBatches(state.scenario.optimizers, problem),
        },
        window: null,
      })),
    ),
  // The same start keeps the same scenario object: a new one would compute every run again
  // (on a model's slice a click leaves the start, its initial weights, as it is).
  setStart: (start) =>
    set((state) =>
      state.scenario.start?.[0] === start[0] && state.scenario.start?.[1] === start[1]
        ? state
        : { scenario: { ...state.scenario, start: [...start] } },
    ),
  setSteps: (steps) =>
    set((state) => ({
      scenario: { ...state.scenario, steps: Math.max(1, Math.min(MAX_STEPS, Math.round(steps))) },
    })),
  setSeed: (seed) =>
    set((state) => ({
      scenario: { ...state.scenario, seed: Math.max(0, Math.round(seed)) >>> 0 },
    })),
  setNoise: (noise) =>
    set((state) => {
      const { noise: _noise, ...problem } = state.scenario.problem;
      return {
        scenario: {
          ...state.scenario,
          problem: noise > 0 ? { ...problem, noise } : problem,
        } as Scenario,
      };
    }),
  setBatchSize: (batchSize) =>
    set((state) => {
      const problem = state.scenario.problem;
      if (!isRegression(problem)) return {};
      const { batchSize: _batchSize, ...rest } = problem;
      return {
        scenario: { ...state.scenario, problem: batchSize ? { ...rest, batchSize } : rest },
      };
    }),
  addOptimizer: (type) =>
    set((state) => {
      if (state.scenario.optimizers.length >= MAX_OPTIMIZERS) return {};
      return {
        ...withOptimizers(state, (list) => [...list, newOptimizer(type, list)]),
        runOrigins: originsAfterAdd(state.runOrigins, state.scenario.optimizers.length),
      };
    }),
  removeOptimizer: (index) =>
    set((state) => {
      if (state.scenario.optimizers.length <= 1) return {};
      const selected = state.selectedRun;
      return {
        ...withOptimizers(state, (list) => list.filter((_, i) => i !== index)),
        runOrigins: originsAfterRemove(state.runOrigins, index),
        selectedRun:
          selected > index
            ? selected - 1
            : Math.min(selected, state.scenario.optimizers.length - 2),
      };
    }),
  duplicateOptimizer: (index) =>
    set((state) => {
      const list = state.scenario.optimizers;
      if (list.length >= MAX_OPTIMIZERS || !list[index]) return {};
      const source = list[index];
      const { color } = newOptimizer(source.type, list);
      const copy: OptimizerSpec = { ...structuredClone(source), color };
      // A name of the user's own is marked as the copy's; a role or the type's title names the
      // copy as well (its colour and values tell it apart), and is never frozen into English.
      if (source.label && !roleOf(source.label)) copy.label = `${source.label} (copy)`.slice(0, 60);
      return {
        ...withOptimizers(state, (l) => [...l.slice(0, index + 1), copy, ...l.slice(index + 1)]),
        runOrigins: originsAfterDuplicate(state.runOrigins, index),
        // The copy is what the user will tune next, so it becomes the selected run.
        selectedRun: index + 1,
      };
    }),
  updateOptimizer: (index, patch) =>
    set((state) =>
      withOptimizers(state, (list) =>
        list.map((o, i) => (i === index ? clean({ ...o, ...patch }) : o)),
      ),
    ),
  setOptimizerType: (index, type) =>
    set((state) =>
      withOptimizers(state, (list) =>
        list.map((o, i) =>
          i === index
            ? clean({
                type,
                lr: o.lr,
                schedule: o.schedule,
                label: o.label,
                color: o.color,
                hidden: o.hidden,
              } as OptimizerSpec)
            : o,
        ),
      ),
    ),
  resetOptimizer: (index, to = 'defaults') =>
    set((state) => ({
      ...withOptimizers(state, (list) =>
        list.map((o, i) => {
          if (i !== index) return o;
          const origin = to === 'origin' ? originFor(state.runOrigins, i, o) : null;
          return clean(origin ? resetToOrigin(o, origin) : resetToDefaults(o));
        }),
      ),
      // A step of its own for Undo, even right after a drag of the same α.
      discreteEdits: state.discreteEdits + 1,
    })),
});
