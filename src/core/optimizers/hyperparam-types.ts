/**
 * The names and value types of the hyperparameters, apart from their table (hyperparams.ts), so
 * that an optimizer module can name them without importing the table, which reads the registry
 * (docs/extending.md, "Adding an optimizer"; the import graph stays acyclic).
 */
import type { OptimizerSpec } from '../../scenario/types';

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

/** The hyperparameters an optimizer takes and their defaults, in the order the UI lists them. */
export type HyperparamDefaults = Readonly<Partial<Record<NumericHyperparam, number>>> &
  Readonly<Partial<Record<BooleanHyperparam, boolean>>>;

/** Every hyperparameter present, with defaults filled in: what the optimizers compute with. */
export type ResolvedHyperparams = Required<
  Omit<OptimizerSpec, 'schedule' | 'batchSize' | 'label' | 'color' | 'hidden' | 'type'>
>;
