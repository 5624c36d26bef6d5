/**
 * "The same experiment in code" (issue 18; docs/code-export.md): a scenario as a runnable Python
 * script that reproduces its runs step for step — `pytorch` with torch.optim and autograd,
 * `numpy` with every update rule and gradient written out by hand. Pure: a scenario in, the
 * script's text out; the CLI's `export` command and the app's Code dialog call it.
 *
 * @example exportCode(scenario, 'pytorch', { language: 'zh' })
 */
import { buildProblem, describeProblem } from '../../core/problems';
import { optimizerModule } from '../../core/optimizers/registry';
import { divergenceBounds } from '../../core/run';
import { kindCode } from '../../kinds/code-registry';
import { takesBatches } from '../../kinds/registry';
import type { Scenario, ScheduleType } from '../../scenario/types';
import { sayer, type CodeLanguage, type Say } from './comments';
import { numpyLoop } from './loop-numpy';
import { torchLoop } from './loop-torch';
import { mainSource } from './main-source';
import { torchLbfgsClosure } from './lbfgs-code';
import { numpyHessianSource } from './newton-hessian';
import {
  numpyOptimizer,
  numpyRuleClasses,
  type NumpyOptimizerContext,
  type NumpyRule,
} from './optimizers-numpy';
import {
  customOptimizers,
  torchOptimizer,
  type CustomOptimizer,
  type TorchOptimizerContext,
} from './optimizers-torch';
import { comment, indent, pyCall, pyFloat, pyInt, pyList, pyString, withComment } from './python';
import { rngSource } from './rng';
import { numpySchedule, numpyScheduleFunctions } from './schedules-numpy';
import { torchScheduler } from './schedules-torch';
import type { CodeTarget } from './types';
import { planRuns, type RunPlan } from './plan';

export { CODE_TARGETS, type CodeTarget } from './types';
export { CODE_LANGUAGES, type CodeLanguage } from './comments';

/** How a script is written. */
export interface CodeOptions {
  /** The language of its comments and printed words (default English). */
  language?: CodeLanguage;
  /**
   * The problem's title in that language, for the header (the app passes the title it shows);
   * absent, the core's English title (the CLI's scripts).
   */
  problemTitle?: string;
}

/** The Python script of a validated scenario (see `validateScenario`) for `target`. */
export function exportCode(
  scenario: Scenario,
  target: CodeTarget,
  options: CodeOptions = {},
): string {
  const say = sayer(options.language ?? 'en');
  // Described, not built where the kind knows it: a table classifier's data set need not be
  // loaded in this thread (the script reads the file itself).
  const { dim, bounds: known } = describeProblem(scenario.problem);
  const bounds = known ? { ...known } : divergenceBounds(buildProblem(scenario.problem));
  const context = { say, dim };
  const code = kindCode(scenario.problem);
  const torch = target === 'pytorch' ? code.torch(scenario.problem, context) : null;
  const numpy = target === 'numpy' ? code.numpy(scenario.problem, context) : null;
  const points = (torch ?? numpy)!.points;
  const runs = planRuns(scenario, points, say);
  const noise = scenario.problem.noise ?? 0;
  const batches = takesBatches(scenario.problem) && runs.some((run) => run.batchSize !== null);
  const needs = {
    noise: noise > 0,
    batches,
    closure: runs.some((run) => run.spec.type === 'newton'),
    averagedAnswer: runs.some((run) => optimizerModule(run.spec.type).averaged === 'answer'),
    lbfgs: runs.some((run) => run.spec.type === 'lbfgs'),
  };
  // θ's blocks as Adafactor and Muon treat them: a model's layout, else one vector.
  const layout = runs.some((run) => run.spec.type === 'adafactor' || run.spec.type === 'muon')
    ? buildProblem(scenario.problem).layout
    : undefined;
  const blocks: NumpyOptimizerContext['blocks'] = layout
    ? layout.map((g) => [g.offset, g.rows, g.cols, g.kind === 'weight'] as const)
    : [[0, dim, 1, false]];
  const sequential = runs.some((run) => run.schedule.type === 'warmup-cosine');

  const lines = [
    ...header(scenario, target, say, options.problemTitle),
    '',
    'import json',
    'import math',
    'import sys',
    '',
    ...(torch
      ? [
          ...(sequential ? ['import warnings', ''] : []),
          'import torch',
          '',
          ...withComment('torch.set_default_dtype(torch.float64)', say('float64Torch')),
          ...(sequential
            ? [
                ...comment(say('sequentialWarning')),
                'warnings.filterwarnings("ignore", message="The epoch parameter")',
              ]
            : []),
        ]
      : ['import numpy as np', '', ...withComment('np.seterr(all="ignore")', say('seterr'))]),
    '',
    ...constants(scenario, noise, bounds, needs.noise || needs.batches, say),
    '',
    '',
    ...(needs.noise || needs.batches ? [...rngSource(say, batches), '', ''] : []),
    ...comment(say('sectionProblem')),
    ...(torch ?? numpy)!.definitions,
    '',
    '',
    ...comment(say('sectionRuns')),
    ...(torch
      ? torchRuns(runs, batches, say, { oneVector: !layout })
      : [
          ...(needs.closure
            ? [...numpyHessianSource(scenario.problem, points !== null, say), '', '']
            : []),
          ...numpyRuns(runs, batches, say, {
            blocks,
            // L-BFGS's line search evaluates the full-batch f and ∇f, as the app's does.
            evaluate: points !== null ? 'lambda theta: loss_and_grad(theta, ALL)' : 'loss_and_grad',
          }),
        ]),
    '',
    '',
    ...comment(say('sectionLoop')),
    ...(torch
      ? torchLoop(torch, needs, say)
      : numpyLoop(numpy!, { ...needs, cycled: runs.some((run) => run.cycled) }, say)),
    '',
    '',
    ...mainSource(say, batches),
  ];
  return `${lines.join('\n')}\n`;
}

