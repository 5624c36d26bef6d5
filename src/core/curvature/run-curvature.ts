/**
 * Curvature along a run (issue 20): the run replayed by core/run.ts's own stepper (so its points
 * are bit-identical to `run()`'s), and at every `every`-th point θₖ the Hessian's top
 * eigenvalues and, for the adaptive optimizers, the preconditioned sharpness λmax(P⁻¹ᐟ²HP⁻¹ᐟ²).
 *
 * - 2-parameter problems: every point, the exact 2 × 2 Hessian (two Hessian-vector products of
 *   the problem's exact second derivatives: symbolic for formulas, closed form for linear
 *   regression) and its eigenvalues in closed form (eigen2.ts): λmax and λmin.
 * - Models: every `every`-th point (10 by default), the `topK` largest eigenvalues by Lanczos
 *   (lanczos.ts) on the model's exact Hessian-vector products (Pearlmutter's R-operator,
 *   problems/mlp-hvp.ts), warm-started from the previous sample's Ritz vectors.
 *
 * P at θₖ is the preconditioner of the step that leaves θₖ (the step paired with the learning
 * rate lr[k], state['step'] = k + 1), read from the optimizer's state after that step
 * (preconditioners.ts); the last point, which no step leaves, takes the last step's. With L2
 * weight decay folded into the gradient (every adaptive type but AdamW) the step minimises
 * f + (wd/2)·‖θ‖², so the preconditioned λ is that of P⁻¹ᐟ²(H + wd·I)P⁻¹ᐟ²: the quantity
 * stabilityLimit bounds. λmax and λmin are always the loss's own Hessian's.
 *
 * A point where f or its Hessian is not finite gives NaN. Cancelled (`isCancelled()` true, read
 * before each sample and every CHUNK points of a 2-parameter replay) it throws
 * CurvatureCancelled and keeps nothing.
 */
import type { OptimizerSpec } from '../../scenario/types';
import { resolveHyperparams } from '../optimizers/hyperparams';
import { optimizerModule } from '../optimizers/registry';
import type { OptimizerSnapshot } from '../optimizers/types';
import type { HessianVectorProduct, Problem } from '../problems/types';
import { startRun, type RunSettings } from '../run';
import { resolveSchedule, scheduleSequence } from '../schedules';
import { eigen2 } from './eigen2';
import { createLanczos, type LanczosOptions } from './lanczos';
import { preconditionerOf, type PreconditionerEntry } from './preconditioners';

export interface RunCurvature {
  /** Curvature is computed at every `every`-th point: 1 for 2-parameter problems. */
  every: number;
  /** The point indices k (θₖ) the values are for: 0, every, 2·every, … while the run lasts. */
  step: number[];
  /** The Hessian's largest eigenvalue at each θₖ. */
  lambdaMax: number[];
  /** The smallest: 2-parameter problems only. */
  lambdaMin?: number[];
  /**
   * Models: the top few eigenvalues at each sampled step, largest first (distinct ones: an
   * exactly repeated eigenvalue shows once, lanczos.ts).
   */
  top?: number[][];
  /** Adaptive optimizers (isPreconditioned in stability.ts): λmax of P⁻¹ᐟ²HP⁻¹ᐟ². */
  preconditionedLambdaMax?: number[];
}

export interface CurvatureOptions {
  /** Models: every how many points (a positive integer; default 10). 2-parameter problems: 1. */
  every?: number;
  /** Models: how many of the largest eigenvalues (default 3). */
  topK?: number;
  /** Read between samples; true stops the computation with CurvatureCancelled. */
  isCancelled?: () => boolean;
  /** Called after each sample with the samples done and the most there can be. */
  onProgress?: (done: number, total: number) => void;
  /** The Lanczos method's settings (lanczos.ts LANCZOS_DEFAULTS). */
  lanczos?: Partial<LanczosOptions>;
}

export const CURVATURE_DEFAULTS = { every: 10, topK: 3 } as const;

/** Thrown by curvatureOfRun when `isCancelled()` says so. */
export class CurvatureCancelled extends Error {
  constructor() {
    super('the curvature computation was cancelled');
    this.name = 'CurvatureCancelled';
  }
}

/** Throws unless `every` is a positive integer (the CLI and the worker validate it first). */
function checkEvery(every: number): number {
  if (!(Number.isInteger(every) && every >= 1))
    throw new RangeError(`every must be a positive integer, not ${every}`);
  return every;
}

