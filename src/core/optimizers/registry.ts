/**
 * Every optimizer type and its module (docs/extending.md, "Adding an optimizer"). The `satisfies`
 * below makes the compiler reject a type of OPTIMIZER_TYPES (src/scenario/types.ts, the
 * scenario's contract) without a module, a module under another type's key, an extra key, and
 * a module missing a part. Everything else that depends on the type (the factory, defaults,
 * titles, the inspector's derivation and formula, what OneCycleLR cycles, the docs link) reads
 * this table, so no switch on the type is left to forget.
 */
import type { OptimizerType } from '../../scenario/types';
import { adadelta } from './adadelta';
import { adagrad } from './adagrad';
import { adam } from './adam';
import { adamax } from './adamax';
import { adamw } from './adamw';
import { amsgrad } from './amsgrad';
import { gd } from './gd';
import { lion } from './lion';
import type { OptimizerModule } from './module';
import { momentum } from './momentum';
import { nadam } from './nadam';
import { nesterov } from './nesterov';
import { radam } from './radam';
import { rmsprop } from './rmsprop';

export const OPTIMIZERS = {
  gd,
  momentum,
  nesterov,
  adagrad,
  rmsprop,
  adadelta,
  adam,
  adamw,
  amsgrad,
  adamax,
  nadam,
  radam,
  lion,
} as const satisfies { readonly [T in OptimizerType]: OptimizerModule<T> };

/** The module of a type, with its rule keys widened (for code that works on any type). */
export const optimizerModule = (type: OptimizerType): OptimizerModule<OptimizerType> =>
  OPTIMIZERS[type];

/** A key of the inspector's formulas: the variants of every type's rule (17 of them). */
export type RuleKey = {
  [T in OptimizerType]: keyof (typeof OPTIMIZERS)[T]['formula']['rules'] & string;
}[OptimizerType];
