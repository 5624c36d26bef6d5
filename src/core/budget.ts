/**
 * The work budget of a request: what one scenario's runs cost, and the steps that fit a cap, so
 * that no link, file or edit can ask for work that does not finish in a stated time on a slow
 * laptop. Pure: the store applies it where a scenario enters the engine (src/state/sync.ts) and
 * the worker applies it again (it trusts no caller).
 *
 * The unit of work is one parameter × one data point of a pass over the data (a forward and a
 * backward pass through a model costs a few multiply-adds per unit). Measured in Node on the
 * development machine (bench/budget.ts, docs/decisions.md): about 8 ns per unit for the MLP when
 * the machine is quiet, and a step of a built-in 2D function or a short formula costs about as
 * much as 40 units.
 */
import { kindOf, type ProblemSpec } from '../kinds/registry';
import type { OptimizerSpec, Scenario } from '../scenario/types';
import { optimizerModule } from './optimizers/registry';

/** Units of a step of a built-in function (Rosenbrock with Adam measures ≈ 40). */
export const FUNCTION_STEP_UNITS = 40;
/** The optimizer's own update costs about this many units per parameter (Adam: ~10 flops). */
const UPDATE_UNITS_PER_PARAM = 4;

/** The development machine's core, quiet, in Node (bench/budget.ts): nanoseconds per unit. */
export const DEV_NS_PER_UNIT = 8;
/** How much slower the slow laptop the cap is made for is (Chrome's 4× CPU throttling). */
export const SLOW_LAPTOP_FACTOR = 4;
/** Margin for the browser (GC, the views, the messages) over the core in Node. */
export const BROWSER_MARGIN = 1.5;
/** What one request may take on the slow laptop, in seconds. */
export const WORK_CAP_SECONDS = 20;

/**
 * The cap on one request's work, in units: 20 s on the slow laptop,
 * 20 s / (8 ns × 4 × 1.5) ≈ 4.2 × 10⁸ units. The 8 runs × 10⁶ steps of a 2D function the
 * benchmark measures (3.2 × 10⁸) fit.
 */
export const WORK_CAP_UNITS = Math.floor(
  (WORK_CAP_SECONDS * 1e9) / (DEV_NS_PER_UNIT * SLOW_LAPTOP_FACTOR * BROWSER_MARGIN),
);

/**
 * Units of one step of one run, from what the problem's kind says a step does (src/kinds): a 2D
 * surface costs a multiple of a built-in function's step (a formula costs more when long); a
 * model costs f and ∇f over the whole dataset (every point's loss is drawn), the mini-batch
 * gradient if any, a classifier's accuracy (a forward pass, about half a unit per parameter and
 * point), and the optimizer's update.
 */
export function stepUnits(problem: ProblemSpec, runBatchSize?: number): number {
  const work = kindOf(problem).work(problem);
  if ('surface' in work) return FUNCTION_STEP_UNITS * work.surface;
  const { params, points } = work;
  // A run's own batch size replaces the problem's (docs/scenario.md); n or more is the full batch.
  const batch = runBatchSize === undefined ? work.batch : runBatchSize < points ? runBatchSize : 0;
  const accuracy = work.accuracy ? 0.5 * params * points : 0;
  // A table classifier's mini-batch step runs its batch alone, and scores its validation rows.
  const full = work.batchOnly && batch > 0 ? 0 : points;
  const heldOut = 0.5 * params * (work.heldOut ?? 0);
  const passes = params * (full + batch) + accuracy + heldOut;
  return (work.scale ?? 1) * passes + UPDATE_UNITS_PER_PARAM * params;
}

/**
 * Units of the whole Hessian that a second-order type (Newton, docs/optimizers.md#newton) builds
 * each step besides the step itself: a 2-parameter formula's 2 × 2 Hessian costs about two steps
 * of f; a model's takes one Hessian-vector product per parameter (each about 3 passes over the
 * data, params × points units) and an n × n eigendecomposition (about 4n³ units). Measured in
 * Node (issue 21): 2 → 16 → 1 on 200 points, 65 parameters, 5 ms of products and 7 ms of
 * eigendecomposition per step, 1.5 × 10⁶ units here at 8 ns.
 */
export function hessianUnits(problem: ProblemSpec): number {
  const work = kindOf(problem).work(problem);
  if ('surface' in work) return 2 * FUNCTION_STEP_UNITS * work.surface;
  const { params, points } = work;
  return 3 * params * params * points + 4 * params ** 3;
}

/**
 * Units of the second evaluation of f that a run whose answer is its average makes each step
 * (module.ts `averaged: 'answer'`, Schedule-Free's x: src/core/run.ts), f alone without ∇f: half
 * a step of a surface, a forward pass over the data of a model (as the accuracy's).
 */
export function answerUnits(problem: ProblemSpec): number {
  const work = kindOf(problem).work(problem);
  if ('surface' in work) return 0.5 * FUNCTION_STEP_UNITS * work.surface;
  return 0.5 * (work.scale ?? 1) * work.params * work.points;
}

/**
 * Units of one more evaluation of the full-batch f and ∇f (L-BFGS's line-search trials): a 2D
 * surface's step (its update is negligible), or a model's forward and backward pass over all its
 * data, params × points (no accuracy, no held-out rows: a trial point records neither).
 */
export function evaluationUnits(problem: ProblemSpec): number {
  const work = kindOf(problem).work(problem);
  if ('surface' in work) return FUNCTION_STEP_UNITS * work.surface;
  return (work.scale ?? 1) * work.params * work.points;
}

