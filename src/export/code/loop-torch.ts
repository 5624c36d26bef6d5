/**
 * The PyTorch script's training loop (docs/code-export.md, "The loop"): the run of
 * src/core/run.ts step for step — the loss and θ recorded at every point, the run stopped where
 * it diverges, the mini-batch drawn before the noise, the lr of each step read before
 * `optimizer.step()` and the scheduler stepped after it.
 */
import type { Say } from './comments';
import { comment, indent, withComment } from './python';
import type { TorchProblem } from './types';

/** What the loop must do besides the plain full-gradient step. */
export interface LoopNeeds {
  /** Gradient noise σ > 0. */
  noise: boolean;
  /** Some run takes mini-batches. */
  batches: boolean;
  /** Some run's step needs the full loss as a closure (Newton differentiates it twice). */
  closure: boolean;
  /** Some run's answer is its optimizer's average (Schedule-Free's x): its loss is f there. */
  averagedAnswer: boolean;
}

/** `diverged(point, loss)`, shared by both targets. */
export function divergedSource(say: Say): string[] {
  return [
    'def diverged(point, loss):',
    ...comment(say('divergedFn'), '    '),
    '    return not (sum(p * p for p in point) <= MAX_NORM * MAX_NORM and abs(loss) <= MAX_LOSS)',
  ];
}

/** `train(make_optimizer, batch_size)` and what it calls. */
export function torchLoop(problem: TorchProblem, needs: LoopNeeds, say: Say): string[] {
  const random = needs.noise || needs.batches;
  const noise = needs.noise
    ? [
        '',
        '',
        'def add_noise(params, rng):',
        ...comment(say('addNoiseFn'), '    '),
        '    for p in params:',
        '        noise = [NOISE * rng.normal() for _ in range(p.numel())]',
        '        p.grad += torch.tensor(noise).view_as(p)',
      ]
    : [];
  // The table classifiers: the batch is drawn first, and its loss is the point's.
  const batchLoss = needs.batches && problem.recordsBatchLoss === true;
  const lossLines = batchLoss
    ? [
        ...withComment('batch = batches.next() if batches else None', say('tableBatchLoss')),
        `loss = ${problem.batchLoss} if batches else ${problem.loss}`,
      ]
    : withComment(`loss = ${problem.loss}`, say('lossAtPoint'));
  const gradient =
    needs.batches && !batchLoss
      ? [
          'if batches:',
          ...withComment('batch = batches.next()', say('batchNext'), '    '),
          ...withComment(`${problem.batchLoss}.backward()`, say('batchBackward'), '    '),
          'else:',
          ...withComment('loss.backward()', say('backward'), '    '),
        ]
      : withComment('loss.backward()', say('backward'));
  return [
    ...divergedSource(say),
    ...noise,
    '',
    '',
    `def train(make_optimizer${needs.batches ? ', batch_size' : ''}):`,
    ...comment(say('trainFn'), '    '),
    ...indent([
      ...problem.init,
      ...withComment('optimizer, scheduler = make_optimizer(params)', say('makeOptimizer')),
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
        ...withComment('optimizer.zero_grad()', say('zeroGrad')),
        ...(needs.averagedAnswer
          ? [
              'answer = None',
              'if isinstance(optimizer, ScheduleFree):',
              ...withComment('optimizer.eval()', say('sfEvalLoss'), '    '),
              '    with torch.no_grad():',
              `        answer = (${problem.loss}).item()`,
              '    optimizer.train()',
            ]
          : []),
        ...lossLines,
        `point = ${problem.point}`,
        ...(needs.averagedAnswer
          ? ['recorded = loss.item() if answer is None else answer']
          : ['recorded = loss.item()']),
        'if diverged(point, recorded):',
        ...withComment('return trajectory, losses, lrs, step', say('stopDiverged'), '    '),
        'trajectory.append(point)',
        'losses.append(recorded)',
        'if step == STEPS:',
        ...withComment('break', say('lastPoint'), '    '),
        ...gradient,
        ...(needs.noise ? withComment('add_noise(params, rng)', say('addNoise')) : []),
        ...withComment('lrs.append(optimizer.param_groups[0]["lr"])', say('recordLr')),
        ...(needs.closure
          ? [
              'if isinstance(optimizer, Newton):',
              ...withComment(
                `optimizer.step(lambda: ${problem.loss})`,
                say('newtonClosure'),
                '    ',
              ),
              'else:',
              ...withComment('optimizer.step()', say('optimizerStep'), '    '),
            ]
          : withComment('optimizer.step()', say('optimizerStep'))),
        'if scheduler is not None:',
        ...withComment('scheduler.step()', say('schedulerStep'), '    '),
      ]),
      'return trajectory, losses, lrs, None',
    ]),
  ];
}
