/**
 * One table of every hyperparameter: its symbol and name, its valid range, its slider; and, read
 * from the optimizer modules (registry.ts), which types take it with their PyTorch defaults
 * (docs/optimizers.md#defaults). Validation, resolution of defaults, the UI's sliders and the URL
 * codec all read these tables, so a hyperparameter is declared in one place.
 */
import type { OptimizerSpec, OptimizerType } from '../../scenario/types';
import type {
  BooleanHyperparam,
  BooleanHyperparamSpec,
  HyperparamDefaults,
  HyperparamName,
  HyperparamText,
  NumericHyperparam,
  NumericHyperparamSpec,
  ResolvedHyperparams,
} from './hyperparam-types';
import type { OptimizerModule } from './module';
import { OPTIMIZERS, optimizerModule } from './registry';

export type * from './hyperparam-types';

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
  // Rprop (torch.optim.Rprop: etas = (etaMinus, etaPlus), step_sizes = (min, max)).
  etaMinus: {
    kind: 'number',
    symbol: 'η₋',
    label: 'decrease factor η₋',
    min: 0,
    max: 1,
    minExclusive: true,
    maxExclusive: true,
    scale: 'linear',
    slider: [0.05, 0.95],
    requires: 'torch.optim.Rprop requires 0 < etaMinus < 1 < etaPlus',
  },
  etaPlus: {
    kind: 'number',
    symbol: 'η₊',
    label: 'increase factor η₊',
    min: 1,
    max: 1e3,
    minExclusive: true,
    scale: 'linear',
    slider: [1.01, 3],
    requires: 'torch.optim.Rprop requires 0 < etaMinus < 1 < etaPlus',
  },
  stepSizeMin: {
    kind: 'number',
    symbol: 'Δmin',
    label: 'smallest step Δmin',
    min: 0,
    max: 1e4,
    scale: 'log',
    slider: [1e-9, 1],
  },
  stepSizeMax: {
    kind: 'number',
    symbol: 'Δmax',
    label: 'largest step Δmax',
    min: 0,
    max: 1e4,
    scale: 'log',
    slider: [1e-3, 100],
  },
  // ASGD (torch.optim.ASGD's `lambd`, `t0`; its `alpha` is ASGD's module's own reading).
  lambd: {
    kind: 'number',
    symbol: 'κ',
    label: 'decay term κ',
    min: 0,
    max: 1e4,
    scale: 'log',
    slider: [1e-6, 1],
  },
  t0: {
    kind: 'number',
    symbol: 't₀',
    label: 'averaging start t₀',
    min: 0,
    max: 1e9,
    scale: 'log',
    slider: [1, 1e6],
  },
  // Adafactor (PyTorch 2.5+'s torch.optim.Adafactor: beta2_decay, eps = (eps1, eps2), d).
  beta2Decay: {
    kind: 'number',
    symbol: 'τ',
    label: 'β2 decay τ',
    min: -1e3,
    max: 0,
    scale: 'linear',
    slider: [-1, 0],
    requires: 'torch.optim.Adafactor requires beta2_decay ≤ 0',
  },
  eps1: {
    kind: 'number',
    symbol: 'ε1',
    label: 'ε1 (floor of the second moment)',
    min: 0,
    max: 1e4,
    scale: 'log',
    slider: [1e-30, 1e-3],
  },
  eps2: {
    kind: 'number',
    symbol: 'ε2',
    label: 'ε2 (floor of the step scale)',
    min: 0,
    max: 1e4,
    scale: 'log',
    slider: [1e-6, 1],
  },
  d: {
    kind: 'number',
    symbol: 'd',
    label: 'clipping threshold d',
    min: 1,
    max: 1e4,
    scale: 'log',
    slider: [1, 100],
    requires: 'torch.optim.Adafactor requires d ≥ 1',
  },
  // Newton (docs/optimizers.md#newton).
  damping: {
    kind: 'number',
    symbol: 'δ',
    label: 'damping δ',
    min: 0,
    max: 1e6,
    scale: 'linear',
    slider: [0, 10],
  },
  // Schedule-Free (facebookresearch/schedule_free's reference classes, docs/optimizers.md).
  warmupSteps: {
    kind: 'number',
    symbol: 'T_w',
    label: 'warm-up steps T_w',
    min: 0,
    max: 1e9,
    scale: 'linear',
    slider: [0, 100],
  },
  r: {
    kind: 'number',
    symbol: 'r',
    label: 'averaging power r',
    min: 0,
    max: 100,
    scale: 'linear',
    slider: [0, 4],
  },
  weightLrPower: {
    kind: 'number',
    symbol: 'p',
    label: 'lr power of the weights p',
    min: 0,
    max: 100,
    scale: 'linear',
    slider: [0, 4],
  },
  // Muon (the reference's ns_steps, and its auxiliary Adam's lr; docs/optimizers.md#muon).
  nsSteps: {
    kind: 'number',
    symbol: 'k',
    label: 'Newton–Schulz steps k',
    min: 0,
    max: 20,
    integer: true,
    scale: 'linear',
    slider: [0, 10],
  },
  adamLr: {
    kind: 'number',
    symbol: 'αₐ',
    label: 'Adam’s learning rate αₐ (biases)',
    min: 0,
    max: 1e4,
    scale: 'log',
    slider: [1e-5, 1],
  },
  centered: { kind: 'boolean', symbol: 'centered', label: 'centered' },
  biasCorrection: { kind: 'boolean', symbol: 'bias correction', label: 'bias correction' },
  saddleFree: { kind: 'boolean', symbol: 'saddle-free', label: 'saddle-free' },
  nesterov: { kind: 'boolean', symbol: 'Nesterov', label: 'Nesterov' },
};

/**
 * A hyperparameter's row as type `type` reads it: the table's, with the fields the type's module
 * restates (ASGD's `alpha`, a power, where RMSprop's is a smoothing constant).
 */
export function hyperparamSpec(type: OptimizerType, name: NumericHyperparam): NumericHyperparamSpec;
export function hyperparamSpec(type: OptimizerType, name: BooleanHyperparam): BooleanHyperparamSpec;
export function hyperparamSpec(
  type: OptimizerType,
  name: HyperparamName,
): NumericHyperparamSpec | BooleanHyperparamSpec;
export function hyperparamSpec(
  type: OptimizerType,
  name: HyperparamName,
): NumericHyperparamSpec | BooleanHyperparamSpec {
  const row = HYPERPARAMS[name];
  const override =
    row.kind === 'number' ? OPTIMIZERS[type].hyperparams?.[name as NumericHyperparam] : undefined;
  if (!override) return row;
  const { text: _text, ...fields } = override;
  return { ...(row as NumericHyperparamSpec), ...fields };
}

/** The key of a hyperparameter's strings for type `type` (src/i18n `hyperparam.<key>`). */
export function hyperparamText(type: OptimizerType, name: HyperparamName): HyperparamText {
  return (
    (HYPERPARAMS[name].kind === 'number'
      ? OPTIMIZERS[type].hyperparams?.[name as NumericHyperparam]?.text
      : undefined) ?? name
  );
}

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
    etaMinus: 0,
    etaPlus: 0,
    stepSizeMin: 0,
    stepSizeMax: 0,
    lambd: 0,
    t0: 0,
    beta2Decay: 0,
    eps1: 0,
    eps2: 0,
    d: 0,
    damping: 0,
    saddleFree: false,
    warmupSteps: 0,
    r: 0,
    weightLrPower: 0,
    nesterov: false,
    nsSteps: 0,
    adamLr: 0,
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
