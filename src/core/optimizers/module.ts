/**
 * What an optimizer type is, in one file (docs/extending.md, "Adding an optimizer"): its facts
 * (hyperparameters with PyTorch's defaults, what OneCycleLR cycles, its section of
 * docs/optimizers.md), its numerics (update rule, the inspector's derivation) and its display
 * (typeset formula). registry.ts lists each part per OptimizerType, and the compiler rejects a
 * type without one or a part missing a field. Pure: no DOM, no i18n (the Chinese names are in src/i18n/zh.ts, typed by en's keys).
 */
import type { OptimizerSpec, OptimizerType } from '../../scenario/types';
import type { ParamGroup } from '../problems/types';
import type {
  HyperparamDefaults,
  HyperparamName,
  HyperparamOverrides,
  ResolvedHyperparams,
} from './hyperparam-types';
import type { CycledHyperparam, RuleContext, UpdateRule } from './types';

/** An optimizer's state as plain arrays (named as PyTorch's `state[p]`, e.g. exp_avg). */
export interface StateSnapshot {
  /** Steps taken so far (PyTorch's `state['step']`). */
  t: number;
  buffers: Record<string, number[]>;
}

/** Quantities the update rule computes on the way (keys as the inspector's rows.ts lists them). */
export interface Derived {
  /** Per-coordinate values, e.g. mHat, vHat, denom. */
  vectors: Record<string, number[]>;
  /** Per-step values, e.g. t, bc1, bc2, rhoT. */
  scalars: Record<string, number>;
}

/** What the inspector hands a derivation: one step, θₖ → θₖ₊₁, of one run. */
export interface DeriveInput {
  /** The hyperparameters of the step, with μ or β1 as OneCycleLR set it. */
  hp: ResolvedHyperparams;
  /** θₖ. */
  theta: number[];
  before: StateSnapshot;
  after: StateSnapshot;
  /** The lr of this step. */
  lr: number;
  /** The gradient after L2 weight decay (g + λθ), as the rule used it. */
  gradUsed: number[];
  /** The problem's layout of θ where it has one (a model's weight matrices and biases). */
  layout?: readonly ParamGroup[];
}

/** Lines of a KaTeX `aligned` block, each aligned at its `&` (docs/optimizers.md#the-update-rules). */
export interface FormulaRule {
  lines: readonly string[];
}

/** The update rule as the step inspector typesets it. */
export interface OptimizerFormula<K extends string> {
  /** Every variant of the rule this type can show, by key. */
  readonly rules: Readonly<Record<K, FormulaRule>>;
  /** The variant a spec shows; `cycledMomentum` is μ or β1 as OneCycleLR set it. */
  ruleKey(spec: OptimizerSpec, cycledMomentum?: number): NoInfer<K>;
  /** The lines to show where they depend on more than the key (SGD's undamped momentum). */
  lines?(spec: OptimizerSpec, key: NoInfer<K>): readonly string[];
}

/** How the step inspector names a rule's rows where they differ from the Adam family's. */
export interface InspectorNaming {
  /** The state buffer (PyTorch's name) behind a row, e.g. RMSprop's v is `square_avg`. */
  readonly buffers?: Readonly<Record<string, string>>;
  /** A row's definition (src/i18n/en-inspect.ts `inspect.symbol.*`), e.g. RMSprop's v: `vRho`. */
  readonly symbols?: Readonly<Record<string, string>>;
  /** The denominator row's symbol [KaTeX, plain text] where it is not √v̂ + ε. */
  readonly denom?: readonly [tex: string, plain: string];
}

/**
 * What every part of the app may know of a type: its name, hyperparameters and defaults, what
 * OneCycleLR cycles, how weight decay and m are treated, its docs, what it refuses. No code of
 * the rule, so that the main thread's bundle does not carry the update rules (the worker runs
 * them) and the worker's does not carry the formulas (the inspector shows them): a type's three
 * parts are three exports of its one file, and the bundler drops the parts a thread never uses.
 */
