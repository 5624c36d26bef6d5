/**
 * `run(scenario)`: every optimizer of a scenario from the same start on the same problem, with
 * its trajectory, loss, gradient norm and lr per step, and where it diverged. Pure and
 * deterministic: the worker, the CLI, the tests and the benchmark all call this.
 */
import type { OptimizerSpec, Scenario } from '../scenario/types';
import { createOptimizer, withDefaults, type OptimizerSnapshot } from './optimizers';
import { optimizerModule } from './optimizers/registry';
import { buildProblem, type Problem } from './problems';
import { divergenceBounds, type DivergenceBounds } from './divergence';
import { createRng, type Rng } from './rng';
import { resolveSchedule, scheduleSequence } from './schedules';
import { scoreRecorder, type RunScores } from './run-scores';
import { scaledNorm } from './scaled-norm';

// The divergence bounds (src/core/divergence.ts), for run()'s callers as before.
export {
  LOSS_BOUND_FACTOR,
  THETA_BOUND_FACTOR,
  divergenceBounds,
  viewRadius,
  type DivergenceBounds,
} from './divergence';

/** What one optimizer did. Typed arrays, so the worker can transfer them without copying. */
export interface RunResult {
  /** The optimizer with every hyperparameter of its type present (PyTorch defaults filled in). */
  optimizer: OptimizerSpec;
  /** Parameters per point (2 for the 2D problems). */
  dim: number;
  /**
   * The valid points θ₀, θ₁, … flattened: point k is `trajectory[k·dim … k·dim + dim − 1]`.
   * steps + 1 points, or `divergedAt` points when the run diverged.
   */
  trajectory: Float64Array;
  /** loss[k] = f(θₖ) over the full dataset, one per point. */
  loss: Float64Array;
  /** ‖∇f(θₖ)‖ of the full (noise-free) gradient, one per point. */
  gradNorm: Float64Array;
  /** lr[k]: the learning rate used for step k + 1; one per step taken (including a diverging one). */
  lr: Float64Array;
  /** The first step whose point or loss is not finite or leaves the bounds; null if none. */
  divergedAt: number | null;
  /** Wall-clock milliseconds of this run in the core. */
  elapsedMs: number;
  /** For classifiers with held-out data: accuracy and validation per point, the test score. */
  scores?: RunScores;
  /**
   * The optimizer's averaged point per point of `trajectory`, in its layout, where the type keeps
   * one (module.ts `averaged`: ASGD's ax, Schedule-Free's x; averaged[0] = the start); absent
   * otherwise. `trajectory` is always θ, where the gradient is taken. Where the average is the
   * run's answer (Schedule-Free), `loss` and the scores are measured at it, not at θ
   * (docs/optimizers.md, "Two points").
   */
  averaged?: Float64Array;
  /**
   * Where a step evaluates f more than once (L-BFGS's line search): the evaluations of f and ∇f
   * spent to reach each point, evaluations[k] for steps 1 … k (torch's closure calls; evaluations[0]
   * = 0). Absent: one per step, evaluations[k] = k (countedEvaluations).
   */
  evaluations?: Float64Array;
  /**
   * The line search's trial points of every step on a 2-parameter problem, flattened in order:
   * step k + 1 made evaluations[k + 1] − evaluations[k] − 1 trials (its first evaluation is θₖ),
   * which start at point evaluations[k] − k. Present with `evaluations` where dim is 2.
   */
  trialPoints?: Float64Array;
}

export { countedEvaluations, trialPointsOf } from './evaluations';

/** The shared settings of every run in a scenario. */
export interface RunSettings {
  start: readonly number[];
  steps: number;
  seed: number;
  /** σ of Gaussian noise added to every gradient coordinate; 0 for none. */
  noise: number;
  bounds: DivergenceBounds;
}

const now: () => number =
  typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

/**
 * One optimizer's run, computed a chunk of steps at a time (`advance`), so a long run can report
 * progress and partial results between chunks. Point k is computed the same way whatever the
 * chunking (the noise generator, the optimizer's state and the schedule live here), so any
 * prefix is bit-identical to the same points of the whole run.
 */
export interface RunStepper {
  readonly dim: number;
  /** Points θ₀ … computed so far (valid ones: a diverging point is not counted). */
  readonly points: number;
  /** True once the last step is computed or the run diverged. */
  readonly finished: boolean;
  /** The learning rate of every step (the schedule, `steps` values). */
  readonly lrSchedule: Float64Array;
  /**
   * Computes up to `maxPoints` more points (at least one while not finished); returns how many
   * were computed.
   */
  advance(maxPoints: number): number;
  /** The run so far: views of the first `points` points (not copies), lr of the steps taken. */
  partial(): RunResult;
  /** The finished run (as `runOptimizer` returns it); only once `finished`. */
  result(): RunResult;
  /**
   * A copy of the optimizer's state now: after the step that left the last computed point (or
   * after the last step, once finished). Read-only: the curvature's preconditioners read it.
   */
  optimizerState(): OptimizerSnapshot;
}

