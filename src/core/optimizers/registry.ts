/**
 * Every optimizer type and its three parts (docs/extending.md, "Adding an optimizer"): its facts
 * (OPTIMIZERS, here: what every part of the app may read at once), its numerics (rule and
 * derivation, which the engine runs: loaded on demand, rules.ts) and its display (the
 * inspector's formula: displays.ts, loaded with the inspector). Each of the three tables has a
 * `satisfies` that makes the compiler reject a type of OPTIMIZER_TYPES (src/scenario/types.ts,
 * the scenario's contract) without its part; here also a module under another type's key, an
 * extra key, and a module missing a field. Everything else that depends on the type (the
 * factory, defaults, titles, what OneCycleLR cycles, the docs link) reads these tables, so no
 * switch on the type is left to forget.
 */
import type { OptimizerType } from '../../scenario/types';
import { adadelta } from './adadelta';
import { adafactor } from './adafactor';
import { adagrad } from './adagrad';
import { adam } from './adam';
import { adamax } from './adamax';
import { adamw } from './adamw';
import { amsgrad } from './amsgrad';
import { asgd } from './asgd';
import { gd } from './gd';
import { lbfgs } from './lbfgs';
import { lion } from './lion';
import type { OptimizerModule } from './module';
import { momentum } from './momentum';
import { muon } from './muon';
import { nadam } from './nadam';
import { nesterov } from './nesterov';
import { newton } from './newton';
import { radam } from './radam';
import { rmsprop } from './rmsprop';
import { rprop } from './rprop';
import { scheduleFreeAdamw, scheduleFreeSgd } from './schedule-free';

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
  rprop,
  asgd,
  adafactor,
  newton,
  'schedule-free-sgd': scheduleFreeSgd,
  'schedule-free-adamw': scheduleFreeAdamw,
  muon,
  lbfgs,
} as const satisfies { readonly [T in OptimizerType]: OptimizerModule<T> };

/** The facts of a type (for code that works on any type). */
export const optimizerModule = (type: OptimizerType): OptimizerModule<OptimizerType> =>
  OPTIMIZERS[type];
