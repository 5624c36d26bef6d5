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
  ChoiceHyperparam,
  ChoiceHyperparamSpec,
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

import { HYPERPARAMS } from './hyperparam-table';

export { HYPERPARAMS };

/**
 * A hyperparameter's row as type `type` reads it: the table's, with the fields the type's module
 * restates (ASGD's `alpha`, a power, where RMSprop's is a smoothing constant).
 */
export function hyperparamSpec(type: OptimizerType, name: NumericHyperparam): NumericHyperparamSpec;
export function hyperparamSpec(type: OptimizerType, name: BooleanHyperparam): BooleanHyperparamSpec;
export function hyperparamSpec(type: OptimizerType, name: ChoiceHyperparam): ChoiceHyperparamSpec;
export function hyperparamSpec(
  type: OptimizerType,
  name: HyperparamName,
): NumericHyperparamSpec | BooleanHyperparamSpec | ChoiceHyperparamSpec;
export function hyperparamSpec(
  type: OptimizerType,
  name: HyperparamName,
): NumericHyperparamSpec | BooleanHyperparamSpec | ChoiceHyperparamSpec {
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
    historySize: 0,
    toleranceGrad: 0,
    toleranceChange: 0,
    lineSearchFn: 'none',
  };
  const resolved: Record<string, number | boolean | string> = {
    ...neutral,
    ...OPTIMIZER_DEFAULTS[spec.type],
  };
  for (const name of hyperparamsOf(spec.type)) {
    const value = spec[name];
    if (value !== undefined) resolved[name] = value;
  }
  return resolved as ResolvedHyperparams;
}
