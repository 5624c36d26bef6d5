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
import { buildProblem, type Problem } from './problems';
import { createRng } from './rng';
import { divergenceBounds, type DivergenceBounds } from './run';
import { resolveSchedule, scheduleSequence } from './schedules';

/** An optimizer's state as plain arrays (named as PyTorch's `state[p]`, e.g. exp_avg). */
export interface StateSnapshot {
  /** Steps taken so far (PyTorch's `state['step']`). */
  t: number;
  buffers: Record<string, number[]>;
}

/** Quantities the update rule computes on the way (keys as in `derive` below). */
export interface Derived {
  /** Per-coordinate values, e.g. mHat, vHat, denom. */
  vectors: Record<string, number[]>;
  /** Per-step values, e.g. bc1, bc2, rhoT. */
  scalars: Record<string, number>;
}

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
  const optimizer = createOptimizer(spec, dim);
  const schedule = scheduleSequence(resolveSchedule(spec.schedule, steps), spec.lr, steps);
  const lrs = schedule.lr;
  const cycled = optimizer.cycles !== null ? schedule.momentum : null;
  const rng = createRng(seed);
  const batchGradient = problem.createBatchGradient?.(rng);
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
      optimizer.step(params, stepGrad, lrs[k]!);
      continue;
    }
    const before = toState(optimizer.snapshot());
    const theta = [...params];
    optimizer.step(params, stepGrad, lrs[k]!);
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

/** Element-wise map over coordinates. */
const each = (dim: number, fn: (i: number) => number): number[] =>
  Array.from({ length: dim }, (_, i) => fn(i));

/**
 * The quantities of each rule (docs/optimizers.md#the-update-rules), recomputed from the state after the step in
 * the rule's own order of operations, for display: they explain Δθ, they do not produce it.
 */
