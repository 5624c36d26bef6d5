/**
 * The Scenario: the one JSON-serialisable description of what Descent shows
 * (docs/scenario.md). The URL, presets, the CLI, the worker and the tests speak it.
 */

/** The 21 optimizer types of docs/scenario.md. */

export const OPTIMIZER_TYPES = [
  'gd',
  'momentum',
  'nesterov',
  'adagrad',
  'rmsprop',
  'adadelta',
  'adam',
  'adamw',
  'amsgrad',
  'adamax',
  'nadam',
  'radam',
  'lion',
  'rprop',
  'asgd',
  'adafactor',
  'newton',
  'schedule-free-sgd',
  'schedule-free-adamw',
  'muon',
  'lbfgs',
] as const;
export type OptimizerType = (typeof OPTIMIZER_TYPES)[number];

/** L-BFGS's line searches: none (a fixed step lr), or torch's strong-Wolfe search. */
export const LINE_SEARCH_FNS = ['none', 'strong-wolfe'] as const;
export type LineSearchFn = (typeof LINE_SEARCH_FNS)[number];

/** The six schedule types of docs/scenario.md. */
export const SCHEDULE_TYPES = [
  'constant',
  'step',
  'exponential',
  'cosine',
  'warmup-cosine',
  'one-cycle',
] as const;
export type ScheduleType = (typeof SCHEDULE_TYPES)[number];

/** A learning-rate schedule on the optimizer's `lr`; absent fields take the defaults shown. */
export type ScheduleSpec =
  | { type: 'constant' }
  /** lr·gamma^⌊t/stepSize⌋ (PyTorch StepLR). Defaults: stepSize 30, gamma 0.5. */
  | { type: 'step'; stepSize?: number; gamma?: number }
  /** lr·gamma^t (PyTorch ExponentialLR). Default gamma 0.98. */
  | { type: 'exponential'; gamma?: number }
  /** Cosine annealing to etaMin over tMax steps (PyTorch CosineAnnealingLR). tMax defaults to steps. */
  | { type: 'cosine'; tMax?: number; etaMin?: number }
  /**
   * Linear warm-up from startFactor·lr over warmupSteps, then cosine over tMax − warmupSteps
   * (PyTorch SequentialLR of LinearLR and CosineAnnealingLR). Defaults: 20, 0.1, steps, 0.
   */
  | {
      type: 'warmup-cosine';
      warmupSteps?: number;
      startFactor?: number;
      tMax?: number;
      etaMin?: number;
    }
  /**
   * PyTorch OneCycleLR with max_lr = the optimizer's lr; with cycleMomentum it also cycles
   * `momentum` (SGD, RMSprop) or `beta1` (Adam family, Lion).
   */
  | {
      type: 'one-cycle';
      totalSteps?: number;
      pctStart?: number;
      divFactor?: number;
      finalDivFactor?: number;
      cycleMomentum?: boolean;
      baseMomentum?: number;
      maxMomentum?: number;
      threePhase?: boolean;
      annealStrategy?: 'cos' | 'linear';
    };

/**
 * One run: an optimizer type and its hyperparameters. An absent hyperparameter takes PyTorch's
 * default for that type (docs/optimizers.md#defaults); `lr` is always present.
 *
 * @example { type: 'adam', lr: 0.05, beta1: 0.9 }
 */
