/**
 * Each schedule type as torch.optim.lr_scheduler builds it (docs/optimizers.md#schedules,
 * docs/code-export.md, "Schedules"), with every field of the run's schedule written out.
 */
import type { ResolvedSchedule } from '../../core/schedules';
import type { CommentKey, Say } from './comments';
import { comment, pyFloat, pyInt, withComment } from './python';

type Kwarg = readonly [name: string, value: string, words: CommentKey];

const SCHEDULER = 'torch.optim.lr_scheduler';

/** `scheduler = …` lines, or `scheduler = None` for a constant lr. */
export function torchScheduler(
  schedule: ResolvedSchedule,
  baseLr: number,
  cycles: boolean,
  say: Say,
): string[] {
  const call = (name: string, kwargs: readonly Kwarg[], target = 'scheduler') => [
    `${target} = ${SCHEDULER}.${name}(`,
    ...withComment('optimizer,', say('kwOptimizer'), '    '),
    ...kwargs.flatMap(([key, value, words]) => withComment(`${key}=${value},`, say(words), '    ')),
    ')',
  ];
  switch (schedule.type) {
    case 'constant':
      return withComment('scheduler = None', say('scheduleConstant'));
    case 'step':
      return call('StepLR', [
        ['step_size', pyInt(schedule.stepSize), 'kwStepSize'],
        ['gamma', pyFloat(schedule.gamma), 'kwGammaStep'],
      ]);
    case 'exponential':
      return call('ExponentialLR', [['gamma', pyFloat(schedule.gamma), 'kwGammaExponential']]);
    case 'cosine':
      return call('CosineAnnealingLR', [
        ['T_max', pyInt(schedule.tMax), 'kwTMax'],
        ['eta_min', pyFloat(schedule.etaMin), 'kwEtaMin'],
      ]);
    case 'warmup-cosine': {
      const { warmupSteps, startFactor, tMax, etaMin } = schedule;
      return [
        ...call(
          'LinearLR',
          [
            ['start_factor', pyFloat(startFactor), 'kwStartFactor'],
            ['end_factor', '1.0', 'kwEndFactor'],
            ['total_iters', pyInt(warmupSteps), 'kwTotalIters'],
          ],
          'warmup',
        ),
        ...call(
          'CosineAnnealingLR',
          [
            ['T_max', pyInt(tMax - warmupSteps), 'kwTMaxAfterWarmup'],
            ['eta_min', pyFloat(etaMin), 'kwEtaMin'],
          ],
          'cosine',
        ),
        ...withComment(
          `scheduler = ${SCHEDULER}.SequentialLR(optimizer, [warmup, cosine], milestones=[${pyInt(warmupSteps)}])`,
          say('sequential'),
        ),
      ];
    }
    case 'one-cycle': {
      const cycle = schedule.cycleMomentum && cycles;
      return [
        ...(schedule.cycleMomentum && !cycles ? comment(say('cycleRefused')) : []),
        ...call('OneCycleLR', [
          ['max_lr', pyFloat(baseLr), 'kwMaxLr'],
          ['total_steps', pyInt(schedule.totalSteps), 'kwTotalSteps'],
          ['pct_start', pyFloat(schedule.pctStart), 'kwPctStart'],
          ['anneal_strategy', `"${schedule.annealStrategy}"`, 'kwAnneal'],
          ['cycle_momentum', cycle ? 'True' : 'False', 'kwCycleMomentum'],
          ['base_momentum', pyFloat(schedule.baseMomentum), 'kwBaseMomentum'],
          ['max_momentum', pyFloat(schedule.maxMomentum), 'kwMaxMomentum'],
          ['div_factor', pyFloat(schedule.divFactor), 'kwDivFactor'],
          ['final_div_factor', pyFloat(schedule.finalDivFactor), 'kwFinalDivFactor'],
          ['three_phase', schedule.threePhase ? 'True' : 'False', 'kwThreePhase'],
        ]),
      ];
    }
  }
}
