/**
 * Each optimizer type in the NumPy script: the class of its rule (numpy-rules-*.ts) and the call
 * that makes it with every hyperparameter of the run (docs/code-export.md, "Optimizers"). The lr
 * is not among them: the schedule gives it to every step.
 */
import type { ResolvedHyperparams } from '../../core/optimizers';
import type { OptimizerType } from '../../scenario/types';
import type { Say } from './comments';
import { pyFloat } from './python';
import { adamClass, adamaxClass, lionClass, nadamClass, radamClass } from './numpy-rules-adam';
import { adadeltaClass, adagradClass, rmspropClass, sgdClass } from './numpy-rules-sgd';
import { adafactorClass, asgdClass, newtonClass, rpropClass } from './numpy-rules-more';
import { scheduleFreeNumpy } from './schedule-free-code';
import { muonClass } from './numpy-rules-muon';
import { lbfgsClass } from './lbfgs-code';

/** The class names of the NumPy rules, each defined once however many runs use it. */
export type NumpyRule =
  | 'SGD'
  | 'Adagrad'
  | 'RMSprop'
  | 'Adadelta'
  | 'Adam'
  | 'AdamW'
  | 'AMSGrad'
  | 'AdamWithoutBiasCorrection'
  | 'Adamax'
  | 'NAdam'
  | 'RAdam'
  | 'Lion'
  | 'Rprop'
  | 'ASGD'
  | 'Adafactor'
  | 'Newton'
  | 'ScheduleFree'
  | 'Muon'
  | 'LBFGS';

/** What a rule needs to know of the problem: θ's blocks (a model's layout) for Adafactor and Muon. */
export interface NumpyOptimizerContext {
  /** (offset, rows, cols, factored) per block of θ; one vector block without a layout. */
  blocks: readonly (readonly [number, number, number, boolean])[];
  /** The Python callable of f and ∇f at θ (L-BFGS's line search): `loss_and_grad` or a lambda. */
  evaluate: string;
}

/** The class of a type and its keyword arguments. */
interface NumpyOptimizer {
  rule: NumpyRule;
  kwargs: readonly (readonly [string, string])[];
}

const f = pyFloat;
const betas = (hp: ResolvedHyperparams) =>
  [
    ['beta1', f(hp.beta1)],
    ['beta2', f(hp.beta2)],
  ] as const;
const adamKwargs = (hp: ResolvedHyperparams) =>
  [...betas(hp), ['eps', f(hp.eps)], ['weight_decay', f(hp.weightDecay)]] as const;
const sgd = (hp: ResolvedHyperparams, momentum: number, nesterov: boolean): NumpyOptimizer => ({
  rule: 'SGD',
  kwargs: [
    ['momentum', f(momentum)],
    ['dampening', f(hp.dampening)],
    ['nesterov', nesterov ? 'True' : 'False'],
    ['weight_decay', f(hp.weightDecay)],
  ],
});

const NUMPY_OPTIMIZERS: Record<
  OptimizerType,
  (hp: ResolvedHyperparams, context: NumpyOptimizerContext) => NumpyOptimizer
