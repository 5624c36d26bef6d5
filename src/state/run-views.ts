/**
 * The one pairing of the scenario's run specs with the engine's results, which every view draws
 * from (landscape, run cards, charts, tables, inspector, export). Results lag the scenario while
 * the engine computes; this says, for each run, which result belongs to it and whether that result
 * is still its own (docs/app.md, "Results and the scenario they belong to"):
 *
 * - results of **another problem** are never paired: `status` is `'stale'` and `runs` is empty, so
 *   no view draws Rosenbrock's paths under a model's axes or shows its losses on the new runs;
 * - with the **same runs** (same count), each result is paired with the live spec by index, so a
 *   rename, recolour or hide shows at once; `fresh` says whether the result was computed with
 *   the spec's current numeric settings (views dim a run that is not fresh while it is recomputed);
 * - with runs **added or removed**, each result keeps the spec it was computed for (its colour
 *   and name stay with its line) and none is fresh.
 *
 * Pure functions of the state, memoised on the identities of their inputs, so that a selector
 * returns the same object until something it reads changes.
 */
import type { RunResult } from '../core/run';
import type { PlaneData } from '../engine/plane';
import { runDisplayName } from '../i18n/text';
import { runColor } from '../plot/palette';
import type { OptimizerSpec, ProblemSpec, Scenario } from '../scenario/types';
import { useDeferredValue } from 'react';
import { useApp } from './store';
import type { AppState, PaintedSurface } from './app-state';

/**
 * - `none`: no results and nothing computing yet;
 * - `stale`: the results in hand belong to another problem (not shown) and new ones are computing;
 * - `computing`: the results in hand are for an earlier version of this problem's scenario;
 * - `partial`: the runs so far of the current scenario, still computing;
 * - `current`: the complete results of the current scenario.
 */
export type ResultsStatus = 'none' | 'stale' | 'computing' | 'partial' | 'current';

export interface RunView {
  /** The run's index in the results (and, when paired by index, in the scenario's optimizers). */
  index: number;
  /** The spec shown for the run: the live one when paired by index, else the results' own. */
  spec: OptimizerSpec;
  result: RunResult;
  /** What the landscape draws: a model's run projected onto its plane; the result otherwise. */
  drawn: RunResult;
  /** A classifier's accuracy per step; null otherwise. */
  accuracy: Float64Array | null;
  color: string;
  /** The run's name in the language shown. */
  name: string;
  hidden: boolean;
  /** Computed with the spec's current numeric settings (not an earlier α still being replaced). */
  fresh: boolean;
}

export interface RunViews {
  status: ResultsStatus;
  /** The scenario the paired results were computed for; null when nothing is paired. */
  scenario: Scenario | null;
  /** Every paired run, hidden ones included (views skip `hidden`). */
  runs: RunView[];
  /** The plane a model's paired runs are drawn on; null for 2D problems and when unpaired. */
  plane: PlaneData | null;
  /** While the engine computes the current scenario: points done and to do. */
  progress: { done: number; total: number } | null;
}

const problemKeys = new WeakMap<ProblemSpec, string>();

/**
 * A problem's identity: equal for specs that define the same problem. Computed once per spec
 * object (a scenario edit that leaves the problem alone keeps its object).
 */
export function problemKey(problem: ProblemSpec): string {
  let key = problemKeys.get(problem);
  if (key === undefined) {
    key = JSON.stringify(problem);
    problemKeys.set(problem, key);
  }
  return key;
}

export function sameProblem(a: ProblemSpec, b: ProblemSpec): boolean {
  return a === b || problemKey(a) === problemKey(b);
}

const landscapeKeys = new WeakMap<ProblemSpec, string>();

/**
 * What the landscape's f depends on: the problem without its gradient noise σ and mini-batch
 * size, which change the runs but not f (nor a model's full-batch loss). Equal keys, same
 * picture: sync.ts does not repaint for σ or the batch size. Computed once per spec object.
 */
