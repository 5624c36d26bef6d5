/**
 * Where each type's numerics come from (issue 17, initial JavaScript; docs/extending.md, "Adding
 * an optimizer"), and this thread's store of them (rule-store.ts). The first view runs gradient
 * descent and Adam (src/state/defaults.ts, FIRST_VIEW): their families' rules (sgd-rule.ts,
 * adam-rule.ts) are in the initial scripts, loaded from the start. Every other type's numerics
 * are a module of their own (`<type>-numerics.ts`), imported when a run of the type is first
 * computed, so each is a chunk of the build that the first view does not download. The
 * `satisfies` makes the compiler reject a type of OPTIMIZER_TYPES without a loader.
 */
import type { OptimizerType } from '../../scenario/types';
import { adamNumerics } from './adam';
import { adamwNumerics } from './adamw';
import { amsgradNumerics } from './amsgrad';
import { gdNumerics } from './gd';
import { momentumNumerics } from './momentum';
import { nesterovNumerics } from './nesterov';
import type { OptimizerNumerics } from './module';
import { optimizerModule } from './registry';
import { createRuleStore, type RuleLoaders, type RuleTable } from './rule-store';

/** The rules in the initial scripts: the first view's (gd, Adam) and their families'. */
const INITIAL_RULES = {
  gd: gdNumerics,
  momentum: momentumNumerics,
  nesterov: nesterovNumerics,
  adam: adamNumerics,
  adamw: adamwNumerics,
  amsgrad: amsgradNumerics,
} as const satisfies RuleTable;

/** A rule already at hand. */
const atHand = (numerics: OptimizerNumerics) => () => Promise.resolve(numerics);

/**
 * Every type's loader. Each `import()` names its module literally, so the bundler makes it a
 * chunk (Schedule-Free's two types share theirs, one file).
 */
export const RULE_LOADERS = {
  gd: atHand(INITIAL_RULES.gd),
  momentum: atHand(INITIAL_RULES.momentum),
  nesterov: atHand(INITIAL_RULES.nesterov),
  adagrad: () => import('./adagrad-numerics').then((m) => m.adagradNumerics),
  rmsprop: () => import('./rmsprop-numerics').then((m) => m.rmspropNumerics),
  adadelta: () => import('./adadelta-numerics').then((m) => m.adadeltaNumerics),
  adam: atHand(INITIAL_RULES.adam),
  adamw: atHand(INITIAL_RULES.adamw),
  amsgrad: atHand(INITIAL_RULES.amsgrad),
  adamax: () => import('./adamax-numerics').then((m) => m.adamaxNumerics),
  nadam: () => import('./nadam-numerics').then((m) => m.nadamNumerics),
  radam: () => import('./radam-numerics').then((m) => m.radamNumerics),
  lion: () => import('./lion-numerics').then((m) => m.lionNumerics),
  rprop: () => import('./rprop-numerics').then((m) => m.rpropNumerics),
  asgd: () => import('./asgd-numerics').then((m) => m.asgdNumerics),
  adafactor: () => import('./adafactor-numerics').then((m) => m.adafactorNumerics),
  newton: () => import('./newton-numerics').then((m) => m.newtonNumerics),
  'schedule-free-sgd': () =>
    import('./schedule-free-numerics').then((m) => m.scheduleFreeSgdNumerics),
  'schedule-free-adamw': () =>
    import('./schedule-free-numerics').then((m) => m.scheduleFreeAdamwNumerics),
  muon: () => import('./muon-numerics').then((m) => m.muonNumerics),
  lbfgs: () => import('./lbfgs-numerics').then((m) => m.lbfgsNumerics),
} as const satisfies RuleLoaders;

/** This thread's rules. */
const RULES = createRuleStore(RULE_LOADERS, INITIAL_RULES, (type) => optimizerModule(type).title);

/** The update rule and derivation of a type; throws `RuleNotLoaded` before `ensureRules`. */
export const optimizerNumerics = (type: OptimizerType): OptimizerNumerics => RULES.numerics(type);

/** Loads the rules of `types` (see RuleStore.ensure): await it before computing their runs. */
export const ensureRules = (types: Iterable<unknown>): Promise<void> => RULES.ensure(types);

/** Whether a type's rule is loaded in this thread. */
export const isRuleLoaded = (type: OptimizerType): boolean => RULES.isLoaded(type);

/** Makes rules available at once (all-rules.ts). */
export const registerRules = (rules: RuleTable): void => RULES.register(rules);
