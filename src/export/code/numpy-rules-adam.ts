/**
 * The NumPy script's update rules with moving averages of g: the Adam family (Adam, AdamW,
 * AMSGrad, Adam without bias correction, one template), Adamax, NAdam, RAdam and Lion, each a
 * small class whose `step` is the rule of docs/optimizers.md line for line, in the core's order
 * of operations (src/core/optimizers), so that its float64 steps are the app's.
 */
import type { Say } from './comments';
import { comment, withComment } from './python';
import { cycle, init, l2, step } from './numpy-rules-sgd';

/** The moments every Adam-like rule updates first. */
function moments(say: Say, v = true): string[] {
  return [
    ...withComment('self.m = self.beta1 * self.m + (1 - self.beta1) * g', say('adamM')),
    ...(v
      ? withComment('self.v = self.beta2 * self.v + (1 - self.beta2) * g * g', say('adamV'))
      : []),
  ];
}

const MOMENT_STATE = (say: Say): [string, string, string][] => [
  ['t', '0', say('stateT')],
  ['m', '0.0', say('stateM')],
  ['v', '0.0', say('stateV')],
];

/** The variants of Adam's rule (src/core/optimizers/adam-rule.ts). */
export interface AdamVariant {
  name: 'Adam' | 'AdamW' | 'AMSGrad' | 'AdamWithoutBiasCorrection';
  decoupled: boolean;
  amsgrad: boolean;
  biasCorrection: boolean;
}

export function adamClass(variant: AdamVariant, say: Say): string[] {
  const words = {
    Adam: 'ruleAdam',
    AdamW: 'ruleAdamw',
    AMSGrad: 'ruleAmsgrad',
    AdamWithoutBiasCorrection: 'ruleAdamNoBc',
  } as const;
  const state = MOMENT_STATE(say);
  if (variant.amsgrad) state.push(['v_max', '0.0', say('stateVMax')]);
  const tail = variant.biasCorrection
    ? [
        ...(variant.amsgrad
          ? withComment('self.v_max = np.maximum(self.v_max, self.v)', say('amsgradMax'))
          : []),
        ...withComment('bc1 = 1 - self.beta1 ** self.t', say('adamBc')),
        'bc2 = 1 - self.beta2 ** self.t',
        ...withComment(
          `denom = np.sqrt(self.${variant.amsgrad ? 'v_max' : 'v'}) / math.sqrt(bc2) + self.eps`,
          say('adamDenom'),
        ),
        ...withComment('return theta - (lr / bc1) * self.m / denom', say('adamStep')),
      ]
    : withComment('return theta - lr * self.m / (np.sqrt(self.v) + self.eps)', say('adamNoBcStep'));
  return [
    `class ${variant.name}:`,
    ...comment(say(words[variant.name]), '    '),
    ...init(['beta1', 'beta2', 'eps', 'weight_decay'], state),
    ...cycle('beta1', say),
    ...step([
      'self.t += 1',
      ...(variant.decoupled
        ? withComment('theta = theta * (1 - lr * self.weight_decay)', say('decoupledLine'))
        : l2(say)),
      ...moments(say),
      ...tail,
    ]),
  ];
}

export function adamaxClass(say: Say): string[] {
  return [
    'class Adamax:',
    ...comment(say('ruleAdamax'), '    '),
    ...init(
      ['beta1', 'beta2', 'eps', 'weight_decay'],
      [
        ['t', '0', say('stateT')],
        ['m', '0.0', say('stateM')],
        ['u', '0.0', say('stateExpInf')],
      ],
    ),
    ...cycle('beta1', say),
    ...step([
      'self.t += 1',
      ...l2(say),
      ...moments(say, false),
      ...withComment(
        'self.u = np.maximum(self.beta2 * self.u, np.abs(g) + self.eps)',
        say('adamaxU'),
      ),
      ...withComment(
        'return theta - (lr / (1 - self.beta1 ** self.t)) * self.m / self.u',
        say('adamaxStep'),
      ),
    ]),
  ];
}

export function nadamClass(say: Say): string[] {
  return [
    'class NAdam:',
    ...comment(say('ruleNadam'), '    '),
    ...init(
      ['beta1', 'beta2', 'eps', 'weight_decay', 'momentum_decay'],
      [...MOMENT_STATE(say), ['mu_product', '1.0', say('stateMuProduct')]],
    ),
    ...cycle('beta1', say),
    ...step([
      'self.t += 1',
      ...l2(say),
      ...withComment(
        'mu = self.beta1 * (1 - 0.5 * 0.96 ** (self.t * self.momentum_decay))',
        say('nadamMu'),
      ),
      'mu_next = self.beta1 * (1 - 0.5 * 0.96 ** ((self.t + 1) * self.momentum_decay))',
      'self.mu_product = self.mu_product * mu',
      ...withComment('self.m = self.m + (1 - self.beta1) * (g - self.m)', say('nadamM')),
      ...withComment('self.v = self.beta2 * self.v + (1 - self.beta2) * g * g', say('adamV')),
      ...withComment(
        'denom = np.sqrt(self.v / (1 - self.beta2 ** self.t)) + self.eps',
        say('nadamDenom'),
      ),
      ...withComment(
        'theta = theta - lr * (1 - mu) / (1 - self.mu_product) * g / denom',
        say('nadamGradStep'),
      ),
      ...withComment(
        'return theta - lr * mu_next / (1 - self.mu_product * mu_next) * self.m / denom',
        say('nadamMomentumStep'),
      ),
    ]),
  ];
}

export function radamClass(say: Say): string[] {
  return [
    'class RAdam:',
    ...comment(say('ruleRadam'), '    '),
    ...init(['beta1', 'beta2', 'eps', 'weight_decay'], MOMENT_STATE(say)),
    ...cycle('beta1', say),
    ...step([
      'self.t += 1',
      ...l2(say),
      ...moments(say),
      ...withComment('m_hat = self.m / (1 - self.beta1 ** self.t)', say('radamMHat')),
      ...withComment('rho_inf = 2 / (1 - self.beta2) - 1', say('radamRhoInf')),
      ...withComment(
        'rho_t = rho_inf - 2 * self.t * self.beta2 ** self.t / (1 - self.beta2 ** self.t)',
        say('radamRhoT'),
      ),
      'if rho_t > 5:',
      ...withComment(
        'r = math.sqrt((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t))',
        say('radamR'),
        '    ',
      ),
      ...withComment(
        'adaptive = math.sqrt(1 - self.beta2 ** self.t) / (np.sqrt(self.v) + self.eps)',
        say('radamAdaptive'),
        '    ',
      ),
      '    return theta - m_hat * lr * adaptive * r',
      ...withComment('return theta - m_hat * lr', say('radamWarmup')),
    ]),
  ];
}

export function lionClass(say: Say): string[] {
  return [
    'class Lion:',
    ...comment(say('ruleLion'), '    '),
    ...init(['beta1', 'beta2', 'weight_decay'], [['m', '0.0', say('stateMLion')]]),
    ...cycle('beta1', say),
    ...step([
      ...withComment('c = self.beta1 * self.m + (1 - self.beta1) * g', say('lionC')),
      ...withComment(
        'theta = theta - lr * (np.sign(np.nan_to_num(c)) + self.weight_decay * theta)',
        say('lionStepNumpy'),
      ),
      ...withComment('self.m = self.beta2 * self.m + (1 - self.beta2) * g', say('lionMUpdate')),
      'return theta',
    ]),
  ];
}
