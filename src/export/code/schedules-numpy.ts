/**
 * Each schedule type in the NumPy script: a function of the run's settings returning the lr of
 * step t (and OneCycleLR's cycled momentum, or None), in the closed forms of
 * docs/optimizers.md#schedules (PyTorch steps the first five recursively; the two agree to the
 * last bits: docs/code-export.md, "How exact").
 */
import type { ResolvedSchedule } from '../../core/schedules';
import type { ScheduleType } from '../../scenario/types';
import type { Say } from './comments';
import { comment, pyFloat, pyInt, withComment } from './python';

/** `schedule = cosine_lr(lr=…, …)` for a run: the call, and the function it needs. */
export function numpySchedule(
  schedule: ResolvedSchedule,
  lr: number,
  cycles: boolean,
): { name: string; args: string[]; type: ScheduleType } {
  const args = (pairs: readonly (readonly [string, string])[]) =>
    [['lr', pyFloat(lr)], ...pairs].map(([k, v]) => `${k}=${v}`);
  switch (schedule.type) {
    case 'constant':
      return { name: 'constant_lr', args: args([]), type: 'constant' };
    case 'step':
      return {
        name: 'step_lr',
        args: args([
          ['step_size', pyInt(schedule.stepSize)],
          ['gamma', pyFloat(schedule.gamma)],
        ]),
        type: 'step',
      };
    case 'exponential':
      return {
        name: 'exponential_lr',
        args: args([['gamma', pyFloat(schedule.gamma)]]),
        type: 'exponential',
      };
    case 'cosine':
      return {
        name: 'cosine_lr',
        args: args([
          ['t_max', pyInt(schedule.tMax)],
          ['eta_min', pyFloat(schedule.etaMin)],
        ]),
        type: 'cosine',
      };
    case 'warmup-cosine':
      return {
        name: 'warmup_cosine_lr',
        args: args([
          ['warmup_steps', pyInt(schedule.warmupSteps)],
          ['start_factor', pyFloat(schedule.startFactor)],
          ['t_max', pyInt(schedule.tMax)],
          ['eta_min', pyFloat(schedule.etaMin)],
        ]),
        type: 'warmup-cosine',
      };
    case 'one-cycle':
      return {
        name: 'one_cycle_lr',
        args: args([
          ['total_steps', pyInt(schedule.totalSteps)],
          ['pct_start', pyFloat(schedule.pctStart)],
          ['div_factor', pyFloat(schedule.divFactor)],
          ['final_div_factor', pyFloat(schedule.finalDivFactor)],
          ['cycle_momentum', schedule.cycleMomentum && cycles ? 'True' : 'False'],
          ['base_momentum', pyFloat(schedule.baseMomentum)],
          ['max_momentum', pyFloat(schedule.maxMomentum)],
          ['three_phase', schedule.threePhase ? 'True' : 'False'],
          ['anneal_strategy', `"${schedule.annealStrategy}"`],
        ]),
        type: 'one-cycle',
      };
  }
}

/** The schedule functions the runs use (cosine also when warm-up–cosine needs it). */
export function numpyScheduleFunctions(used: ReadonlySet<ScheduleType>, say: Say): string[] {
  const need = (type: ScheduleType) => used.has(type);
  const blocks: string[][] = [];
  if (need('constant'))
    blocks.push([
      'def constant_lr(lr):',
      ...comment(say('scheduleConstantFn'), '    '),
      '    return lambda t: (lr, None)',
    ]);
  if (need('step'))
    blocks.push([
      'def step_lr(lr, step_size, gamma):',
      ...comment(say('scheduleStepFn'), '    '),
      '    return lambda t: (lr * gamma ** (t // step_size), None)',
    ]);
  if (need('exponential'))
    blocks.push([
      'def exponential_lr(lr, gamma):',
      ...comment(say('scheduleExponentialFn'), '    '),
      '    return lambda t: (lr * gamma ** t, None)',
    ]);
  if (need('cosine') || need('warmup-cosine'))
    blocks.push([
      'def cosine_lr(lr, t_max, eta_min):',
      ...comment(say('scheduleCosineFn'), '    '),
      '    return lambda t: (eta_min + (lr - eta_min) * (1 + math.cos(math.pi * t / t_max)) / 2, None)',
    ]);
  if (need('warmup-cosine'))
    blocks.push([
      'def warmup_cosine_lr(lr, warmup_steps, start_factor, t_max, eta_min):',
      ...comment(say('scheduleWarmupFn'), '    '),
      '    cosine = cosine_lr(lr, t_max - warmup_steps, eta_min)',
      '',
      '    def at(t):',
      '        if t < warmup_steps:',
      ...withComment(
        'return lr * (start_factor + (1 - start_factor) * t / warmup_steps), None',
        say('scheduleWarmupLine'),
        '            ',
      ),
      '        return cosine(t - warmup_steps)',
      '',
      '    return at',
    ]);
  if (need('one-cycle')) blocks.push(oneCycle(say));
  return blocks.flatMap((block) => [...block, '', '']);
}

function oneCycle(say: Say): string[] {
  return [
    'def one_cycle_lr(lr, total_steps, pct_start, div_factor, final_div_factor, cycle_momentum,',
    '                 base_momentum, max_momentum, three_phase, anneal_strategy):',
    ...comment(say('scheduleOneCycleFn'), '    '),
    ...withComment('initial = lr / div_factor', say('oneCycleInitial'), '    '),
    ...withComment('final = initial / final_div_factor', say('oneCycleFinal'), '    '),
    ...withComment(
      'phases = [(pct_start * total_steps - 1, initial, lr, max_momentum, base_momentum)]',
      say('oneCycleUp'),
      '    ',
    ),
    '    if three_phase:',
    '        phases += [(2 * pct_start * total_steps - 2, lr, initial, base_momentum, max_momentum),',
    '                   (total_steps - 1, initial, final, max_momentum, max_momentum)]',
    '    else:',
    '        phases += [(total_steps - 1, lr, final, base_momentum, max_momentum)]',
    '',
    '    def anneal(start, end, x):',
    '        if anneal_strategy == "linear":',
    '            return (end - start) * x + start',
    ...withComment(
      'return end + (start - end) / 2 * (math.cos(math.pi * x) + 1)',
      say('oneCycleCos'),
      '        ',
    ),
    '',
    '    def at(t):',
    '        begin = 0',
    '        for i, (end, lr0, lr1, m0, m1) in enumerate(phases):',
    '            if t <= end or i == len(phases) - 1:',
    ...withComment('x = (t - begin) / (end - begin)', say('oneCycleX'), '                '),
    '                return anneal(lr0, lr1, x), (anneal(m0, m1, x) if cycle_momentum else None)',
    '            begin = end',
    '',
    '    return at',
  ];
}
