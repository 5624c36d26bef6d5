/**
 * Every type's numerics at once, for Node (the CLI, unit tests, benchmarks), where all modules
 * are at hand and nothing is gained by loading them on demand: importing this module registers
 * them in the thread's store (rules.ts), so `createOptimizer` works for any type without
 * `ensureRules`. The browser's threads never import it (test/build/rule-chunks.test.ts). The
 * `satisfies` makes the compiler reject a type without its numerics here too.
 */
import type { OptimizerType } from '../../scenario/types';
import { adadeltaNumerics } from './adadelta-numerics';
import { adafactorNumerics } from './adafactor-numerics';
import { adagradNumerics } from './adagrad-numerics';
import { adamNumerics } from './adam';
import { adamaxNumerics } from './adamax-numerics';
import { adamwNumerics } from './adamw';
import { amsgradNumerics } from './amsgrad';
import { asgdNumerics } from './asgd-numerics';
import { gdNumerics } from './gd';
import { lbfgsNumerics } from './lbfgs-numerics';
import { lionNumerics } from './lion-numerics';
import type { OptimizerNumerics } from './module';
import { momentumNumerics } from './momentum';
import { muonNumerics } from './muon-numerics';
import { nadamNumerics } from './nadam-numerics';
import { nesterovNumerics } from './nesterov';
import { newtonNumerics } from './newton-numerics';
import { radamNumerics } from './radam-numerics';
import { rmspropNumerics } from './rmsprop-numerics';
import { rpropNumerics } from './rprop-numerics';
import { registerRules } from './rules';
import { scheduleFreeAdamwNumerics, scheduleFreeSgdNumerics } from './schedule-free-numerics';

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

registerRules(OPTIMIZER_NUMERICS);