function header(
  scenario: Scenario,
  target: CodeTarget,
  say: Say,
  problemTitle: string | undefined,
): string[] {
  const { info, dim } = describeProblem(scenario.problem);
  const noise = scenario.problem.noise ?? 0;
  return [
    '#!/usr/bin/env python3',
    ...comment(say(target === 'pytorch' ? 'headerPytorch' : 'headerNumpy')),
    '#',
    ...comment(say('headerProblem', { title: problemTitle ?? info.title, formula: info.formula })),
    ...comment(
      say('headerRuns', {
        runs: scenario.optimizers.length,
        steps: scenario.steps,
        dim,
      }),
    ),
    ...(noise > 0 ? comment(say('headerNoise', { noise })) : []),
    '#',
    ...comment(say('headerUsage')),
    '#     python3 descent.py',
    '#     python3 descent.py --json',
    ...comment(say(target === 'pytorch' ? 'headerCheckedTorch' : 'headerCheckedNumpy')),
  ];
}

function constants(
  scenario: Scenario,
  noise: number,
  bounds: { theta: number; loss: number },
  random: boolean,
  say: Say,
): string[] {
  return [
    ...withComment(`STEPS = ${pyInt(scenario.steps)}`, say('constSteps')),
    ...comment(say('constStart')),
    ...pyList('START', scenario.start.map(pyFloat)),
    ...(random ? withComment(`SEED = ${pyInt(scenario.seed)}`, say('constSeed')) : []),
    ...(noise > 0 ? withComment(`NOISE = ${pyFloat(noise)}`, say('constNoise')) : []),
    ...comment(say('constBounds')),
    `MAX_NORM = ${pyFloat(bounds.theta)}`,
    `MAX_LOSS = ${pyFloat(bounds.loss)}`,
  ];
}

/** `RUNS = [(name, make_optimizer[, batch_size]), …]`. */
function runsTable(runs: readonly RunPlan[], batches: boolean, say: Say): string[] {
  return [
    ...comment(say(batches ? 'runsTableBatches' : 'runsTable')),
    'RUNS = [',
    ...runs.map(
      (run) =>
        `    (${pyString(run.name)}, run_${run.index}${batches ? `, ${run.batchSize ?? 'None'}` : ''}),`,
    ),
    ']',
  ];
}

function torchRuns(
  runs: readonly RunPlan[],
  batches: boolean,
  say: Say,
  context: TorchOptimizerContext,
): string[] {
  const custom = new Set<CustomOptimizer>();
  const functions = runs.flatMap((run) => {
    const optimizer = torchOptimizer(run.spec.type, run.hp, say, context);
    if (optimizer.custom) custom.add(optimizer.custom);
    return [
      `def run_${run.index}(params):`,
      ...comment(say('runHeader', { name: run.name }), '    '),
      ...comment(say(run.ruleWords), '    '),
      ...indent(optimizer.lines),
      ...indent(torchScheduler(run.schedule, run.spec.lr, run.cycles !== null, say)),
      '    return optimizer, scheduler',
      '',
      '',
    ];
  });
  // L-BFGS's runs step with a closure (lbfgs-code.ts), defined beside the custom classes.
  const lbfgs = runs.some((run) => run.spec.type === 'lbfgs');
  return [
    ...customOptimizers(custom, say),
    ...(lbfgs ? [...torchLbfgsClosure(say), '', ''] : []),
    ...functions,
    ...runsTable(runs, batches, say),
  ];
}

function numpyRuns(
  runs: readonly RunPlan[],
  batches: boolean,
  say: Say,
  context: NumpyOptimizerContext,
): string[] {
  const rules = new Set<NumpyRule>();
  const schedules = new Set<ScheduleType>();
  const functions = runs.flatMap((run) => {
    const optimizer = numpyOptimizer(run.spec.type, run.hp, context);
    const schedule = numpySchedule(run.schedule, run.spec.lr, run.cycles !== null);
    rules.add(optimizer.rule);
    schedules.add(schedule.type);
    return [
      `def run_${run.index}():`,
      ...comment(say('runHeader', { name: run.name }), '    '),
      ...comment(say('numpyOptimizer'), '    '),
      ...pyCall('optimizer = ' + optimizer.rule, optimizer.args, '    '),
      ...comment(say('numpySchedule'), '    '),
      ...pyCall('schedule = ' + schedule.name, schedule.args, '    '),
      '    return optimizer, schedule',
      '',
      '',
    ];
  });
  return [
    ...numpyRuleClasses(rules, say),
    ...numpyScheduleFunctions(schedules, say),
    ...functions,
    ...runsTable(runs, batches, say),
  ];
}
