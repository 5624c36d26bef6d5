/**
 * Each optimizer type as torch.optim builds it, with every hyperparameter of the run written out
 * (docs/code-export.md, "Optimizers"), and the two small classes for what torch.optim lacks:
 * Lion (optax's rule) and Adam without bias correction. The operations of those classes are in
 * the core's order (src/core/optimizers/lion.ts, adam-rule.ts), so their float64 steps are the
 * app's.
 */
import type { ResolvedHyperparams } from '../../core/optimizers';
import type { OptimizerType } from '../../scenario/types';
import type { CommentKey, Say } from './comments';
import { lbfgsTorch } from './lbfgs-code';
import { ADAFACTOR, NEWTON } from './optimizers-torch-more';
import { SCHEDULE_FREE_TORCH } from './schedule-free-code';
import { MUON } from './optimizers-torch-muon';
import { comment, indent, pyFloat, withComment } from './python';

/** A keyword argument: its name, its Python value and what it is. */
type Kwarg = readonly [name: string, value: string, words: CommentKey];

/** The classes a script defines itself, where torch.optim has none. */
export type CustomOptimizer =
  'Lion' | 'AdamWithoutBiasCorrection' | 'NAdam' | 'Adafactor' | 'Newton' | 'ScheduleFree' | 'Muon';

/** What a constructor needs to know of the problem: whether θ is one vector (no layout). */
export interface TorchOptimizerContext {
  oneVector: boolean;
}

interface TorchOptimizer {
  /** `torch.optim.SGD` or a custom class's name. */
  constructor: string;
  kwargs: readonly Kwarg[];
  custom?: CustomOptimizer;
}

const lr = (hp: ResolvedHyperparams): Kwarg => ['lr', pyFloat(hp.lr), 'kwLr'];
const betas = (hp: ResolvedHyperparams, words: CommentKey = 'kwBetas'): Kwarg => [
  'betas',
  `(${pyFloat(hp.beta1)}, ${pyFloat(hp.beta2)})`,
  words,
];
const eps = (hp: ResolvedHyperparams, words: CommentKey = 'kwEpsOutside'): Kwarg => [
  'eps',
  pyFloat(hp.eps),
  words,
];
const l2 = (hp: ResolvedHyperparams): Kwarg => [
  'weight_decay',
  pyFloat(hp.weightDecay),
  'kwWeightDecayL2',
];
const decoupled = (hp: ResolvedHyperparams): Kwarg => [
  'weight_decay',
  pyFloat(hp.weightDecay),
  'kwWeightDecayDecoupled',
];

/** The constructor of each type, from its resolved hyperparameters (docs/optimizers.md#defaults). */
const TORCH_OPTIMIZERS: Record<
  OptimizerType,
  (hp: ResolvedHyperparams, context: TorchOptimizerContext) => TorchOptimizer
