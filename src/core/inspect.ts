/**
 * The step inspector's core: one step θₖ → θₖ₊₁ of one run, with everything the update rule
 * used (the gradient, the lr, the optimizer's state before and after) and the quantities the
 * rule derives from them (m̂, v̂, denominators, NAdam's μₜ, RAdam's ρₜ, Lion's sign, …).
 *
 * The run is replayed from θ₀ exactly as `runOptimizer` (run.ts) runs it: the same generator
 * seeded with the scenario's seed, drawn in the same order (mini-batch, then noise per
 * coordinate), the same lr sequence and OneCycleLR momentum, the same divergence test. So θₖ₊₁
 * here is bit for bit the point of run()'s trajectory (test/core/inspect.test.ts checks every
 * optimizer type). The loop is a copy of run.ts's because run.ts exposes no hook into it.
 */
import type { OptimizerSpec, OptimizerType, Scenario } from '../scenario/types';
import {
  createOptimizer,
  resolveHyperparams,
  withDefaults,
  type Optimizer,
  type OptimizerSnapshot,
  type ResolvedHyperparams,
} from './optimizers';
import { each } from './optimizers/derived';
import type { Derived, StateSnapshot } from './optimizers/module';
import { optimizerModule } from './optimizers/registry';
import { optimizerNumerics } from './optimizers/rules';
import { buildProblem, type Problem } from './problems';
import { createRng } from './rng';
import { divergenceBounds, runBatchGradient, type DivergenceBounds } from './run';
import { resolveSchedule, scheduleSequence } from './schedules';

export type { Derived, StateSnapshot } from './optimizers/module';

/** One step of one run, θₖ → θₖ₊₁, taken apart. */
export interface StepInspection {
  runIndex: number;
  /** The optimizer with every hyperparameter of its type present. */
  optimizer: OptimizerSpec;
  /** Names of the parameters, e.g. ["x", "y"] or ["w", "b"]. */
  axes: [string, string];
  /**
   * k: the step inspected. The requested step capped to 0 … steps − 1, and for a run that
   * diverged at point d ≤ k to d − 1 (the step that diverged, whose θₖ is the last valid point).
   */
  step: number;
  /** θₖ and θₖ₊₁. */
  theta: number[];
  next: number[];
  /** f(θₖ). */
  loss: number;
  /** The gradient the optimizer was given: ∇f(θₖ), or the mini-batch gradient, plus noise. */
  grad: number[];
  /** ∇f(θₖ) without noise, over the full dataset. */
  fullGrad: number[];
  /** g + λθ where L2 weight decay folds into the gradient (docs/optimizers.md#conventions-and-weight-decay); else equal to grad. */
  gradUsed: number[];
  /** The learning rate of this step (after any schedule). */
  lr: number;
  /** μ or β1 as OneCycleLR set it for this step; null without momentum cycling. */
  cycled: { name: 'momentum' | 'beta1'; value: number } | null;
  /** State before and after the step. */
  before: StateSnapshot;
  after: StateSnapshot;
  derived: Derived;
  /** Δθ = θₖ₊₁ − θₖ. */
  delta: number[];
  /**
   * The effective per-coordinate learning rate |Δθᵢ / gᵢ|: the lr plain gradient descent would
   * need to take the same step along coordinate i. null where gᵢ = 0 (undefined there).
   */
  effectiveLr: (number | null)[];
  /** Δθᵢ·gᵢ > 0: coordinate i moved uphill (momentum carrying the point past a minimum). */
  uphill: boolean[];
  /** θₖ₊₁ is the point where the run diverged (not finite or out of bounds). */
  diverges: boolean;
}

function toState(snapshot: OptimizerSnapshot): StateSnapshot {
  const buffers: Record<string, number[]> = {};
  for (const [name, values] of Object.entries(snapshot.buffers)) buffers[name] = [...values];
  return { t: snapshot.t, buffers };
}

/** What the replay saw at the inspected step. */
interface Capture {
  theta: number[];
  next: number[];
  loss: number;
  grad: number[];
  fullGrad: number[];
  lr: number;
  cycledValue: number | null;
  cycles: Optimizer['cycles'];
  before: StateSnapshot;
  after: StateSnapshot;
  diverges: boolean;
}

/** True when θ or f leaves the bounds or is not finite: run.ts's test, word for word. */
function outOfBounds(params: Float64Array, f: number, bounds: DivergenceBounds): boolean {
  let normSq = 0;
  for (let i = 0; i < params.length; i++) normSq += params[i]! * params[i]!;
  return !(normSq <= bounds.theta * bounds.theta) || !(Math.abs(f) <= bounds.loss);
}

/**
 * Replays `runOptimizer`'s loop up to step `target` and captures that step; or returns the point
 * where the run diverged when that comes first (`diverged: k`, the first invalid point).
 */
