/**
 * How the step inspector shows every type (docs/extending.md, "Adding an optimizer"): each type's
 * display (`<type>-display.ts`: its typeset rule, the names of its rows), read by the inspector's
 * modules (src/ui/inspector/formulas.ts, rows.ts, symbols.ts), which load with the inspector, so
 * the formulas are not in the initial scripts (issue 17). The `satisfies` makes the compiler
 * reject a type of OPTIMIZER_TYPES without its display, as registry.ts does for the facts.
 */
import type { OptimizerType } from '../../scenario/types';
import { adadeltaDisplay } from './adadelta-display';
import { adafactorDisplay } from './adafactor-display';
import { adagradDisplay } from './adagrad-display';
import { adamDisplay } from './adam-display';
import { adamaxDisplay } from './adamax-display';
import { adamwDisplay } from './adamw-display';
import { amsgradDisplay } from './amsgrad-display';
import { asgdDisplay } from './asgd-display';
import { gdDisplay } from './gd-display';
import { lbfgsDisplay } from './lbfgs-display';
import { lionDisplay } from './lion-display';
import { momentumDisplay } from './momentum-display';
import { muonDisplay } from './muon-display';
import { nadamDisplay } from './nadam-display';
import { nesterovDisplay } from './nesterov-display';
import { newtonDisplay } from './newton-display';
import { radamDisplay } from './radam-display';
import { rmspropDisplay } from './rmsprop-display';
import { rpropDisplay } from './rprop-display';
import { scheduleFreeAdamwDisplay, scheduleFreeSgdDisplay } from './schedule-free-display';
import type { OptimizerDisplay } from './module';

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

/** The display of a type, with its rule keys widened. */
export const optimizerDisplay = (type: OptimizerType): OptimizerDisplay => OPTIMIZER_DISPLAYS[type];

/** A key of the inspector's formulas: the variants of every type's rule (28 of them). */
export type RuleKey = {
  [T in OptimizerType]: keyof (typeof OPTIMIZER_DISPLAYS)[T]['formula']['rules'] & string;
}[OptimizerType];
