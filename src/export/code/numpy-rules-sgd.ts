/**
 * The NumPy script's update rules without a first moment: SGD (gradient descent, momentum,
 * Nesterov), AdaGrad, RMSprop and Adadelta, each a small class whose `step` is the rule of
 * docs/optimizers.md line for line, in the core's order of operations (src/core/optimizers), so
 * that its float64 steps are the app's.
 */
import type { Say } from './comments';
import { comment, indent, withComment } from './python';

/** `__init__` storing the hyperparameters, and the state's first values. */
export function init(args: readonly string[], state: readonly [string, string, string][]) {
  return [
    `    def __init__(self, ${args.join(', ')}):`,
    ...args.map((a) => `        self.${a} = ${a}`),
    ...state.flatMap(([name, value, words]) =>
      withComment(`self.${name} = ${value}`, words, '        '),
    ),
  ];
}

/** `def cycle(self, value)`: what OneCycleLR's momentum cycling writes. */
export function cycle(name: string, say: Say): string[] {
  return [
    '',
    '    def cycle(self, value):',
    ...withComment(`self.${name} = value`, say('cycleSet'), '        '),
  ];
}

/** g ← g + λθ where the decay is L2 (folded into the gradient). */
export function l2(say: Say): string[] {
  return [
    'if self.weight_decay != 0:',
    ...withComment('g = g + self.weight_decay * theta', say('l2Line'), '    '),
  ];
}

/** The step's body lines, indented inside `def step`. */
export function step(lines: readonly string[]): string[] {
  return ['', '    def step(self, theta, g, lr):', ...indent(lines, 2)];
}

export function sgdClass(say: Say): string[] {
  return [
    'class SGD:',
    ...comment(say('ruleSgd'), '    '),
    ...init(
      ['momentum', 'dampening', 'nesterov', 'weight_decay'],
      [['buf', 'None', say('stateBuf')]],
    ),
    ...cycle('momentum', say),
    ...step([
      ...l2(say),
      'if self.momentum == 0:',
      ...withComment('return theta - lr * g', say('gdStep'), '    '),
      'if self.buf is None:',
      ...withComment('self.buf = g', say('bufFirst'), '    '),
      'else:',
      ...withComment(
        'self.buf = self.momentum * self.buf + (1 - self.dampening) * g',
        say('bufUpdate'),
        '    ',
      ),
      ...withComment(
        'direction = g + self.momentum * self.buf if self.nesterov else self.buf',
        say('nesterovDirection'),
      ),
      ...withComment('return theta - lr * direction', say('momentumStep')),
    ]),
  ];
}

export function adagradClass(say: Say): string[] {
  return [
    'class Adagrad:',
    ...comment(say('ruleAdagrad'), '    '),
    ...init(
      ['lr_decay', 'initial_accumulator_value', 'eps', 'weight_decay'],
      [
        ['t', '0', say('stateT')],
        ['G', 'initial_accumulator_value', say('stateG')],
      ],
    ),
    ...step([
      'self.t += 1',
      ...l2(say),
      ...withComment('self.G = self.G + g * g', say('adagradG')),
      ...withComment('clr = lr / (1 + (self.t - 1) * self.lr_decay)', say('adagradClr')),
      ...withComment('return theta - clr * g / (np.sqrt(self.G) + self.eps)', say('adagradStep')),
    ]),
  ];
}

export function rmspropClass(say: Say): string[] {
  return [
    'class RMSprop:',
    ...comment(say('ruleRmsprop'), '    '),
    ...init(
      ['alpha', 'eps', 'momentum', 'centered', 'weight_decay'],
      [
        ['v', '0.0', say('stateSquareAvg')],
        ['g_avg', '0.0', say('stateGradAvg')],
        ['buf', '0.0', say('stateBufRmsprop')],
      ],
    ),
    ...cycle('momentum', say),
    ...step([
      ...l2(say),
      ...withComment('self.v = self.alpha * self.v + (1 - self.alpha) * g * g', say('rmspropV')),
      'if self.centered:',
      ...withComment(
        'self.g_avg = self.alpha * self.g_avg + (1 - self.alpha) * g',
        say('rmspropGAvg'),
        '    ',
      ),
      ...withComment(
        'd = np.sqrt(self.v - self.g_avg * self.g_avg) + self.eps',
        say('rmspropCenteredD'),
        '    ',
      ),
      'else:',
      ...withComment('d = np.sqrt(self.v) + self.eps', say('rmspropD'), '    '),
      'if self.momentum > 0:',
      ...withComment('self.buf = self.momentum * self.buf + g / d', say('rmspropBuf'), '    '),
      '    return theta - lr * self.buf',
      ...withComment('return theta - lr * g / d', say('rmspropStep')),
    ]),
  ];
}

export function adadeltaClass(say: Say): string[] {
  return [
    'class Adadelta:',
    ...comment(say('ruleAdadelta'), '    '),
    ...init(
      ['rho', 'eps', 'weight_decay'],
      [
        ['v', '0.0', say('stateSquareAvg')],
        ['u', '0.0', say('stateAccDelta')],
      ],
    ),
    ...step([
      ...l2(say),
      ...withComment('self.v = self.rho * self.v + (1 - self.rho) * g * g', say('adadeltaV')),
      ...withComment(
        'delta = np.sqrt(self.u + self.eps) / np.sqrt(self.v + self.eps) * g',
        say('adadeltaDelta'),
      ),
      ...withComment(
        'self.u = self.rho * self.u + (1 - self.rho) * delta * delta',
        say('adadeltaU'),
      ),
      ...withComment('return theta - lr * delta', say('adadeltaStep')),
    ]),
  ];
}
