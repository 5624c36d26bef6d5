/**
 * Every optimizer type and its three parts (docs/extending.md, "Adding an optimizer"): its facts
 * (OPTIMIZERS), its numerics (OPTIMIZER_NUMERICS: rule and derivation, which the engine runs)
 * and its display (OPTIMIZER_DISPLAYS: the inspector's formula). The `satisfies` below make the
 * compiler reject a type of OPTIMIZER_TYPES (src/scenario/types.ts, the scenario's contract)
 * without a part, a module under another type's key, an extra key, and a part missing a field.
 * Everything else that depends on the type (the factory, defaults, titles, the inspector's
 * derivation and formula, what OneCycleLR cycles, the docs link) reads these tables, so no
 * switch on the type is left to forget.
 */
import type { OptimizerType } from '../../scenario/types';
import { adadelta, adadeltaDisplay, adadeltaNumerics } from './adadelta';
import { adafactor, adafactorDisplay, adafactorNumerics } from './adafactor';
import { adagrad, adagradDisplay, adagradNumerics } from './adagrad';
import { adam, adamDisplay, adamNumerics } from './adam';
import { adamax, adamaxDisplay, adamaxNumerics } from './adamax';
import { adamw, adamwDisplay, adamwNumerics } from './adamw';
import { amsgrad, amsgradDisplay, amsgradNumerics } from './amsgrad';
import { asgd, asgdDisplay, asgdNumerics } from './asgd';
import { gd, gdDisplay, gdNumerics } from './gd';
import { lbfgs, lbfgsDisplay, lbfgsNumerics } from './lbfgs';
import { lion, lionDisplay, lionNumerics } from './lion';
import type { OptimizerDisplay, OptimizerModule, OptimizerNumerics } from './module';
import { momentum, momentumDisplay, momentumNumerics } from './momentum';
import { muon, muonDisplay, muonNumerics } from './muon';
import { nadam, nadamDisplay, nadamNumerics } from './nadam';
import { nesterov, nesterovDisplay, nesterovNumerics } from './nesterov';
import { newton, newtonDisplay, newtonNumerics } from './newton';
import { radam, radamDisplay, radamNumerics } from './radam';
import { rmsprop, rmspropDisplay, rmspropNumerics } from './rmsprop';
import { rprop, rpropDisplay, rpropNumerics } from './rprop';
import {
  scheduleFreeAdamw,
  scheduleFreeAdamwDisplay,
  scheduleFreeAdamwNumerics,
  scheduleFreeSgd,
  scheduleFreeSgdDisplay,
  scheduleFreeSgdNumerics,
} from './schedule-free';

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

/** The update rule and derivation of every type: the engine's part. */
export const OPTIMIZER_NUMERICS = {
  gd: gdNumerics,
  momentum: momentumNumerics,
  nesterov: nesterovNumerics,
  adagrad: adagradNumerics,
  rmsprop: rmspropNumerics,
  adadelta: adadeltaNumerics,
  adam: adamNumerics,
  adamw: adamwNumerics,
  amsgrad: amsgradNumerics,
  adamax: adamaxNumerics,
  nadam: nadamNumerics,
  radam: radamNumerics,
  lion: lionNumerics,
  rprop: rpropNumerics,
  asgd: asgdNumerics,
  adafactor: adafactorNumerics,
  newton: newtonNumerics,
  'schedule-free-sgd': scheduleFreeSgdNumerics,
  'schedule-free-adamw': scheduleFreeAdamwNumerics,
  muon: muonNumerics,
  lbfgs: lbfgsNumerics,
} as const satisfies { readonly [T in OptimizerType]: OptimizerNumerics };

/** The typeset rule of every type: the step inspector's part. */
export const OPTIMIZER_DISPLAYS = {
  gd: gdDisplay,
  momentum: momentumDisplay,
  nesterov: nesterovDisplay,
  adagrad: adagradDisplay,
  rmsprop: rmspropDisplay,
  adadelta: adadeltaDisplay,
  adam: adamDisplay,
  adamw: adamwDisplay,
  amsgrad: amsgradDisplay,
  adamax: adamaxDisplay,
  nadam: nadamDisplay,
  radam: radamDisplay,
  lion: lionDisplay,
  rprop: rpropDisplay,
  asgd: asgdDisplay,
  adafactor: adafactorDisplay,
  newton: newtonDisplay,
  'schedule-free-sgd': scheduleFreeSgdDisplay,
  'schedule-free-adamw': scheduleFreeAdamwDisplay,
  muon: muonDisplay,
  lbfgs: lbfgsDisplay,
} as const satisfies { readonly [T in OptimizerType]: OptimizerDisplay };

/** The facts of a type (for code that works on any type). */
export const optimizerModule = (type: OptimizerType): OptimizerModule<OptimizerType> =>
  OPTIMIZERS[type];

/** The update rule and derivation of a type. */
export const optimizerNumerics = (type: OptimizerType): OptimizerNumerics =>
  OPTIMIZER_NUMERICS[type];

/** The display of a type, with its rule keys widened. */
export const optimizerDisplay = (type: OptimizerType): OptimizerDisplay => OPTIMIZER_DISPLAYS[type];

/** A key of the inspector's formulas: the variants of every type's rule (28 of them). */
export type RuleKey = {
  [T in OptimizerType]: keyof (typeof OPTIMIZER_DISPLAYS)[T]['formula']['rules'] & string;
}[OptimizerType];