/** What the curvature of one run needs, whatever the problem's size. */
interface Context {
  problem: Problem;
  spec: OptimizerSpec;
  settings: RunSettings;
  options: CurvatureOptions;
  hvp: HessianVectorProduct;
  preconditioner: PreconditionerEntry | null;
  /** Writes P⁻¹ᐟ² of a step into `out`, from the optimizer's states around it. */
  inverseRootOf(before: OptimizerSnapshot, after: OptimizerSnapshot, out: Float64Array): void;
  /** (H + shift·I)·v. */
  hessianTimes(vector: Float64Array, out: Float64Array, shift: number): void;
  /** L2 weight decay folded into the gradient (0 for AdamW's decoupled decay). */
  decay: number;
}

/** The curvature of `spec`'s run on `problem` (see the module's comment). */
export function curvatureOfRun(
  problem: Problem,
  spec: OptimizerSpec,
  settings: RunSettings,
  options: CurvatureOptions = {},
): RunCurvature {
  const { dim } = problem;
  const hvp = problem.createHessianVectorProduct?.();
  if (!hvp) throw new Error('this problem has no exact second derivatives');
  const { steps } = settings;
  const preconditioner = preconditionerOf(spec.type);
  const hp = resolveHyperparams(spec);
  const module = optimizerModule(spec.type);
  const cycledBeta =
    module.cycles === 'beta1'
      ? scheduleSequence(resolveSchedule(spec.schedule, steps), spec.lr, steps).momentum
      : null;
  const context: Context = {
    problem,
    spec,
    settings,
    options,
    hvp,
    preconditioner,
    decay: module.decoupledWeightDecay ? 0 : hp.weightDecay,
    inverseRootOf(before, after, out) {
      const beta1 = cycledBeta ? cycledBeta[after.t - 1]! : hp.beta1;
      preconditioner!.of({ hp, after, before, beta1 }, out);
      for (let i = 0; i < dim; i++) out[i] = 1 / Math.sqrt(out[i]!);
    },
    hessianTimes(vector, out, shift) {
      hvp.times(vector, out);
      if (shift !== 0) for (let i = 0; i < dim; i++) out[i] = out[i]! + shift * vector[i]!;
    },
  };
  return dim === 2 ? curvatureOf2(context) : curvatureOfModel(context);
}

/** (P⁻¹ᐟ²(H + decay·I)P⁻¹ᐟ²)·v with P⁻¹ᐟ² in `inverseRoot`. */
function preconditionedProduct(context: Context, inverseRoot: Float64Array) {
  const scaled = new Float64Array(inverseRoot.length);
  return (vector: Float64Array, out: Float64Array) => {
    for (let i = 0; i < scaled.length; i++) scaled[i] = inverseRoot[i]! * vector[i]!;
    context.hessianTimes(scaled, out, context.decay);
    for (let i = 0; i < scaled.length; i++) out[i] = inverseRoot[i]! * out[i]!;
  };
}

/** Points between cancellation checks while a 2-parameter run is replayed. */
const CHUNK = 4096;

/**
 * Every point of a 2-parameter run: first the replay (a step at a time only where P is read
 * from the state after each step), then the 2 × 2 matrices along the trajectory.
 */
