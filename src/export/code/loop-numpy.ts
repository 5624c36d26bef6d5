/**
 * The NumPy script's training loop (docs/code-export.md, "The loop"): the run of
 * src/core/run.ts step for step, with the gradient from `loss_and_grad`, the schedule's lr (and
 * cycled momentum) given to each step, and θ replaced by what the rule returns.
 */
import type { Say } from './comments';
import { divergedSource, type LoopNeeds } from './loop-torch';
import { comment, indent, withComment } from './python';
import type { NumpyProblem } from './types';

/** `train(make_optimizer, batch_size)` and what it calls. */
export function numpyLoop(
  problem: NumpyProblem,
  needs: LoopNeeds & { cycled: boolean },
  say: Say,
): string[] {
  const onData = problem.points !== null;
  const random = needs.noise || needs.batches;
  // The table classifiers: the batch is drawn first, and its loss is the point's.
  const batchLoss = needs.batches && problem.recordsBatchLoss === true;
  return [
    ...divergedSource(say),
    '',
    '',
    `def train(make_optimizer${needs.batches ? ', batch_size' : ''}):`,
    ...comment(say('trainFnNumpy'), '    '),
    ...indent([
      ...withComment('optimizer, schedule = make_optimizer()', say('makeOptimizerNumpy')),
      ...withComment('theta = np.array(START)', say('thetaArray')),
      ...(random ? withComment('rng = Rng(SEED)', say('rngPerRun')) : []),
      ...(needs.batches
        ? withComment(
            `batches = Batches(${problem.points ?? 0}, batch_size, rng) if batch_size else None`,
            say('batchesPerRun'),
          )
        : []),
      'trajectory, losses, lrs = [], [], []',
      'for step in range(STEPS + 1):',
      ...indent([
        ...(batchLoss
          ? [
              ...withComment('rows = batches.next() if batches else ALL', say('tableBatchLoss')),
              'loss, grad = loss_and_grad(theta, rows)',
            ]
          : withComment(
              `loss, grad = loss_and_grad(theta${onData ? ', ALL' : ''})`,
              say('lossAndGradCall'),
            )),
        ...(needs.averagedAnswer
          ? [
              'if isinstance(optimizer, ScheduleFree):',
              ...withComment(
                `loss, _ = loss_and_grad(optimizer.answer(theta)${onData ? ', ALL' : ''})`,
                say('sfEvalLoss'),
                '    ',
              ),
            ]
          : []),
        'point = theta.tolist()',
        'if diverged(point, loss):',
        ...withComment('return trajectory, losses, lrs, step', say('stopDiverged'), '    '),
        'trajectory.append(point)',
        'losses.append(float(loss))',
        'if step == STEPS:',
        ...withComment('break', say('lastPoint'), '    '),
        ...(needs.batches && !batchLoss
          ? [
              'if batches:',
              ...withComment(
                '_, grad = loss_and_grad(theta, batches.next())',
                say('batchGradNumpy'),
                '    ',
              ),
            ]
          : []),
        ...(needs.noise
          ? withComment(
              'grad = grad + np.array([NOISE * rng.normal() for _ in range(len(theta))])',
              say('addNoise'),
            )
          : []),
        ...withComment('lr, momentum = schedule(step)', say('scheduleCall')),
        ...(needs.cycled
          ? [
              'if momentum is not None:',
              ...withComment('optimizer.cycle(momentum)', say('cycleCall'), '    '),
            ]
          : []),
        'lrs.append(lr)',
        ...withComment('theta = optimizer.step(theta, grad, lr)', say('ruleStep')),
      ]),
      'return trajectory, losses, lrs, None',
    ]),
  ];
}
