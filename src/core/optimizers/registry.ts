/**
 * Every optimizer type and its three parts (docs/extending.md, "Adding an optimizer"): its facts
 * (OPTIMIZERS), its numerics (rule and derivation, which the engine runs: loaded on demand by
 * rules.ts, whose table of loaders is checked the same way) and its display (OPTIMIZER_DISPLAYS:
 * the inspector's formula). The `satisfies` below make the compiler reject a type of
 * OPTIMIZER_TYPES (src/scenario/types.ts, the scenario's contract) without a part, a module under
 * another type's key, an extra key, and a part missing a field. Everything else that depends on
 * the type (the factory, defaults, titles, the inspector's derivation and formula, what
 * OneCycleLR cycles, the docs link) reads these tables, so no switch on the type is left to
 * forget.
 */
import type { OptimizerType } from '../../scenario/types';
import { adadelta, adadeltaDisplay } from './adadelta';
import { adafactor, adafactorDisplay } from './adafactor';
import { adagrad, adagradDisplay } from './adagrad';
import { adam, adamDisplay } from './adam';
import { adamax, adamaxDisplay } from './adamax';
import { adamw, adamwDisplay } from './adamw';
import { amsgrad, amsgradDisplay } from './amsgrad';
import { asgd, asgdDisplay } from './asgd';
import { gd, gdDisplay } from './gd';
import { lbfgs, lbfgsDisplay } from './lbfgs';
import { lion, lionDisplay } from './lion';
import type { OptimizerDisplay, OptimizerModule } from './module';
import { momentum, momentumDisplay } from './momentum';
import { muon, muonDisplay } from './muon';
import { nadam, nadamDisplay } from './nadam';
import { nesterov, nesterovDisplay } from './nesterov';
import { newton, newtonDisplay } from './newton';
import { radam, radamDisplay } from './radam';
import { rmsprop, rmspropDisplay } from './rmsprop';
import { rprop, rpropDisplay } from './rprop';
import {
  scheduleFreeAdamw,
  scheduleFreeAdamwDisplay,
  scheduleFreeSgd,
  scheduleFreeSgdDisplay,
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

/** The display of a type, with its rule keys widened. */
export const optimizerDisplay = (type: OptimizerType): OptimizerDisplay => OPTIMIZER_DISPLAYS[type];

/** A key of the inspector's formulas: the variants of every type's rule (28 of them). */
export type RuleKey = {
  [T in OptimizerType]: keyof (typeof OPTIMIZER_DISPLAYS)[T]['formula']['rules'] & string;
}[OptimizerType];