> = {
  gd: (hp) => ({
    constructor: 'torch.optim.SGD',
    kwargs: [lr(hp), ['momentum', '0.0', 'kwMomentumNone'], l2(hp)],
  }),
  momentum: (hp) => ({
    constructor: 'torch.optim.SGD',
    kwargs: [
      lr(hp),
      ['momentum', pyFloat(hp.momentum), 'kwMomentum'],
      ['dampening', pyFloat(hp.dampening), 'kwDampening'],
      l2(hp),
    ],
  }),
  nesterov: (hp) => ({
    constructor: 'torch.optim.SGD',
    kwargs: [
      lr(hp),
      ['momentum', pyFloat(hp.momentum), 'kwMomentum'],
      ['nesterov', 'True', 'kwNesterov'],
      l2(hp),
    ],
  }),
  adagrad: (hp) => ({
    constructor: 'torch.optim.Adagrad',
    kwargs: [
      lr(hp),
      ['lr_decay', pyFloat(hp.lrDecay), 'kwLrDecay'],
      ['initial_accumulator_value', pyFloat(hp.initialAccumulatorValue), 'kwInitialAccumulator'],
      eps(hp),
      l2(hp),
    ],
  }),
  rmsprop: (hp) => ({
    constructor: 'torch.optim.RMSprop',
    kwargs: [
      lr(hp),
      ['alpha', pyFloat(hp.alpha), 'kwAlpha'],
      eps(hp),
      ['momentum', pyFloat(hp.momentum), 'kwMomentumRmsprop'],
      ['centered', hp.centered ? 'True' : 'False', 'kwCentered'],
      l2(hp),
    ],
  }),
  adadelta: (hp) => ({
    constructor: 'torch.optim.Adadelta',
    kwargs: [lr(hp), ['rho', pyFloat(hp.rho), 'kwRho'], eps(hp, 'kwEpsInside'), l2(hp)],
  }),
  adam: (hp) =>
    hp.biasCorrection
      ? { constructor: 'torch.optim.Adam', kwargs: [lr(hp), betas(hp), eps(hp), l2(hp)] }
      : {
          constructor: 'AdamWithoutBiasCorrection',
          kwargs: [lr(hp), betas(hp), eps(hp), l2(hp)],
          custom: 'AdamWithoutBiasCorrection',
        },
  adamw: (hp) => ({
    constructor: 'torch.optim.AdamW',
    kwargs: [lr(hp), betas(hp), eps(hp), decoupled(hp)],
  }),
  amsgrad: (hp) => ({
    constructor: 'torch.optim.Adam',
    kwargs: [lr(hp), betas(hp), eps(hp), l2(hp), ['amsgrad', 'True', 'kwAmsgrad']],
  }),
  adamax: (hp) => ({
    constructor: 'torch.optim.Adamax',
    kwargs: [lr(hp), betas(hp), eps(hp, 'kwEpsAdamax'), l2(hp)],
  }),
  nadam: (hp) => ({
    constructor: 'NAdam',
    custom: 'NAdam',
    kwargs: [
      lr(hp),
      betas(hp),
      eps(hp),
      l2(hp),
      ['momentum_decay', pyFloat(hp.momentumDecay), 'kwMomentumDecay'],
    ],
  }),
  radam: (hp) => ({
    constructor: 'torch.optim.RAdam',
    kwargs: [lr(hp), betas(hp), eps(hp), l2(hp)],
  }),
  lion: (hp) => ({
    constructor: 'Lion',
    kwargs: [lr(hp), betas(hp, 'kwBetasLion'), decoupled(hp)],
    custom: 'Lion',
  }),
  rprop: (hp) => ({
    constructor: 'torch.optim.Rprop',
    kwargs: [
      ['lr', pyFloat(hp.lr), 'kwLrRprop'],
      ['etas', `(${pyFloat(hp.etaMinus)}, ${pyFloat(hp.etaPlus)})`, 'kwEtas'],
      ['step_sizes', `(${pyFloat(hp.stepSizeMin)}, ${pyFloat(hp.stepSizeMax)})`, 'kwStepSizes'],
    ],
  }),
  asgd: (hp) => ({
    constructor: 'torch.optim.ASGD',
    kwargs: [
      lr(hp),
      ['lambd', pyFloat(hp.lambd), 'kwLambd'],
      ['alpha', pyFloat(hp.alpha), 'kwAlphaAsgd'],
      ['t0', pyFloat(hp.t0), 'kwT0'],
      l2(hp),
    ],
  }),
  adafactor: (hp, { oneVector }) => ({
    constructor: 'Adafactor',
    custom: 'Adafactor',
    kwargs: [
      lr(hp),
      ['beta2_decay', pyFloat(hp.beta2Decay), 'kwBeta2Decay'],
      ['eps', `(${pyFloat(hp.eps1)}, ${pyFloat(hp.eps2)})`, 'kwEpsAdafactor'],
      ['d', pyFloat(hp.d), 'kwD'],
      decoupled(hp),
      ...(oneVector ? ([['one_vector', 'True', 'kwOneVector']] as const) : []),
    ],
  }),
  newton: (hp) => ({
    constructor: 'Newton',
    custom: 'Newton',
    kwargs: [
      lr(hp),
      ['damping', pyFloat(hp.damping), 'kwDamping'],
      ['saddle_free', hp.saddleFree ? 'True' : 'False', 'kwSaddleFree'],
    ],
  }),
  'schedule-free-sgd': (hp) => ({
    constructor: 'ScheduleFree',
    custom: 'ScheduleFree',
    kwargs: [
      ['adamw', 'False', 'kwAdamwSf'],
      lr(hp),
      ['momentum', pyFloat(hp.momentum), 'kwMomentumSf'],
      l2(hp),
      ...scheduleFreeKwargs(hp),
    ],
  }),
  'schedule-free-adamw': (hp) => ({
    constructor: 'ScheduleFree',
    custom: 'ScheduleFree',
    kwargs: [
      ['adamw', 'True', 'kwAdamwSf'],
      lr(hp),
      betas(hp, 'kwBetasSf'),
      eps(hp),
      decoupled(hp),
      ...scheduleFreeKwargs(hp),
    ],
  }),
  muon: (hp) => ({
    constructor: 'Muon',
    custom: 'Muon',
    kwargs: [
      lr(hp),
      ['momentum', pyFloat(hp.momentum), 'kwMomentumMuon'],
      ['nesterov', hp.nesterov ? 'True' : 'False', 'kwNesterovMuon'],
      ['ns_steps', String(hp.nsSteps), 'kwNsSteps'],
      ['weight_decay', pyFloat(hp.weightDecay), 'kwWeightDecayMuon'],
      ['adam_lr', pyFloat(hp.adamLr), 'kwAdamLr'],
    ],
  }),
  lbfgs: (hp) => lbfgsTorch(hp),
};

