/**
 * The names and value types of the hyperparameters, and the shape of their table's rows, apart
 * from the table itself (hyperparams.ts), so that an optimizer module can name them (and restate
 * one for its own rule) without importing the table, which reads the registry
 * (docs/extending.md, "Adding an optimizer"; the import graph stays acyclic).
 */
import type { LineSearchFn, OptimizerSpec } from '../../scenario/types';

export type NumericHyperparam =
  | 'lr'
  | 'momentum'
  | 'dampening'
  | 'beta1'
  | 'beta2'
  | 'eps'
  | 'alpha'
  | 'rho'
  | 'lrDecay'
  | 'initialAccumulatorValue'
  | 'momentumDecay'
  | 'weightDecay'
  // Rprop
  | 'etaMinus'
  | 'etaPlus'
  | 'stepSizeMin'
  | 'stepSizeMax'
  // ASGD (with `alpha`, its own reading: ASGD's module restates it)
  | 'lambd'
  | 't0'
  // Adafactor
  | 'beta2Decay'
  | 'eps1'
  | 'eps2'
  | 'd'
  // Newton
  | 'damping'
  // Schedule-Free (facebookresearch/schedule_free's warmup_steps, r, weight_lr_power)
  | 'warmupSteps'
  | 'r'
  | 'weightLrPower'
  // Muon
  | 'nsSteps'
  | 'adamLr'
  // L-BFGS
  | 'historySize'
  | 'toleranceGrad'
  | 'toleranceChange';
export type BooleanHyperparam = 'centered' | 'biasCorrection' | 'saddleFree' | 'nesterov';
/** Hyperparameters that name one of a few choices (L-BFGS's line search). */
export type ChoiceHyperparam = 'lineSearchFn';
export type HyperparamName = NumericHyperparam | BooleanHyperparam | ChoiceHyperparam;

/** The values of each choice hyperparameter (the scenario's string unions). */
export interface ChoiceValues {
  lineSearchFn: LineSearchFn;
}

/** The hyperparameters an optimizer takes and their defaults, in the order the UI lists them. */
export type HyperparamDefaults = Readonly<Partial<Record<NumericHyperparam, number>>> &
  Readonly<Partial<Record<BooleanHyperparam, boolean>>> &
  Readonly<Partial<ChoiceValues>>;

/** Every hyperparameter present, with defaults filled in: what the optimizers compute with. */
export type ResolvedHyperparams = Required<
  Omit<OptimizerSpec, 'schedule' | 'batchSize' | 'label' | 'color' | 'hidden' | 'type'>
>;

/**
 * How a slider maps to a value: `log` for α and ε, `one-minus-log` for β and μ near 1 (the
 * slider moves 1 − β on a log scale, so 0.9, 0.99 and 0.999 are evenly spaced), `linear`.
 */
export type SliderScale = 'log' | 'linear' | 'one-minus-log';

export interface NumericHyperparamSpec {
  readonly kind: 'number';
  readonly symbol: string;
  /** Accessible name, e.g. "learning rate α" (the screen's: src/i18n `hyperparam.<text>`). */
  readonly label: string;
  /**
   * Valid values are min ≤ v ≤ max; `minExclusive` makes it min < v, `maxExclusive` v < max
   * (torch.optim.Rprop's 0 < etaMinus < 1 < etaPlus).
   */
  readonly min: number;
  readonly max: number;
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
  /**
   * Only whole numbers (Muon's Newton–Schulz steps, L-BFGS's history size): validation refuses
   * others, the slider snaps.
   */
  readonly integer?: boolean;
  readonly scale: SliderScale;
  /** The slider's range (a number field beside it accepts the whole valid range). */
  readonly slider: readonly [number, number];
  /** Why the range is what it is, added to validation's message (e.g. what torch requires). */
  readonly requires?: string;
}

export interface BooleanHyperparamSpec {
  readonly kind: 'boolean';
  readonly symbol: string;
  readonly label: string;
}

/**
 * A hyperparameter that names one of a few choices: a select in the run card, text in links,
 * validated against `options` (the first is the default unless the type says otherwise).
 */
export interface ChoiceHyperparamSpec {
  readonly kind: 'choice';
  readonly symbol: string;
  readonly label: string;
  readonly options: readonly string[];
}

/**
 * A type's own reading of a shared name: ASGD's `alpha` is the power of its η decay, where
 * RMSprop's is a smoothing constant in [0, 1]. The fields given replace the table's for that type
 * (validation, the slider, the symbol); `text` names its strings in src/i18n (`hyperparam.<text>`,
 * `hyperparamShort.<text>`) in place of the name's own.
 */
export type HyperparamOverride = Partial<Omit<NumericHyperparamSpec, 'kind'>> & {
  readonly text?: HyperparamText;
};

/** The keys of the hyperparameters' strings: each name's own, and the overrides' (ASGD's alpha). */
export type HyperparamText = HyperparamName | 'alphaAsgd';

/** A module's overrides, by name (numeric hyperparameters only). */
export type HyperparamOverrides = Readonly<Partial<Record<NumericHyperparam, HyperparamOverride>>>;