function replay(
  problem: Problem,
  spec: OptimizerSpec,
  scenario: Scenario,
  bounds: DivergenceBounds,
  target: number,
): Capture | { diverged: number } {
  const { dim } = problem;
  const { steps, seed } = scenario;
  const noise = scenario.problem.noise ?? 0;
  const optimizer = createOptimizer(spec, dim, problem);
  const schedule = scheduleSequence(resolveSchedule(spec.schedule, steps), spec.lr, steps);
  const lrs = schedule.lr;
  const cycled = optimizer.cycles !== null ? schedule.momentum : null;
  const rng = createRng(seed);
  const batchGradient = runBatchGradient(problem, spec, rng);
  const params = Float64Array.from(scenario.start);
  const grad = new Float64Array(dim);
  const stepGrad = batchGradient || noise > 0 ? new Float64Array(dim) : grad;

  for (let k = 0; ; k++) {
    const f = problem.valueAndGrad(params, grad);
    if (outOfBounds(params, f, bounds)) return { diverged: k };
    if (batchGradient) batchGradient(params, stepGrad);
    else if (stepGrad !== grad) stepGrad.set(grad);
    if (noise > 0) for (let i = 0; i < dim; i++) stepGrad[i] = stepGrad[i]! + noise * rng.normal();
    if (cycled) optimizer.setCycledMomentum(cycled[k]!);
    if (k < target) {
      optimizer.step(params, stepGrad, lrs[k]!, f);
      continue;
    }
    const before = toState(optimizer.snapshot());
    const theta = [...params];
    optimizer.step(params, stepGrad, lrs[k]!, f);
    const scratch = new Float64Array(dim);
    const fNext = problem.valueAndGrad(params, scratch);
    return {
      theta,
      next: [...params],
      loss: f,
      grad: [...stepGrad],
      fullGrad: [...grad],
      lr: lrs[k]!,
      cycledValue: cycled ? cycled[k]! : null,
      cycles: optimizer.cycles,
      before,
      after: toState(optimizer.snapshot()),
      diverges: outOfBounds(params, fNext, bounds),
    };
  }
}

/**
 * The quantities of each rule (docs/optimizers.md#the-update-rules), recomputed from the state
 * after the step by the type's module (src/core/optimizers/registry.ts), for display: they
 * explain Δθ, they do not produce it.
 */
export function derive(
  type: OptimizerType,
  hp: ResolvedHyperparams,
  capture: Pick<Capture, 'theta' | 'before' | 'after' | 'lr'>,
  gradUsed: number[],
  layout?: Problem['layout'],
): Derived {
  const { theta, before, after, lr } = capture;
  return optimizerNumerics(type).derive({
    hp,
    theta,
    before,
    after,
    lr,
    gradUsed,
    ...(layout ? { layout } : {}),
  });
}

/**
 * Step k → k + 1 of run `runIndex` of a validated scenario, replayed from θ₀. k is capped to
 * 0 … steps − 1, and for a diverged run to the step that diverged (divergedAt − 1). null when
 * no step can be inspected: no such run, or a start that is already out of bounds.
 */
export function inspectStep(
  scenario: Scenario,
  runIndex: number,
  step: number,
): StepInspection | null {
  const spec = scenario.optimizers[runIndex];
  if (!spec || scenario.steps < 1) return null;
  const problem = buildProblem(scenario.problem);
  const bounds = divergenceBounds(problem);
  const requested = Math.floor(Number.isFinite(step) ? step : 0);
  let target = Math.max(0, Math.min(scenario.steps - 1, requested));
  let capture = replay(problem, spec, scenario, bounds, target);
  if ('diverged' in capture) {
    // The run stopped at point d before reaching k: inspect d − 1 → d, the step that diverged.
    target = capture.diverged - 1;
    if (target < 0) return null;
    capture = replay(problem, spec, scenario, bounds, target) as Capture;
  }
  const hp = resolveHyperparams(spec);
  if (capture.cycledValue !== null && capture.cycles !== null)
    hp[capture.cycles] = capture.cycledValue;
  const dim = problem.dim;
  // L2 weight decay folds into g for all but the decoupled (AdamW's and Lion's).
  const l2 = optimizerModule(spec.type).decoupledWeightDecay ? 0 : hp.weightDecay;
  const gradUsed = each(dim, (i) =>
    l2 !== 0 ? capture.grad[i]! + l2 * capture.theta[i]! : capture.grad[i]!,
  );
  const delta = each(dim, (i) => capture.next[i]! - capture.theta[i]!);
  return {
    runIndex,
    optimizer: withDefaults(spec),
    axes: [...problem.info.axes],
    step: target,
    theta: capture.theta,
    next: capture.next,
    loss: capture.loss,
    grad: capture.grad,
    fullGrad: capture.fullGrad,
    gradUsed,
    lr: capture.lr,
    cycled:
      capture.cycledValue !== null && capture.cycles !== null
        ? { name: capture.cycles, value: capture.cycledValue }
        : null,
    before: capture.before,
    after: capture.after,
    derived: derive(spec.type, hp, capture, gradUsed, problem.layout),
    delta,
    effectiveLr: delta.map((d, i) =>
      capture.grad[i] === 0 ? null : Math.abs(d / capture.grad[i]!),
    ),
    uphill: delta.map((d, i) => d * capture.grad[i]! > 0),
    diverges: capture.diverges,
  };
}