export function landscapeKey(problem: ProblemSpec): string {
  let key = landscapeKeys.get(problem);
  if (key === undefined) {
    const { noise: _noise, ...rest } = problem;
    const { batchSize: _batch, ...f } = rest as typeof rest & { batchSize?: number };
    key = JSON.stringify(f);
    landscapeKeys.set(problem, key);
  }
  return key;
}

export function sameLandscape(a: ProblemSpec, b: ProblemSpec): boolean {
  return a === b || landscapeKey(a) === landscapeKey(b);
}

/** What a run's numbers depend on: its spec without the label, colour and visibility. */
export function numericKey(spec: OptimizerSpec): string {
  const { label: _label, color: _color, hidden: _hidden, ...numeric } = spec;
  return JSON.stringify(numeric);
}

/**
 * Everything run `index`'s numbers depend on — its problem, start, steps, seed and numeric spec —
 * and nothing else (name, colour, visibility): what the lab's per-run caches key by (the λmax
 * tab, the Inside tab).
 */
export function runNumbersKey(scenario: Scenario, index: number): string {
  const spec = scenario.optimizers[index];
  return JSON.stringify([
    problemKey(scenario.problem),
    scenario.start,
    scenario.steps,
    scenario.seed,
    spec ? numericKey(spec) : null,
  ]);
}

/** The settings every run of a scenario shares (src/state/reuse.ts). */
function sharedKey(scenario: Scenario): string {
  return JSON.stringify([
    problemKey(scenario.problem),
    scenario.start,
    scenario.steps,
    scenario.seed,
  ]);
}

type Inputs = Pick<
  AppState,
  | 'scenario'
  | 'results'
  | 'resultsScenario'
  | 'planeResults'
  | 'plane'
  | 'accuracy'
  | 'progress'
  | 'lang'
  | 'lagShown'
>;

const NONE: RunViews = { status: 'none', scenario: null, runs: [], plane: null, progress: null };

/** Pairs `state.scenario`'s specs with `state.results` (see the module comment). */
export function pairRuns(state: Inputs): RunViews {
  const { scenario, results, resultsScenario } = state;
  if (!results || !resultsScenario) return NONE;
  if (!sameProblem(resultsScenario.problem, scenario.problem))
    return { ...NONE, status: 'stale', progress: state.progress };
  const current = resultsScenario === scenario;
  const byIndex = results.length === scenario.optimizers.length;
  const sameShared = current || sharedKey(resultsScenario) === sharedKey(scenario);
  const runs = results.map((result, index): RunView => {
    const own = resultsScenario.optimizers[index]!;
    const spec = byIndex ? scenario.optimizers[index]! : own;
    return {
      index,
      spec,
      result,
      drawn: state.planeResults?.[index] ?? result,
      accuracy: state.accuracy?.[index] ?? null,
      color: runColor(spec.color, index),
      name: runDisplayName(spec),
      hidden: spec.hidden === true,
      // A lag of a frame or two is not shown as one (src/state/recompute-shown.ts).
      fresh:
        current ||
        !state.lagShown ||
        (byIndex && sameShared && numericKey(own) === numericKey(spec)),
    };
  });
  return {
    status: current ? (state.progress ? 'partial' : 'current') : 'computing',
    scenario: resultsScenario,
    runs,
    plane: state.plane,
    progress: state.progress,
  };
}

let lastInputs: Inputs | null = null;
let lastViews: RunViews = NONE;