function curvatureOf2(context: Context): RunCurvature {
  const { problem, spec, settings, options, hvp, preconditioner } = context;
  const { steps } = settings;
  const checkCancelled = () => {
    if (options.isCancelled?.()) throw new CurvatureCancelled();
  };
  const stepper = startRun(problem, spec, settings);
  // P⁻¹ᐟ² of the step leaving each point; the last point, which no step leaves, the last step's.
  const inverseRoots = preconditioner ? new Float64Array(2 * (steps + 1)).fill(NaN) : null;
  if (!inverseRoots) {
    while (!stepper.finished) {
      checkCancelled();
      stepper.advance(CHUNK);
    }
  } else {
    let before = stepper.optimizerState();
    for (let k = 0; !stepper.finished; k++) {
      if (k % CHUNK === 0) checkCancelled();
      stepper.advance(1);
      if (stepper.points <= k) break; // diverged
      const root = inverseRoots.subarray(2 * k, 2 * k + 2);
      if (k < steps) {
        const after = stepper.optimizerState();
        context.inverseRootOf(before, after, root);
        before = after;
      } else if (k > 0) root.set(inverseRoots.subarray(2 * k - 2, 2 * k));
    }
  }

  const trajectory = stepper.partial().trajectory;
  const points = trajectory.length / 2;
  const curvature: RunCurvature = { every: 1, step: [], lambdaMax: [], lambdaMin: [] };
  if (preconditioner) curvature.preconditionedLambdaMax = [];
  const inverseRoot = new Float64Array(2);
  const preconditioned = preconditionedProduct(context, inverseRoot);
  const column = new Float64Array(2);
  const product = new Float64Array(2);
  const h = new Float64Array(4);
  /** The 2 × 2 matrix of `apply` from its products with e₁ and e₂; its eigenvalues. */
  const eigenOf = (apply: (v: Float64Array, out: Float64Array) => void) => {
    for (let j = 0; j < 2; j++) {
      column.fill(0);
      column[j] = 1;
      apply(column, product);
      h[2 * j] = product[0]!;
      h[2 * j + 1] = product[1]!;
    }
    // The two off-diagonal entries are equal up to rounding.
    return eigen2(h[0]!, (h[1]! + h[2]!) / 2, h[3]!);
  };
  const plain = (v: Float64Array, out: Float64Array) => context.hessianTimes(v, out, 0);
  for (let k = 0; k < points; k++) {
    checkCancelled();
    hvp.at(trajectory.subarray(2 * k, 2 * k + 2));
    const { lambdaMax, lambdaMin } = eigenOf(plain);
    curvature.step.push(k);
    curvature.lambdaMax.push(lambdaMax);
    curvature.lambdaMin!.push(lambdaMin);
    if (inverseRoots) {
      inverseRoot.set(inverseRoots.subarray(2 * k, 2 * k + 2));
      const none = Number.isNaN(inverseRoot[0]!);
      curvature.preconditionedLambdaMax!.push(none ? NaN : eigenOf(preconditioned).lambdaMax);
    }
    options.onProgress?.(k + 1, steps + 1);
  }
  return curvature;
}

/**
 * Every `every`-th point of a model's run, the replay and the Lanczos runs interleaved (a
 * sample's P is a vector as long as θ: it is used at once, not kept).
 */
function curvatureOfModel(context: Context): RunCurvature {
  const { problem, spec, settings, options, hvp, preconditioner } = context;
  const { dim } = problem;
  const { steps } = settings;
  const every = checkEvery(options.every ?? CURVATURE_DEFAULTS.every);
  const topK = Math.max(1, Math.floor(options.topK ?? CURVATURE_DEFAULTS.topK));
  const curvature: RunCurvature = { every, step: [], lambdaMax: [], top: [] };
  if (preconditioner) curvature.preconditionedLambdaMax = [];
  const lanczos = createLanczos(dim, options.lanczos);
  const preconditionedLanczos = preconditioner ? createLanczos(dim, options.lanczos) : null;
  const inverseRoot = new Float64Array(dim);
  const preconditioned = preconditionedProduct(context, inverseRoot);
  const plain = (v: Float64Array, out: Float64Array) => context.hessianTimes(v, out, 0);

  const stepper = startRun(problem, spec, settings);
  const total = Math.floor(steps / every) + 1;
  let before: OptimizerSnapshot | null = null;
  for (let k = 0; k <= steps; k += every) {
    if (options.isCancelled?.()) throw new CurvatureCancelled();
    // The state before the step that leaves θₖ (for the last point: before the last step).
    const beforeAt = k === steps ? steps - 1 : k;
    if (preconditioner?.needsBefore && beforeAt >= 0) {
      while (stepper.points < beforeAt && !stepper.finished)
        stepper.advance(beforeAt - stepper.points);
      if (stepper.points === beforeAt) before = stepper.optimizerState();
    }
    while (stepper.points <= k && !stepper.finished) stepper.advance(k + 1 - stepper.points);
    if (stepper.points <= k) break; // diverged before θₖ
    hvp.at(stepper.partial().trajectory.subarray(k * dim, (k + 1) * dim));
    curvature.step.push(k);
    const top = lanczos.run(plain, topK);
    curvature.lambdaMax.push(top[0]!);
    curvature.top!.push(top);
    if (preconditionedLanczos) {
      const after = stepper.optimizerState();
      let value = NaN;
      if (after.t > 0) {
        context.inverseRootOf(before ?? after, after, inverseRoot);
        value = preconditionedLanczos.run(preconditioned, 1)[0]!;
      }
      curvature.preconditionedLambdaMax!.push(value);
    }
    options.onProgress?.(curvature.step.length, total);
  }
  return curvature;
}