> = {
  gd: (hp) => sgd(hp, 0, false),
  momentum: (hp) => sgd(hp, hp.momentum, false),
  nesterov: (hp) => sgd(hp, hp.momentum, true),
  adagrad: (hp) => ({
    rule: 'Adagrad',
    kwargs: [
      ['lr_decay', f(hp.lrDecay)],
      ['initial_accumulator_value', f(hp.initialAccumulatorValue)],
      ['eps', f(hp.eps)],
      ['weight_decay', f(hp.weightDecay)],
    ],
  }),
  rmsprop: (hp) => ({
    rule: 'RMSprop',
    kwargs: [
      ['alpha', f(hp.alpha)],
      ['eps', f(hp.eps)],
      ['momentum', f(hp.momentum)],
      ['centered', hp.centered ? 'True' : 'False'],
      ['weight_decay', f(hp.weightDecay)],
    ],
  }),
  adadelta: (hp) => ({
    rule: 'Adadelta',
    kwargs: [
      ['rho', f(hp.rho)],
      ['eps', f(hp.eps)],
      ['weight_decay', f(hp.weightDecay)],
    ],
  }),
  adam: (hp) => ({
    rule: hp.biasCorrection ? 'Adam' : 'AdamWithoutBiasCorrection',
    kwargs: adamKwargs(hp),
  }),
  adamw: (hp) => ({ rule: 'AdamW', kwargs: adamKwargs(hp) }),
  amsgrad: (hp) => ({ rule: 'AMSGrad', kwargs: adamKwargs(hp) }),
  adamax: (hp) => ({ rule: 'Adamax', kwargs: adamKwargs(hp) }),
  nadam: (hp) => ({
    rule: 'NAdam',
    kwargs: [...adamKwargs(hp), ['momentum_decay', f(hp.momentumDecay)]],
  }),
  radam: (hp) => ({ rule: 'RAdam', kwargs: adamKwargs(hp) }),
  lion: (hp) => ({
    rule: 'Lion',
    kwargs: [...betas(hp), ['weight_decay', f(hp.weightDecay)]],
  }),
  rprop: (hp) => ({
    rule: 'Rprop',
    kwargs: [
      ['eta_minus', f(hp.etaMinus)],
      ['eta_plus', f(hp.etaPlus)],
      ['step_size_min', f(hp.stepSizeMin)],
      ['step_size_max', f(hp.stepSizeMax)],
    ],
  }),
  asgd: (hp) => ({
    rule: 'ASGD',
    kwargs: [
      ['lambd', f(hp.lambd)],
      ['alpha', f(hp.alpha)],
      ['t0', f(hp.t0)],
      ['weight_decay', f(hp.weightDecay)],
    ],
  }),
  adafactor: (hp, { blocks }) => ({
    rule: 'Adafactor',
    kwargs: [
      ['beta2_decay', f(hp.beta2Decay)],
      ['eps1', f(hp.eps1)],
      ['eps2', f(hp.eps2)],
      ['d', f(hp.d)],
      ['weight_decay', f(hp.weightDecay)],
      [
        'blocks',
        `[${blocks.map(([at, rows, cols, factored]) => `(${at}, ${rows}, ${cols}, ${factored ? 'True' : 'False'})`).join(', ')}]`,
      ],
    ],
  }),
  newton: (hp) => ({
    rule: 'Newton',
    kwargs: [
      ['damping', f(hp.damping)],
      ['saddle_free', hp.saddleFree ? 'True' : 'False'],
      ['hessian', 'hessian'],
    ],
  }),
  'schedule-free-sgd': (hp) => scheduleFree(hp, false),
  'schedule-free-adamw': (hp) => scheduleFree(hp, true),
  muon: (hp, { blocks }) => ({
    rule: 'Muon',
    kwargs: [
      ['momentum', f(hp.momentum)],
      ['nesterov', hp.nesterov ? 'True' : 'False'],
      ['ns_steps', String(hp.nsSteps)],
      ['weight_decay', f(hp.weightDecay)],
      ['adam_lr', f(hp.adamLr)],
      ['base_lr', f(hp.lr)],
      [
        'blocks',
        `[${blocks.map(([at, rows, cols, matrix]) => `(${at}, ${rows}, ${cols}, ${matrix ? 'True' : 'False'})`).join(', ')}]`,
      ],
    ],
  }),
  lbfgs: (hp, { evaluate }) => ({
    rule: 'LBFGS',
    kwargs: [
      ['history_size', String(hp.historySize)],
      ['line_search_fn', hp.lineSearchFn === 'strong-wolfe' ? '"strong_wolfe"' : 'None'],
      ['tolerance_grad', f(hp.toleranceGrad)],
      ['tolerance_change', f(hp.toleranceChange)],
      ['evaluate', evaluate],
    ],
  }),
};

/** Both Schedule-Free rules: one class, `adamw` choosing the base step, β the interpolation. */
function scheduleFree(hp: ResolvedHyperparams, adamw: boolean): NumpyOptimizer {
  return {
    rule: 'ScheduleFree',
    kwargs: [
      ['adamw', adamw ? 'True' : 'False'],
      ['beta', f(adamw ? hp.beta1 : hp.momentum)],
      ['beta2', f(hp.beta2)],
      ['eps', f(hp.eps)],
      ['weight_decay', f(hp.weightDecay)],
      ['warmup_steps', f(hp.warmupSteps)],
      ['r', f(hp.r)],
      ['weight_lr_power', f(hp.weightLrPower)],
    ],
  };
}

/** The class of a run's rule and its keyword arguments (`beta1=0.9`, …). */
export function numpyOptimizer(
  type: OptimizerType,
  hp: ResolvedHyperparams,
  context: NumpyOptimizerContext,
): { rule: NumpyRule; args: string[] } {
  const { rule, kwargs } = NUMPY_OPTIMIZERS[type](hp, context);
  return { rule, args: kwargs.map(([k, v]) => `${k}=${v}`) };
}

/** The source of every class the runs use, in a fixed order. */
export function numpyRuleClasses(used: ReadonlySet<NumpyRule>, say: Say): string[] {
  const sources: Record<NumpyRule, () => string[]> = {
    SGD: () => sgdClass(say),
    Adagrad: () => adagradClass(say),
    RMSprop: () => rmspropClass(say),
    Adadelta: () => adadeltaClass(say),
    Adam: () =>
      adamClass({ name: 'Adam', decoupled: false, amsgrad: false, biasCorrection: true }, say),
    AdamW: () =>
      adamClass({ name: 'AdamW', decoupled: true, amsgrad: false, biasCorrection: true }, say),
    AMSGrad: () =>
      adamClass({ name: 'AMSGrad', decoupled: false, amsgrad: true, biasCorrection: true }, say),
    AdamWithoutBiasCorrection: () =>
      adamClass(
        {
          name: 'AdamWithoutBiasCorrection',
          decoupled: false,
          amsgrad: false,
          biasCorrection: false,
        },
        say,
      ),
    Adamax: () => adamaxClass(say),
    NAdam: () => nadamClass(say),
    RAdam: () => radamClass(say),
    Lion: () => lionClass(say),
    Rprop: () => rpropClass(say),
    ASGD: () => asgdClass(say),
    Adafactor: () => adafactorClass(say),
    Newton: () => newtonClass(say),
    ScheduleFree: () => scheduleFreeNumpy(say),
    Muon: () => muonClass(say),
    LBFGS: () => lbfgsClass(say),
  };
  return (Object.keys(sources) as NumpyRule[])
    .filter((rule) => used.has(rule))
    .flatMap((rule) => [...sources[rule](), '', '']);
}