export interface OptimizerSpec {
  type: OptimizerType;
  /** Learning rate α (the base value when a schedule is set). */
  lr: number;
  momentum?: number;
  dampening?: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  /** RMSprop's smoothing constant (PyTorch's `alpha`). */
  alpha?: number;
  centered?: boolean;
  /** Adadelta's decay. */
  rho?: number;
  lrDecay?: number;
  initialAccumulatorValue?: number;
  /** NAdam's ψ. */
  momentumDecay?: number;
  weightDecay?: number;
  /** `false` gives textbook Adam without bias correction (adam only). */
  biasCorrection?: boolean;
  /** Rprop's step-size factors after a sign change and after none (torch's `etas`). */
  etaMinus?: number;
  etaPlus?: number;
  /** Rprop's bounds on the per-coordinate step size (torch's `step_sizes`). */
  stepSizeMin?: number;
  stepSizeMax?: number;
  /** ASGD's decay term (torch's `lambd`). */
  lambd?: number;
  /** ASGD's step at which averaging starts. */
  t0?: number;
  /** Adafactor's decay rate of β2 (the new g²'s weight is t^beta2Decay). */
  beta2Decay?: number;
  /** Adafactor's floor of the second moment (torch's `eps[0]`; absent: float64's machine ε). */
  eps1?: number;
  /** Adafactor's floor of the relative step scale (torch's `eps[1]`). */
  eps2?: number;
  /** Adafactor's clipping threshold of the update's RMS. */
  d?: number;
  /** Newton's damping δ: the step solves (H + δI)·s = g. */
  damping?: number;
  /** Newton with |H| (the eigenvalues' absolute values, Dauphin et al. 2014) in place of H. */
  saddleFree?: boolean;
  /** Schedule-Free's linear warm-up of lr over its first steps (`warmup_steps`). */
  warmupSteps?: number;
  /** Schedule-Free's polynomial weighting of the average, weight (k+1)^r (`r`). */
  r?: number;
  /** Schedule-Free's power of the largest lr so far in the weights (`weight_lr_power`). */
  weightLrPower?: number;
  /** Muon's Nesterov momentum: orthogonalise (1 − μ)·g + μ·b instead of b. */
  nesterov?: boolean;
  /** Muon's number of Newton–Schulz steps (the reference's `ns_steps`). */
  nsSteps?: number;
  /** The learning rate of Muon's auxiliary Adam (the biases), before any schedule. */
  adamLr?: number;
  /** L-BFGS's number of (s, y) pairs kept (torch's `history_size`). */
  historySize?: number;
  /** L-BFGS's line search: 'none' (torch's None) or 'strong-wolfe' (torch's 'strong_wolfe'). */
  lineSearchFn?: LineSearchFn;
  /** L-BFGS stops (θ unchanged) where max|gᵢ| ≤ toleranceGrad (torch's `tolerance_grad`). */
  toleranceGrad?: number;
  /** L-BFGS stops where g·d > −toleranceChange (torch's `tolerance_change`). */
  toleranceChange?: number;
  schedule?: ScheduleSpec;
  /**
   * This run's own mini-batch size on a problem on data, instead of the problem's `batchSize`:
   * 1 is one sample at a time, n (the number of points) the full batch. Absent: the problem's.
   * A problem without data refuses it (docs/scenario.md).
   *
   * @example { type: 'gd', lr: 0.1, batchSize: 1 }
   */
  batchSize?: number;
  /** Presentation only: a name shown in legends. */
  label?: string;
  /** Presentation only: a CSS colour such as "#0072b2". */
  color?: string;
  /** Presentation only: hidden runs are computed but not drawn. */
  hidden?: boolean;
}

// The datasets' and the MLP's field types live in a leaf (data-types.ts), so that the kinds
// (src/kinds) can import them without importing this module, which derives from the registry.
export * from './data-types';

/**
 * What is minimised: the union of the problem kinds' specs, stated once by the kinds' registry
 * (src/kinds/registry.ts, docs/extending.md). `noise` is σ of seeded Gaussian noise added to
 * every gradient coordinate.
 */
export type { ProblemSpec, ProblemType } from '../kinds/registry';
import type { ProblemSpec } from '../kinds/registry';

/** The whole description of a view's computation (docs/scenario.md). */
export interface Scenario {
  version: 1;
  problem: ProblemSpec;
  /** Start point θ₀ for every run. */
  start: number[];
  /** Number of optimizer steps per run. */
  steps: number;
  /** Seed of the gradient noise and the mini-batch order. */
  seed: number;
  optimizers: OptimizerSpec[];
}
