/**
 * One table of every hyperparameter: its symbol and name, its valid range, its slider; and, read
 * from the optimizer modules (registry.ts), which types take it with their PyTorch defaults
 * (docs/optimizers.md#defaults). Validation, resolution of defaults, the UI's sliders and the URL
 * codec all read these tables, so a hyperparameter is declared in one place.
 */
import type { OptimizerSpec, OptimizerType } from '../../scenario/types';
import type {
  BooleanHyperparam,
  HyperparamDefaults,
  HyperparamName,
  NumericHyperparam,
  ResolvedHyperparams,
} from './hyperparam-types';
import type { OptimizerModule } from './module';
import { OPTIMIZERS, optimizerModule } from './registry';

export type * from './hyperparam-types';

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

/** The value of `pick` for every optimizer type's module, as a table keyed by type. */
function byType<V>(pick: (module: OptimizerModule<OptimizerType>) => V): Record<OptimizerType, V> {
  const table = {} as Record<OptimizerType, V>;
  for (const type of Object.keys(OPTIMIZERS) as OptimizerType[])
    table[type] = pick(optimizerModule(type));
  return table;
}

/**
 * The hyperparameters each optimizer takes and their defaults, as its module declares them:
 * PyTorch's (docs/optimizers.md#defaults) except where docs/scenario.md says otherwise (μ = 0.9
 * for momentum and nesterov; Lion's). The key order is the order in which the UI lists them.
 */
export const OPTIMIZER_DEFAULTS: Readonly<Record<OptimizerType, HyperparamDefaults>> = byType(
  (module) => module.defaults,
);

/** Display names of the optimizer types (English; src/i18n translates them). */
export const OPTIMIZER_TITLES: Readonly<Record<OptimizerType, string>> = byType(
  (module) => module.title,
);

/** The hyperparameter names an optimizer type takes, in display order. */
export function hyperparamsOf(type: OptimizerType): HyperparamName[] {
  return Object.keys(OPTIMIZER_DEFAULTS[type]) as HyperparamName[];
}

/**
 * The spec with every hyperparameter its type takes present (PyTorch's defaults for absent
 * ones), and nothing it does not take: what a run reports it ran with.
 */
export function withDefaults(spec: OptimizerSpec): OptimizerSpec {
  const { type, schedule, batchSize, label, color, hidden } = spec;
  const filled: Record<string, unknown> = { type };
  for (const name of hyperparamsOf(type))
    filled[name] = spec[name] ?? OPTIMIZER_DEFAULTS[type][name];
  return {
    ...(filled as unknown as OptimizerSpec),
    ...(schedule !== undefined ? { schedule } : {}),
    ...(batchSize !== undefined ? { batchSize } : {}),
    ...(label !== undefined ? { label } : {}),
    ...(color !== undefined ? { color } : {}),
    ...(hidden !== undefined ? { hidden } : {}),
  };
}

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
