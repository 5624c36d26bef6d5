/**
 * The Scenario: the one JSON-serialisable description of what Descent shows
 * (docs/scenario.md). The URL, presets, the CLI, the worker and the tests speak it.
 */

/** The 13 optimizer types of docs/scenario.md. */
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
] as const;
export type OptimizerType = (typeof OPTIMIZER_TYPES)[number];

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
  schedule?: ScheduleSpec;
  /** Presentation only: a name shown in legends. */
  label?: string;
  /** Presentation only: a CSS colour such as "#0072b2". */
  color?: string;
  /** Presentation only: hidden runs are computed but not drawn. */
  hidden?: boolean;
}

/** The recipe of the worked example's dataset: n points x ~ U[0, 2], y = slope·x + intercept + noise·N(0, 1). */
export interface LinearDataSpec {
  /** Number of points (default 100). */
  n?: number;
  /** Standard deviation of the Gaussian noise on y (default 0.5). */
  noise?: number;
  /** Seed of the dataset, apart from the scenario's seed (default 1). */
  seed?: number;
  /** True slope (default 2). */
  slope?: number;
  /** True intercept (default 1). */
  intercept?: number;
  /** The user's own points as [x, y] (from a CSV); they replace the generator. */
  points?: [number, number][];
}

/** The generators of 2D classification datasets. */
export const CLASSIFICATION_GENERATORS = ['blobs', 'moons', 'circles', 'spiral', 'xor'] as const;
export type ClassificationGenerator = (typeof CLASSIFICATION_GENERATORS)[number];

/**
 * A 2D two-class dataset: a seeded generator recipe, or the user's own `points` (from a CSV),
 * which replace the generator. Absent fields take the defaults of
 * src/core/problems/datasets.ts.
 */
export interface ClassificationDataSpec {
  /** Default: `blobs` for logistic regression, `moons` for the MLP. */
  generator?: ClassificationGenerator;
  /** Number of points (default 200). */
  n?: number;
  /** The generator's noise (its own scale; default per generator). */
  noise?: number;
  /** Seed of the dataset, apart from the scenario's seed (default 1). */
  seed?: number;
  /** The user's own points as [x1, x2, label] with label 0 or 1. */
  points?: [number, number, number][];
}

/** Activation functions of the MLP's hidden layers. */
export const ACTIVATIONS = ['tanh', 'relu'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/** What is minimised. `noise` is σ of seeded Gaussian noise added to every gradient coordinate. */
export type ProblemSpec =
  | { type: 'function'; name: string; noise?: number }
  | { type: 'expression'; expr: string; noise?: number }
  | {
      type: 'linear-regression';
      data?: LinearDataSpec;
      /** Mini-batch size; absent means full batch. */
      batchSize?: number;
      noise?: number;
    }
  | {
      /** p(label = 1) = σ(w₁x₁ + w₂x₂ + b), mean binary cross-entropy over θ = (w₁, w₂, b). */
      type: 'logistic-regression';
      data?: ClassificationDataSpec;
      batchSize?: number;
      noise?: number;
    }
  | {
      /** A small fully connected network with one logit output, mean binary cross-entropy. */
      type: 'mlp';
      data?: ClassificationDataSpec;
      /** Hidden layer widths: 1 to 3 layers of 1 to 32 units (default [16, 16]). */
      hidden?: number[];
      /** Default tanh. */
      activation?: Activation;
      /** Seed of the initial weights (PyTorch nn.Linear's uniform init); default 1. */
      initSeed?: number;
      batchSize?: number;
      noise?: number;
    };

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
