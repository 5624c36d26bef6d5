/**
 * What the exporters need to know of each run, resolved once: its name, its hyperparameters
 * with PyTorch's defaults, its schedule with defaults, what OneCycleLR cycles in it, and the
 * mini-batch size its gradient uses (src/core/run.ts, `runBatchGradient`).
 */
import {
  OPTIMIZER_TITLES,
  resolveHyperparams,
  type ResolvedHyperparams,
} from '../../core/optimizers';
import { optimizerModule } from '../../core/optimizers/registry';
import type { CycledHyperparam } from '../../core/optimizers/types';
import { resolveSchedule, type ResolvedSchedule } from '../../core/schedules';
import { takesBatches } from '../../kinds/registry';
import type { OptimizerSpec, OptimizerType, Scenario } from '../../scenario/types';
import type { CommentKey, Say } from './comments';

/** One run of the scenario, as the scripts write it. */
export interface RunPlan {
  /** 1-based, as the scripts number their `run_<index>` functions. */
  index: number;
  /** The run's label, or its type's name. */
  name: string;
  spec: OptimizerSpec;
  hp: ResolvedHyperparams;
  schedule: ResolvedSchedule;
  /** What OneCycleLR's momentum cycling may write in this type (μ or β1), or null. */
  cycles: CycledHyperparam | null;
  /** Whether the run's schedule does cycle it. */
  cycled: boolean;
  /** The mini-batch size of its gradient, or null for the full gradient. */
  batchSize: number | null;
  /** The words describing its update rule. */
  ruleWords: CommentKey;
}

/** The words naming each type's rule (Adam without bias correction has its own). */
const RULE_WORDS: Record<OptimizerType, CommentKey> = {
  gd: 'ruleGd',
  momentum: 'ruleMomentum',
  nesterov: 'ruleNesterov',
  adagrad: 'ruleAdagrad',
  rmsprop: 'ruleRmsprop',
  adadelta: 'ruleAdadelta',
  adam: 'ruleAdam',
  adamw: 'ruleAdamw',
  amsgrad: 'ruleAmsgrad',
  adamax: 'ruleAdamax',
  nadam: 'ruleNadam',
  radam: 'ruleRadam',
  lion: 'ruleLion',
  rprop: 'ruleRprop',
  asgd: 'ruleAsgd',
  adafactor: 'ruleAdafactor',
  newton: 'ruleNewton',
  'schedule-free-sgd': 'ruleScheduleFreeSgd',
  'schedule-free-adamw': 'ruleScheduleFreeAdamw',
  muon: 'ruleMuon',
  lbfgs: 'ruleLbfgs',
};

/** Names of the types where the script's language has its own (the rest are proper names). */
const NAME_WORDS: Partial<Record<OptimizerType, CommentKey>> = {
  gd: 'nameGd',
  momentum: 'nameMomentum',
  nesterov: 'nameNesterov',
};

/** Every run of a scenario; `points` is the problem's number of data points (null without). */
export function planRuns(scenario: Scenario, points: number | null, say: Say): RunPlan[] {
  const problem = scenario.problem;
  const problemBatch = takesBatches(problem) ? problem.batchSize : undefined;
  return scenario.optimizers.map((spec, i) => {
    const hp = resolveHyperparams(spec);
    const schedule = resolveSchedule(spec.schedule, scenario.steps);
    const cycles = optimizerModule(spec.type).cycles;
    const size = spec.batchSize ?? problemBatch;
    const nameWords = NAME_WORDS[spec.type];
    return {
      index: i + 1,
      name: spec.label ?? (nameWords ? say(nameWords) : OPTIMIZER_TITLES[spec.type]),
      spec,
      hp,
      schedule,
      cycles,
      cycled: schedule.type === 'one-cycle' && schedule.cycleMomentum && cycles !== null,
      batchSize: size !== undefined && points !== null && size < points ? size : null,
      ruleWords:
        spec.type === 'adam' && !hp.biasCorrection ? 'ruleAdamNoBc' : RULE_WORDS[spec.type],
    };
  });
}
