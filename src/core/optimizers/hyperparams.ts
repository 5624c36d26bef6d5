/**
 * One table of every hyperparameter: its symbol and name, its valid range, its slider, and the
 * optimizers that take it with their PyTorch defaults (docs/optimizers.md#defaults). Validation, resolution
 * of defaults, the UI's sliders and the URL codec all read this table, so a hyperparameter is
 * declared in one place.
 */
import type { OptimizerSpec, OptimizerType } from '../../scenario/types';

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
  | 'weightDecay';
export type BooleanHyperparam = 'centered' | 'biasCorrection';
export type HyperparamName = NumericHyperparam | BooleanHyperparam;

/**
 * How a slider maps to a value: `log` for α and ε, `one-minus-log` for β and μ near 1 (the
 * slider moves 1 − β on a log scale, so 0.9, 0.99 and 0.999 are evenly spaced), `linear`.
 */
export type SliderScale = 'log' | 'linear' | 'one-minus-log';

export interface NumericHyperparamSpec {
  readonly kind: 'number';
  readonly symbol: string;
  /** Accessible name, e.g. "learning rate α". */
  readonly label: string;
  /** Valid values are min ≤ v ≤ max, or < max where `maxExclusive`. */
  readonly min: number;
  readonly max: number;
  readonly maxExclusive?: boolean;
  readonly scale: SliderScale;
  /** The slider's range (a number field beside it accepts the whole valid range). */
  readonly slider: readonly [number, number];
}

export interface BooleanHyperparamSpec {
  readonly kind: 'boolean';
  readonly symbol: string;
  readonly label: string;
}

export const HYPERPARAMS: Readonly<
  Record<NumericHyperparam, NumericHyperparamSpec> &
    Record<BooleanHyperparam, BooleanHyperparamSpec>
> = {
  lr: {
    kind: 'number',
    symbol: 'α',
    label: 'learning rate α',
    min: 0,
    max: 1e4,
    scale: 'log',
    slider: [1e-5, 10],
  },
  momentum: {
    kind: 'number',
    symbol: 'μ',
    label: 'momentum μ',
    min: 0,
    max: 1,
    scale: 'one-minus-log',
    slider: [0, 0.999],
  },
  dampening: {
    kind: 'number',
    symbol: 'τ',
    label: 'dampening τ',
    min: 0,
    max: 1,
    scale: 'linear',
    slider: [0, 1],
  },
  beta1: {
    kind: 'number',
    symbol: 'β1',
    label: 'β1',
    min: 0,
    max: 1,
    maxExclusive: true,
    scale: 'one-minus-log',
    slider: [0, 0.999],
  },
  beta2: {
    kind: 'number',
    symbol: 'β2',
    label: 'β2',
    min: 0,
    max: 1,
    maxExclusive: true,
    scale: 'one-minus-log',
    slider: [0, 0.99999],
  },
  eps: {
    kind: 'number',
    symbol: 'ε',
    label: 'ε',
    min: 0,
    max: 1e4,
    scale: 'log',
    slider: [1e-12, 10],
  },
  alpha: {
    kind: 'number',
    symbol: 'ρ',
    label: 'smoothing constant ρ',
    min: 0,
    max: 1,
    scale: 'one-minus-log',
    slider: [0, 0.9999],
  },
  rho: {
    kind: 'number',
    symbol: 'ρ',
    label: 'decay ρ',
    min: 0,
    max: 1,
    scale: 'one-minus-log',
    slider: [0, 0.9999],
  },
  lrDecay: {
    kind: 'number',
    symbol: 'η',
    label: 'learning-rate decay η',
    min: 0,
    max: 1e3,
    scale: 'linear',
    slider: [0, 1],
  },
  initialAccumulatorValue: {
    kind: 'number',
    symbol: 'G₀',
    label: 'initial accumulator G₀',
    min: 0,
    max: 1e6,
    scale: 'linear',
    slider: [0, 1],
  },
  momentumDecay: {
    kind: 'number',
    symbol: 'ψ',
    label: 'momentum decay ψ',
    min: 0,
    max: 1,
    scale: 'log',
    slider: [1e-4, 0.1],
  },
  weightDecay: {
    kind: 'number',
    symbol: 'λ',
    label: 'weight decay λ',
    min: 0,
    max: 1e4,
    scale: 'linear',
    slider: [0, 1],
  },
  centered: { kind: 'boolean', symbol: 'centered', label: 'centered' },
  biasCorrection: { kind: 'boolean', symbol: 'bias correction', label: 'bias correction' },
};

type Defaults = Readonly<Partial<Record<NumericHyperparam, number>>> &
  Readonly<Partial<Record<BooleanHyperparam, boolean>>>;

const ADAM_BETAS = { beta1: 0.9, beta2: 0.999, eps: 1e-8 } as const;