/**
 * The evaluations of f one step of `spec` may make beyond the first: L-BFGS's line search makes
 * up to 25 (its module's maxEvaluationsPerStep); the budget counts the most, so that no step can
 * exceed it, though a typical step makes 1 or 2 (docs/optimizers.md#lbfgs).
 */
export function extraEvaluations(spec: OptimizerSpec): number {
  return (optimizerModule(spec.type).maxEvaluationsPerStep?.(spec) ?? 1) - 1;
}

/**
 * Units of one step of one run: the problem's step with the run's batch size, its Hessian
 * (Newton), f at its average where that is its answer (Schedule-Free), what the type's update
 * costs beyond a first-order one (Muon's Newton–Schulz products), and its line search's
 * evaluations at most (L-BFGS).

 */
export function runStepUnits(problem: ProblemSpec, spec: OptimizerSpec): number {
  const module = optimizerModule(spec.type);
  const hessian = module.secondOrder ? hessianUnits(problem) : 0;
  const answer = module.averaged === 'answer' ? answerUnits(problem) : 0;
  const update = module.stepUnits ? module.stepUnits(spec, paramsOf(problem)) : 0;
  const extra = extraEvaluations(spec);
  const search = extra > 0 ? extra * evaluationUnits(problem) : 0;
  return stepUnits(problem, spec.batchSize) + hessian + answer + update + search;
}

/** The number of parameters of a problem: 2 for a surface. */
function paramsOf(problem: ProblemSpec): number {
  const work = kindOf(problem).work(problem);
  return 'surface' in work ? 2 : work.params;
}

/** Units of one step of every run of a scenario, each with its own batch size. */
function scenarioStepUnits(scenario: Scenario): number[] {
  return scenario.optimizers.map((spec) => runStepUnits(scenario.problem, spec));
}

/** Units of a whole scenario: every run's steps + 1 points. */
export function scenarioUnits(scenario: Scenario): number {
  const perStep = scenarioStepUnits(scenario).reduce((sum, units) => sum + units, 0);
  return (scenario.steps + 1) * perStep;
}

/** A scenario brought under the cap, and what was reduced (null when nothing was). */
export interface Budgeted {
  scenario: Scenario;
  /** What was reduced, from what to what, and the units the request asked for. */
  reduced: {
    steps: { from: number; to: number } | null;
    runs: { from: number; to: number } | null;
    units: number;
  } | null;
}

/**
 * The scenario with its steps reduced so that its work is at most `cap` (a scenario under the
 * cap is returned as is, the same object). The steps are reduced first: the runs are what the
 * user compares, the problem is what they asked about. Only when one step of every run is still
 * over the cap (the largest model on the most data, 8 runs) are the last runs left out too.
 */
export function budgetScenario(scenario: Scenario, cap = WORK_CAP_UNITS): Budgeted {
  const units = scenarioUnits(scenario);
  if (units <= cap) return { scenario, reduced: null };
  // The costliest run's step stands for every run's: the cap is never exceeded.
  const perStep = Math.max(...scenarioStepUnits(scenario));
  const runsFrom = scenario.optimizers.length;
  // One step is two points (θ₀ and θ₁): the fewest a run has.
  const runsTo = Math.max(1, Math.min(runsFrom, Math.floor(cap / (2 * perStep))));
  const stepsTo = Math.max(1, Math.min(scenario.steps, Math.floor(cap / (runsTo * perStep)) - 1));
  return {
    scenario: {
      ...scenario,
      steps: stepsTo,
      optimizers: runsTo < runsFrom ? scenario.optimizers.slice(0, runsTo) : scenario.optimizers,
    },
    reduced: {
      steps: stepsTo < scenario.steps ? { from: scenario.steps, to: stepsTo } : null,
      runs: runsTo < runsFrom ? { from: runsFrom, to: runsTo } : null,
      units,
    },
  };
}

/** The notices shown where a request was reduced (English; the figures say what and why). */
/** What the budget took off a scenario: its steps or its runs, from and to, and why (units). */
export interface WorkReduction {
  readonly what: 'steps' | 'runs';
  readonly from: number;
  readonly to: number;
  /** The units of work asked, against WORK_CAP_UNITS per view. */
  readonly units: string;
  readonly cap: string;
}

/** The reductions of a budgeted scenario, for the app's notice (translated there). */
export function workReductions(budgeted: Budgeted): WorkReduction[] {
  const reduced = budgeted.reduced;
  if (!reduced) return [];
  const why = { units: formatUnits(reduced.units), cap: formatUnits(WORK_CAP_UNITS) };
  const out: WorkReduction[] = [];
  if (reduced.steps) out.push({ what: 'steps', ...reduced.steps, ...why });
  if (reduced.runs) out.push({ what: 'runs', ...reduced.runs, ...why });
  return out;
}

/** The reductions in English, named by the link parameter they changed (the CLI's words). */
export function budgetNotices(budgeted: Budgeted): string[] {
  return workReductions(budgeted).map(
    ({ what, from, to, units, cap }) =>
      `${what === 'steps' ? 'n' : 'o'}: reduced from ${from} to ${to} ${what}: this model is heavy (${units} units of work asked, at most ${cap} per view: about 20 s on a slow laptop)`,
  );
}

function formatUnits(units: number): string {
  const exponent = Math.floor(Math.log10(units));
  return `${(units / 10 ** exponent).toFixed(1)}e${exponent}`;
}