/** `pairRuns`, memoised: the same object while none of its inputs changed (a store selector). */
export function runViews(state: Inputs): RunViews {
  const previous = lastInputs;
  if (
    previous &&
    previous.scenario === state.scenario &&
    previous.results === state.results &&
    previous.resultsScenario === state.resultsScenario &&
    previous.planeResults === state.planeResults &&
    previous.plane === state.plane &&
    previous.accuracy === state.accuracy &&
    previous.progress === state.progress &&
    previous.lang === state.lang &&
    previous.lagShown === state.lagShown
  )
    return lastViews;
  lastInputs = {
    scenario: state.scenario,
    results: state.results,
    resultsScenario: state.resultsScenario,
    planeResults: state.planeResults,
    plane: state.plane,
    accuracy: state.accuracy,
    progress: state.progress,
    lang: state.lang,
    lagShown: state.lagShown,
  };
  const next = pairRuns(state);
  // A young lag (recompute-shown.ts) is not shown: while it lasts, a change that leaves every
  // drawn thing alone (a slider's α, before its results come) keeps the views' object, so the
  // landscape, the charts and the statuses do not render for the input, only for its results
  // (issue 17: one render of the views per slider input, not two). Their `spec`s stay those of
  // the drawn results meanwhile, which is what the picture shows.
  lastViews = !state.lagShown && drawsTheSame(lastViews, next) ? lastViews : next;
  return lastViews;
}

/** Whether `b` draws what `a` draws: the same results, runs, colours, names and freshness. */
function drawsTheSame(a: RunViews, b: RunViews): boolean {
  if (a.status === 'none' || a.status === 'stale' || b.status !== 'computing') return false;
  return (
    a.scenario === b.scenario &&
    a.plane === b.plane &&
    a.progress === b.progress &&
    a.runs.length === b.runs.length &&
    a.runs.every((run, i) => {
      const other = b.runs[i]!;
      return (
        run.index === other.index &&
        run.result === other.result &&
        run.drawn === other.drawn &&
        run.accuracy === other.accuracy &&
        run.color === other.color &&
        run.name === other.name &&
        run.hidden === other.hidden &&
        run.fresh === other.fresh
      );
    })
  );
}

/** The paired runs, for components (re-renders when the pairing changes). */
export function useRunViews(): RunViews {
  return useApp(runViews);
}

/**
 * The run views for a chart or a table: the same as useRunViews, except that a change of
 * hyperparameters alone (a slider) reaches them in a render of their own after the landscape's
 * (React's useDeferredValue: interruptible, it yields to the next input). The landscape is what a
 * slider moves and what must follow at once; the loss chart and the learning-rate strip follow a
 * frame later instead of lengthening the input's task (issue 17: long tasks during a drag on a
 * slow machine). Anything else (another problem, step count or set of runs) is shown at once,
 * so no view ever pairs one picture's axes with another's runs (docs/app.md, "Never a stale
 * picture").
 */
export function useDeferredRunViews(): RunViews {
  const views = useRunViews();
  const deferred = useDeferredValue(views);
  return sameFrame(deferred, views) ? deferred : views;
}

/** Views that differ only in their runs' values: the same problem, steps and runs. */
export function sameFrame(a: RunViews, b: RunViews): boolean {
  return (
    a.scenario !== null &&
    b.scenario !== null &&
    a.scenario.problem === b.scenario.problem &&
    a.scenario.steps === b.scenario.steps &&
    a.plane === b.plane &&
    a.runs.length === b.runs.length &&
    a.runs.every((run, i) => run.index === b.runs[i]!.index && run.hidden === b.runs[i]!.hidden)
  );
}

/**
 * The painted surface if it shows the current problem (and, for a model, the plane of the paired
 * runs); null while the surface of a new problem is being painted, so that no view draws the old
 * problem's picture under the new one's axes.
 */
export function pairedSurface(
  state: Pick<AppState, 'surface' | 'scenario' | 'plane' | 'resultsScenario'>,
): PaintedSurface | null {
  const { surface } = state;
  // σ and the batch size do not change f: the picture stays (landscapeKey).
  if (!surface || !sameLandscape(surface.problem, state.scenario.problem)) return null;
  if (surface.plane !== null && surface.plane !== state.plane) return null;
  return surface;
}

/** A short, readable name of a problem for test handles and attributes: `rosenbrock`, `mlp`. */
export function problemTag(problem: ProblemSpec): string {
  return problem.type === 'function' ? problem.name : problem.type;
}