/** Schedule-Free's warm-up and the weights of its average. */
function scheduleFreeKwargs(hp: ResolvedHyperparams): Kwarg[] {
  return [
    ['warmup_steps', pyFloat(hp.warmupSteps), 'kwWarmupSteps'],
    ['r', pyFloat(hp.r), 'kwR'],
    ['weight_lr_power', pyFloat(hp.weightLrPower), 'kwWeightLrPower'],
  ];
}

/** `optimizer = torch.optim.X(params, …)`, one commented keyword a line, and its custom class. */
export function torchOptimizer(
  type: OptimizerType,
  hp: ResolvedHyperparams,
  say: Say,
  context: TorchOptimizerContext = { oneVector: true },
): { lines: string[]; custom?: CustomOptimizer } {
  const { constructor, kwargs, custom } = TORCH_OPTIMIZERS[type](hp, context);
  const lines = [
    `optimizer = ${constructor}(`,
    ...withComment('params,', say('kwParams'), '    '),
    ...kwargs.flatMap(([name, value, words]) =>
      withComment(`${name}=${value},`, say(words), '    '),
    ),
    ')',
  ];
  return custom ? { lines, custom } : { lines };
}

/** The Python source of the custom classes a script uses. */
export function customOptimizers(used: ReadonlySet<CustomOptimizer>, say: Say): string[] {
  const lines: string[] = [];
  if (used.has('Lion')) lines.push(...LION(say), '', '');
  if (used.has('AdamWithoutBiasCorrection')) lines.push(...ADAM_WITHOUT_BC(say), '', '');
  if (used.has('NAdam')) lines.push(...NADAM(say), '', '');
  if (used.has('Adafactor')) lines.push(...ADAFACTOR(say), '', '');
  if (used.has('Newton')) lines.push(...NEWTON(say), '', '');
  if (used.has('ScheduleFree')) lines.push(...SCHEDULE_FREE_TORCH(say), '', '');
  if (used.has('Muon')) lines.push(...MUON(say), '', '');
  return lines;
}

const LION = (say: Say) => [
  'class Lion(torch.optim.Optimizer):',
  ...comment(say('lionClass'), '    '),
  '    def __init__(self, params, lr=1e-4, betas=(0.9, 0.99), weight_decay=0.0):',
  '        super().__init__(params, dict(lr=lr, betas=betas, weight_decay=weight_decay))',
  '',
  '    @torch.no_grad()',
  '    def step(self, closure=None):',
  '        for group in self.param_groups:',
  '            beta1, beta2 = group["betas"]',
  '            for p in group["params"]:',
  '                state = self.state[p]',
  '                if not state:',
  ...withComment('state["exp_avg"] = torch.zeros_like(p)', say('lionM'), '                    '),
  '                m = state["exp_avg"]',
  ...indent(
    [
      ...withComment('c = m * beta1 + (1 - beta1) * p.grad', say('lionC')),
      ...withComment(
        'p.add_(torch.sign(c) + group["weight_decay"] * p, alpha=-group["lr"])',
        say('lionStep'),
      ),
      ...withComment('m.mul_(beta2).add_(p.grad, alpha=1 - beta2)', say('lionMUpdate')),
    ],
    4,
  ),
];