/**
 * The stochastic gradient of one run: the run's own batch size when it has one (1 = one sample
 * at a time, ≥ n = the full batch; docs/scenario.md), else the problem's; undefined for the full
 * gradient. Either way the first draws from `rng` are the batches', before any noise.
 */
export function runBatchGradient(
  problem: Problem,
  spec: OptimizerSpec,
  rng: Rng,
): ((params: Float64Array, grad: Float64Array) => void) | undefined {
  return spec.batchSize === undefined
    ? problem.createBatchGradient?.(rng)
    : problem.batchGradientOf?.(spec.batchSize, rng);
}

/**
 * Starts one optimizer's run on a problem. Each run draws its noise and mini-batches from its
 * own generator seeded with `settings.seed`, so every optimizer of a scenario sees the same noise
 * sequence (common random numbers: differences come from the optimizers, not from luck).
 */
export function startRun(problem: Problem, spec: OptimizerSpec, settings: RunSettings): RunStepper {
  const { dim } = problem;
  const { steps, noise } = settings;
  const thetaBoundSq = settings.bounds.theta * settings.bounds.theta;
  const lossBound = settings.bounds.loss;

  const optimizer = createOptimizer(spec, dim, problem);
  const schedule = scheduleSequence(resolveSchedule(spec.schedule, steps), spec.lr, steps);
  const lrs = schedule.lr;
  const cycled = optimizer.cycles !== null ? schedule.momentum : null;

  const rng = createRng(settings.seed);
  const batchGradient = runBatchGradient(problem, spec, rng);
  // A classifier with held-out data records a mini-batch run's batch loss (Problem.heldOut).
  const heldOut = problem.heldOut;
  const batchLoss = heldOut !== undefined && batchGradient !== undefined;
  const scores = scoreRecorder(problem, steps);

  const params = Float64Array.from(settings.start);
  const grad = new Float64Array(dim);
  const stepGrad = batchGradient || noise > 0 ? new Float64Array(dim) : grad;
  const trajectory = new Float64Array((steps + 1) * dim);
  // The rule's average, recorded beside θ; where it is the answer, the loss is f there.
  const average = optimizer.averaged;
  const averaged = average ? new Float64Array((steps + 1) * dim) : null;
  const answerAveraged = average !== null && optimizerModule(spec.type).averaged === 'answer';
  const loss = new Float64Array(steps + 1);
  const gradNorm = new Float64Array(steps + 1);
  // L-BFGS's evaluations per step and its line search's trial points (RunResult.evaluations).
  const counted = optimizer.evaluations;
  const evaluations = counted ? new Float64Array(steps + 1) : null;
  const recordTrials = counted !== undefined && dim === 2;
  let trialPoints = new Float64Array(recordTrials ? 64 : 0);
  let trialCount = 0;
  const trialPoint = new Float64Array(dim);

  let divergedAt: number | null = null;
  let finished = false;
  /** The next point to compute. */
  let k = 0;
  let elapsedMs = 0;

  const advance = (maxPoints: number): number => {
    if (finished) return 0;
    const started = now();
    const first = k;
    const last = Math.min(steps, k + Math.max(1, Math.floor(maxPoints)) - 1);
    for (; ; k++) {
      let f: number;
      if (batchLoss) {
        batchGradient!(params, grad);
        f = heldOut!.last.loss;
      } else f = problem.valueAndGrad(params, grad);
      let normSq = 0;
      let gradSq = 0;
      const offset = k * dim;
      for (let i = 0; i < dim; i++) {
        const p = params[i]!;
        trajectory[offset + i] = p;
        normSq += p * p;
        gradSq += grad[i]! * grad[i]!;
      }
      // The average after k steps; before the first it is the start, θ₀ itself.
      let answer: Float64Array = params;
      // With the average as the answer, f and ∇f at θ (y, the gradient's point) must be finite too.
      let thetaFinite = true;
      if (averaged) {
        const point = k === 0 ? params : average!;
        let averageSq = 0;
        for (let i = 0; i < dim; i++) {
          const a = point[i]!;
          averaged[offset + i] = a;
          averageSq += a * a;
        }
        if (!(averageSq <= thetaBoundSq)) normSq = averageSq;
        if (answerAveraged && k > 0) {
          thetaFinite = Math.abs(f) <= lossBound && gradSq <= Number.MAX_VALUE;
          answer = average!;
          f = problem.value(answer);
        }
      }
      // `!(a <= b)` is also true for NaN, so one test catches non-finite values and the bounds.
      if (!thetaFinite || !(normSq <= thetaBoundSq) || !(Math.abs(f) <= lossBound)) {
        divergedAt = k;
        finished = true;
        const answers = answerAveraged ? averaged! : trajectory;
        scores?.finish(k > 0 ? answers.slice((k - 1) * dim, k * dim) : null);
        break;
      }
      loss[k] = f;
      // Σ∇f² overflows from ‖∇f‖ ≈ 1.3e154, far below the largest double: measured again, scaled.
      gradNorm[k] = gradSq <= Number.MAX_VALUE ? Math.sqrt(gradSq) : scaledNorm(grad, dim);
      scores?.record(k, answer);
      if (k === steps) {
        finished = true;
        scores?.finish(answer);
        k++;
        break;
      }

      if (batchGradient && !batchLoss) batchGradient(params, stepGrad);
      else if (stepGrad !== grad) stepGrad.set(grad);
      if (noise > 0)
        for (let i = 0; i < dim; i++) stepGrad[i] = stepGrad[i]! + noise * rng.normal();
      if (cycled) optimizer.setCycledMomentum(cycled[k]!);
      optimizer.step(params, stepGrad, lrs[k]!, f);
      if (counted) {
        const count = counted.count();
        evaluations![k + 1] = evaluations![k]! + count;
        if (recordTrials) {
          if ((trialCount + count) * dim > trialPoints.length) {
            // Doubling: amortised, and only on a line search's steps.
            const grown = new Float64Array(
              Math.max(2 * trialPoints.length, (trialCount + count) * dim),
            );
            grown.set(trialPoints);
            trialPoints = grown;
          }
          for (let i = 0; i < count - 1; i++) {
            counted.trialPoint(i, trialPoint);
            trialPoints.set(trialPoint, (trialCount + i) * dim);
          }
          trialCount += count - 1;
        }
      }
      if (k === last) {
        k++;
        break;
      }
    }
    elapsedMs += now() - started;
    return k - first;
  };

  /** The evaluations of the first `points` points and the trial points of their steps. */
  const lineSearchRecord = (points: number): Pick<RunResult, 'evaluations' | 'trialPoints'> =>
    evaluations
      ? {
          evaluations: evaluations.subarray(0, points),
          ...(recordTrials
            ? {
                trialPoints: trialPoints.subarray(
                  0,
                  points > 0 ? (evaluations[points - 1]! - (points - 1)) * dim : 0,
                ),
              }
            : {}),
        }
      : {};

  const stepper: RunStepper = {
    dim,
    get points() {
      return k;
    },
    get finished() {
      return finished;
    },
    lrSchedule: lrs,
    advance,
    partial: () => ({
      optimizer: withDefaults(spec),
      dim,
      trajectory: trajectory.subarray(0, k * dim),
      loss: loss.subarray(0, k),
      gradNorm: gradNorm.subarray(0, k),
      lr: lrs.subarray(0, divergedAt ?? Math.max(0, Math.min(steps, k - (finished ? 1 : 0)))),
      divergedAt,
      elapsedMs,
      ...(scores ? { scores: scores.scores(k, false) } : {}),
      ...(averaged ? { averaged: averaged.subarray(0, k * dim) } : {}),
      ...lineSearchRecord(k),
    }),
    optimizerState: () => optimizer.snapshot(),
    result: () => {
      if (!finished) throw new Error('result(): the run is not finished');
      const points = divergedAt ?? steps + 1;
      return {
        optimizer: withDefaults(spec),
        dim,
        trajectory: points === steps + 1 ? trajectory : trajectory.slice(0, points * dim),
        loss: points === steps + 1 ? loss : loss.slice(0, points),
        gradNorm: points === steps + 1 ? gradNorm : gradNorm.slice(0, points),
        lr: divergedAt === null ? lrs : lrs.slice(0, divergedAt),
        divergedAt,
        elapsedMs,
        ...(scores ? { scores: scores.scores(points, points !== steps + 1) } : {}),
        ...(averaged
          ? { averaged: points === steps + 1 ? averaged : averaged.slice(0, points * dim) }
          : {}),
        ...lineSearchRecord(points),
      };
    },
  };
  return stepper;
}

/** Runs one optimizer on a problem to the end (see `startRun`). */
export function runOptimizer(
  problem: Problem,
  spec: OptimizerSpec,
  settings: RunSettings,
): RunResult {
  const stepper = startRun(problem, spec, settings);
  stepper.advance(Infinity);
  return stepper.result();
}

/** The settings a validated scenario's runs share. */
export function runSettings(scenario: Scenario, problem: Problem): RunSettings {
  return {
    start: scenario.start,
    steps: scenario.steps,
    seed: scenario.seed,
    noise: scenario.problem.noise ?? 0,
    bounds: divergenceBounds(problem),
  };
}

/**
 * Runs every optimizer of a validated scenario (see `validateScenario`) and returns one result
 * per optimizer, in order.
 */
export function run(scenario: Scenario): RunResult[] {
  const problem = buildProblem(scenario.problem);
  const settings = runSettings(scenario, problem);
  return scenario.optimizers.map((spec) => runOptimizer(problem, spec, settings));
}