export interface OptimizerModule<T extends OptimizerType> {
  readonly type: T;
  /** The English display name (the Chinese one: src/i18n/zh.ts `optimizer`). */
  readonly title: string;
  /** The hyperparameters the type takes, with PyTorch's defaults, in the order the UI lists them. */
  readonly defaults: HyperparamDefaults;
  /**
   * Where the type reads a shared name otherwise than the table (hyperparams.ts) does: its own
   * symbol, range, slider or strings (ASGD's `alpha` is a power, RMSprop's a smoothing constant).
   */
  readonly hyperparams?: HyperparamOverrides;
  /** What OneCycleLR's momentum cycling writes (μ or β1), or null where the rule has neither. */
  readonly cycles: CycledHyperparam | null;
  /** True where weight decay shrinks θ (AdamW, Lion) rather than adding λθ to g (L2). */
  readonly decoupledWeightDecay: boolean;
  /**
   * True where the first moment m (`exp_avg`) is bias-corrected into m̂ = m/(1 − β1ᵗ), which
   * the landscape's arrows draw as the direction (the Adam family; not Lion, nor rules without m).
   */
  readonly biasCorrectedMoment: boolean;
  /** The anchor of its section in docs/optimizers.md and docs/optimizers.zh.md. */
  readonly docAnchor: string;
  /**
   * True where each step builds the problem's whole Hessian (Newton: one Hessian-vector product
   * per parameter and an eigendecomposition), which the work budget counts (src/core/budget.ts).
   */
  readonly secondOrder?: boolean;
  /**
   * Where the rule keeps an averaged point beside θ, which a run records and the landscape draws
   * as a second path (RunResult.averaged): `'answer'` where that average is the run's answer,
   * the point the library hands the user for evaluation, so the run's loss is measured there
   * (Schedule-Free's x, swapped in by `optimizer.eval()`); `'shown'` where it is drawn only and
   * the answer stays θ (ASGD: torch leaves θ in the parameter, the average in `state['ax']`).
   * Absent: no average.
   */
  readonly averaged?: 'answer' | 'shown';
  /**
   * The most evaluations of f and ∇f one step may make where it is more than one (L-BFGS with
   * its line search: 1 + 25), which the work budget counts (src/core/budget.ts); absent: 1.
   */
  maxEvaluationsPerStep?(spec: OptimizerSpec): number;

  /**
   * The most parameters the type takes (Newton: its dense Hessian), which validation enforces
   * (`check`) and the menus show, the type disabled with why; absent: no limit.
   */
  readonly maxParams?: number;
  /**
   * True where the type works on a model's weight matrices only (Muon): validation refuses it on
   * a problem of 2 parameters (`check`), and the menus show it disabled with why.
   */
  readonly modelsOnly?: boolean;
  /**
   * The work of the type's update per step beyond a first-order update's, in the budget's units
   * (src/core/budget.ts), with `params` parameters: Muon's Newton–Schulz products.
   */
  stepUnits?(hp: { nsSteps?: number }, params: number): number;
  /**
   * What the type refuses beyond each hyperparameter's own range (as its torch.optim class
   * raises), checked by validation after the ranges: the field and the message, or null.
   * `problem` is what validation knows of the problem: its number of parameters (Newton builds
   * a dense Hessian, so it refuses a large model); absent when the problem is invalid.
   */
  check?(
    spec: OptimizerSpec,
    problem?: { params: number },
  ): { field: HyperparamName | 'type'; message: string } | null;
}

/** The numbers of a type: its update rule and the inspector's derivation (the engine runs both). */
export interface OptimizerNumerics {
  /**
   * The update rule for `dim` parameters with zero state (stepper.ts adds the bookkeeping);
   * `context` is what the rule may ask of the problem (Newton's Hessian, a model's layout).
   */
  rule(hp: ResolvedHyperparams, dim: number, context: RuleContext): UpdateRule;
  /**
   * The quantities of the rule (m̂, v̂, denominators, …), recomputed from the state after the
   * step in the rule's own order of operations, for display: they explain Δθ, not produce it.
   */
  derive(input: DeriveInput): Derived;
}

/** How the step inspector shows a type: its typeset rule and the names of its rows. */
export interface OptimizerDisplay<K extends string = string> {
  readonly formula: OptimizerFormula<K>;
  /** Where its rows' names or buffers differ from the Adam family's (src/ui/inspector/rows.ts). */
  readonly inspector?: InspectorNaming;
}

/** A type's facts, checked against OptimizerModule (the registry checks its key). */
export function defineOptimizer<const T extends OptimizerType>(
  module: OptimizerModule<T>,
): OptimizerModule<T> {
  return module;
}

/** A type's update rule and derivation. */
export function defineNumerics(numerics: OptimizerNumerics): OptimizerNumerics {
  return numerics;
}

/** A type's display, with its rule keys inferred from `formula.rules` (`ruleKey` checked against them). */
export function defineDisplay<const K extends string>(
  display: OptimizerDisplay<K>,
): OptimizerDisplay<K> {
  return display;
}