/**
 * The hyperparameters each optimizer takes and their defaults: PyTorch's (docs/optimizers.md#defaults),
 * except where docs/scenario.md says otherwise (μ = 0.9 for momentum and nesterov, so that those
 * types differ from gd; Lion, absent from torch.optim, takes lr 1e-4 as lucidrains' widely used
 * lion-pytorch does, β = (0.9, 0.99) and no weight decay as docs/scenario.md says). The key order is
 * the order in which the UI lists them.
 */
export const OPTIMIZER_DEFAULTS: Readonly<Record<OptimizerType, Defaults>> = {
  gd: { lr: 1e-3, weightDecay: 0 },
  momentum: { lr: 1e-3, momentum: 0.9, dampening: 0, weightDecay: 0 },
  nesterov: { lr: 1e-3, momentum: 0.9, weightDecay: 0 },
  adagrad: { lr: 1e-2, lrDecay: 0, initialAccumulatorValue: 0, eps: 1e-10, weightDecay: 0 },
  rmsprop: { lr: 1e-2, alpha: 0.99, eps: 1e-8, momentum: 0, centered: false, weightDecay: 0 },
  adadelta: { lr: 1.0, rho: 0.9, eps: 1e-6, weightDecay: 0 },
  adam: { lr: 1e-3, ...ADAM_BETAS, weightDecay: 0, biasCorrection: true },
  adamw: { lr: 1e-3, ...ADAM_BETAS, weightDecay: 1e-2 },
  amsgrad: { lr: 1e-3, ...ADAM_BETAS, weightDecay: 0 },
  adamax: { lr: 2e-3, ...ADAM_BETAS, weightDecay: 0 },
  nadam: { lr: 2e-3, ...ADAM_BETAS, momentumDecay: 4e-3, weightDecay: 0 },
  radam: { lr: 1e-3, ...ADAM_BETAS, weightDecay: 0 },
  lion: { lr: 1e-4, beta1: 0.9, beta2: 0.99, weightDecay: 0 },
};

/** Display names of the optimizer types. */
export const OPTIMIZER_TITLES: Readonly<Record<OptimizerType, string>> = {
  gd: 'Gradient descent',
  momentum: 'Momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSprop',
  adadelta: 'Adadelta',
  adam: 'Adam',
  adamw: 'AdamW',
  amsgrad: 'AMSGrad',
  adamax: 'Adamax',
  nadam: 'NAdam',
  radam: 'RAdam',
  lion: 'Lion',
};

/** The hyperparameter names an optimizer type takes, in display order. */
export function hyperparamsOf(type: OptimizerType): HyperparamName[] {
  return Object.keys(OPTIMIZER_DEFAULTS[type]) as HyperparamName[];
}

/**
 * The spec with every hyperparameter its type takes present (PyTorch's defaults for absent
 * ones), and nothing it does not take: what a run reports it ran with.
 */
export function withDefaults(spec: OptimizerSpec): OptimizerSpec {
  const { type, schedule, label, color, hidden } = spec;
  const filled: Record<string, unknown> = { type };
  for (const name of hyperparamsOf(type))
    filled[name] = spec[name] ?? OPTIMIZER_DEFAULTS[type][name];
  return {
    ...(filled as unknown as OptimizerSpec),
    ...(schedule !== undefined ? { schedule } : {}),
    ...(label !== undefined ? { label } : {}),
    ...(color !== undefined ? { color } : {}),
    ...(hidden !== undefined ? { hidden } : {}),
  };
}

/** Every hyperparameter present, with defaults filled in: what the optimizers compute with. */
export type ResolvedHyperparams = Required<
  Omit<OptimizerSpec, 'schedule' | 'label' | 'color' | 'hidden' | 'type'>
>;

/**
 * The spec's hyperparameters with the type's defaults for absent ones. Hyperparameters that the
 * type does not take get neutral values (0, false, or true for biasCorrection), so the optimizer
 * code can read every field.
 */
export function resolveHyperparams(spec: OptimizerSpec): ResolvedHyperparams {
  const neutral: ResolvedHyperparams = {
    lr: 0,
    momentum: 0,
    dampening: 0,
    beta1: 0,
    beta2: 0,
    eps: 0,
    alpha: 0,
    centered: false,
    rho: 0,
    lrDecay: 0,
    initialAccumulatorValue: 0,
    momentumDecay: 0,
    weightDecay: 0,
    biasCorrection: true,
  };
  const resolved: Record<string, number | boolean> = {
    ...neutral,
    ...OPTIMIZER_DEFAULTS[spec.type],
  };
  for (const name of hyperparamsOf(spec.type)) {
    const value = spec[name];
    if (value !== undefined) resolved[name] = value;
  }
  return resolved as ResolvedHyperparams;
}