export function derive(
  type: OptimizerType,
  hp: ResolvedHyperparams,
  capture: Pick<Capture, 'theta' | 'before' | 'after' | 'lr'>,
  gradUsed: number[],
): Derived {
  const { theta, before, after, lr } = capture;
  const dim = theta.length;
  const t = after.t;
  const buf = (name: string, state = after) => state.buffers[name] ?? each(dim, () => 0);
  const vectors: Record<string, number[]> = {};
  const scalars: Record<string, number> = { t };
  const g = gradUsed;
  switch (type) {
    case 'gd':
    case 'momentum':
    case 'nesterov': {
      if (hp.momentum === 0 && type !== 'nesterov') break;
      const b = buf('momentum_buffer');
      vectors.buf = b;
      vectors.direction = type === 'nesterov' ? each(dim, (i) => g[i]! + hp.momentum * b[i]!) : b;
      break;
    }
    case 'adagrad': {
      const sum = buf('sum');
      scalars.clr = lr / (1 + (t - 1) * hp.lrDecay);
      vectors.sum = sum;
      vectors.denom = each(dim, (i) => Math.sqrt(sum[i]!) + hp.eps);
      break;
    }
    case 'rmsprop': {
      const v = buf('square_avg');
      const gAvg = hp.centered ? buf('grad_avg') : null;
      vectors.v = v;
      if (gAvg) vectors.gradAvg = gAvg;
      vectors.denom = each(dim, (i) => Math.sqrt(v[i]! - (gAvg ? gAvg[i]! ** 2 : 0)) + hp.eps);
      if (hp.momentum > 0) vectors.buf = buf('momentum_buffer');
      break;
    }
    case 'adadelta': {
      const v = buf('square_avg');
      const uOld = buf('acc_delta', before);
      vectors.v = v;
      vectors.uPrev = uOld;
      vectors.scale = each(dim, (i) => Math.sqrt(uOld[i]! + hp.eps) / Math.sqrt(v[i]! + hp.eps));
      vectors.update = each(dim, (i) => vectors.scale![i]! * g[i]!);
      vectors.u = buf('acc_delta');
      break;
    }
    case 'adam':
    case 'adamw':
    case 'amsgrad': {
      const m = buf('exp_avg');
      const v = buf('exp_avg_sq');
      vectors.m = m;
      vectors.v = v;
      if (type === 'adamw') vectors.decay = each(dim, (i) => lr * hp.weightDecay * theta[i]!);
      if (!hp.biasCorrection) {
        vectors.denom = each(dim, (i) => Math.sqrt(v[i]!) + hp.eps);
        break;
      }
      scalars.bc1 = 1 - hp.beta1 ** t;
      scalars.bc2 = 1 - hp.beta2 ** t;
      const second = type === 'amsgrad' ? buf('max_exp_avg_sq') : v;
      if (type === 'amsgrad') vectors.vmax = second;
      vectors.mHat = each(dim, (i) => m[i]! / scalars.bc1!);
      vectors.vHat = each(dim, (i) => second[i]! / scalars.bc2!);
      vectors.denom = each(dim, (i) => Math.sqrt(second[i]!) / Math.sqrt(scalars.bc2!) + hp.eps);
      break;
    }
    case 'adamax': {
      const m = buf('exp_avg');
      scalars.bc1 = 1 - hp.beta1 ** t;
      vectors.m = m;
      vectors.u = buf('exp_inf');
      vectors.mHat = each(dim, (i) => m[i]! / scalars.bc1!);
      break;
    }
    case 'nadam': {
      const v = buf('exp_avg_sq');
      scalars.bc2 = 1 - hp.beta2 ** t;
      scalars.mu = hp.beta1 * (1 - 0.5 * 0.96 ** (t * hp.momentumDecay));
      scalars.muNext = hp.beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * hp.momentumDecay));
      scalars.muProduct = buf('mu_product')[0] ?? 1;
      vectors.m = buf('exp_avg');
      vectors.v = v;
      vectors.vHat = each(dim, (i) => v[i]! / scalars.bc2!);
      vectors.denom = each(dim, (i) => Math.sqrt(v[i]! / scalars.bc2!) + hp.eps);
      break;
    }
    case 'radam': {
      const m = buf('exp_avg');
      const v = buf('exp_avg_sq');
      const bc1 = 1 - hp.beta1 ** t;
      const bc2 = 1 - hp.beta2 ** t;
      const rhoInf = 2 / (1 - hp.beta2) - 1;
      const rhoT = rhoInf - (2 * t * hp.beta2 ** t) / bc2;
      Object.assign(scalars, { bc1, bc2, rhoInf, rhoT, rectified: rhoT > 5 ? 1 : 0 });
      if (rhoT > 5)
        scalars.r = Math.sqrt(
          ((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT),
        );
      vectors.m = m;
      vectors.v = v;
      vectors.mHat = each(dim, (i) => m[i]! / bc1);
      if (rhoT > 5)
        vectors.adaptive = each(dim, (i) => Math.sqrt(bc2) / (Math.sqrt(v[i]!) + hp.eps));
      break;
    }
    case 'lion': {
      const mOld = buf('exp_avg', before);
      const c = each(dim, (i) => (1 - hp.beta1) * g[i]! + hp.beta1 * mOld[i]!);
      vectors.c = c;
      vectors.sign = c.map((x) => (x > 0 ? 1 : x < 0 ? -1 : 0));
      vectors.m = buf('exp_avg');
      break;
    }
  }
  return { vectors, scalars };
}

/** Types whose weight decay is L2, folded into g (all but AdamW's and Lion's decoupled decay). */
const DECOUPLED: ReadonlySet<OptimizerType> = new Set(['adamw', 'lion']);

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
  const l2 = DECOUPLED.has(spec.type) ? 0 : hp.weightDecay;
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
    derived: derive(spec.type, hp, capture, gradUsed),
    delta,
    effectiveLr: delta.map((d, i) =>
      capture.grad[i] === 0 ? null : Math.abs(d / capture.grad[i]!),
    ),
    uphill: delta.map((d, i) => d * capture.grad[i]! > 0),
    diverges: capture.diverges,
  };
}