const ADAM_WITHOUT_BC = (say: Say) => [
  'class AdamWithoutBiasCorrection(torch.optim.Optimizer):',
  ...comment(say('adamNoBcClass'), '    '),
  '    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0):',
  '        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay))',
  '',
  '    @torch.no_grad()',
  '    def step(self, closure=None):',
  '        for group in self.param_groups:',
  '            beta1, beta2 = group["betas"]',
  '            for p in group["params"]:',
  '                g = p.grad',
  '                if group["weight_decay"] != 0:',
  ...withComment(
    'g = g.add(p, alpha=group["weight_decay"])',
    say('l2Line'),
    '                    ',
  ),
  '                state = self.state[p]',
  '                if not state:',
  '                    state["exp_avg"] = torch.zeros_like(p)',
  '                    state["exp_avg_sq"] = torch.zeros_like(p)',
  '                m, v = state["exp_avg"], state["exp_avg_sq"]',
  ...indent(
    [
      ...withComment('m.mul_(beta1).add_(g, alpha=1 - beta1)', say('adamM')),
      ...withComment('v.mul_(beta2).addcmul_(g, g, value=1 - beta2)', say('adamV')),
      ...withComment(
        'p.addcdiv_(m, v.sqrt().add_(group["eps"]), value=-group["lr"])',
        say('adamNoBcStep'),
      ),
    ],
    4,
  ),
];

/**
 * torch.optim.NAdam from PyTorch 2.0 on; before it (1.13 multiplied μₜ into the momentum product
 * twice, `mu_product * mu * mu_next`) the same current rule as a class (src/core/optimizers/nadam.ts).
 */
const NADAM = (say: Say) => [
  ...comment(say('nadamVersion')),
  'if tuple(int(part) for part in torch.__version__.split(".")[:2]) >= (2, 0):',
  '    NAdam = torch.optim.NAdam',
  'else:',
  ...indent([
    'class NAdam(torch.optim.Optimizer):',
    ...comment(say('nadamClass'), '    '),
    '    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0,',
    '                 momentum_decay=4e-3):',
    '        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,',
    '                                      momentum_decay=momentum_decay))',
    '',
    '    @torch.no_grad()',
    '    def step(self, closure=None):',
    '        for group in self.param_groups:',
    '            lr, (beta1, beta2), psi = group["lr"], group["betas"], group["momentum_decay"]',
    '            for p in group["params"]:',
    '                g = p.grad',
    '                if group["weight_decay"] != 0:',
    ...withComment(
      'g = g.add(p, alpha=group["weight_decay"])',
      say('l2Line'),
      '                    ',
    ),
    '                state = self.state[p]',
    '                if not state:',
    '                    state.update(step=0, mu_product=1.0)',
    '                    state["exp_avg"] = torch.zeros_like(p)',
    '                    state["exp_avg_sq"] = torch.zeros_like(p)',
    '                state["step"] += 1',
    '                t = state["step"]',
    ...withComment(
      'mu = beta1 * (1 - 0.5 * 0.96 ** (t * psi))',
      say('nadamMu'),
      '                ',
    ),
    '                mu_next = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi))',
    '                state["mu_product"] *= mu',
    '                product = state["mu_product"]',
    '                m, v = state["exp_avg"], state["exp_avg_sq"]',
    ...withComment('m.lerp_(g, 1 - beta1)', say('nadamM'), '                '),
    ...withComment(
      'v.mul_(beta2).addcmul_(g, g, value=1 - beta2)',
      say('adamV'),
      '                ',
    ),
    ...withComment(
      'denom = v.div(1 - beta2 ** t).sqrt().add_(group["eps"])',
      say('nadamDenom'),
      '                ',
    ),
    ...withComment(
      'p.addcdiv_(g, denom, value=-lr * (1 - mu) / (1 - product))',
      say('nadamGradStep'),
      '                ',
    ),
    ...withComment(
      'p.addcdiv_(m, denom, value=-lr * mu_next / (1 - product * mu_next))',
      say('nadamMomentumStep'),
      '                ',
    ),
  ]),
];
