/**
 * The scenarios the exported scripts are run on (test/export/code-run.test.ts): together they
 * take every optimizer type and variant, every schedule type and option, weight decay of both
 * kinds, gradient noise, mini-batches (the problem's and a run's own), every problem kind, every
 * built-in function, a typed formula with every function and operator of the expression
 * language, a run that diverges, and every preset.
 */
import { describeProblem } from '../../src/core/problems';
import { FUNCTION_NAMES } from '../../src/core/problems/functions';
import { PRESETS } from '../../src/presets/presets';
import { validateScenario } from '../../src/scenario/validate';
import type { OptimizerSpec, ProblemSpec, Scenario } from '../../src/scenario/types';

/**
 * Every function and operator of the expression language (docs/expressions.md, "Grammar"): + − ·
 * / ^ (constant and variable exponent), unary minus, pi, e, sin cos tan exp log sqrt abs tanh
 * sign step min max. Smooth enough along the runs that rounding is not amplified.
 */
export const EVERY_FUNCTION_FORMULA =
  '0.5*x^2 + y^2/2 - x*y/4 + sin(x) - cos(y)/2 + tan(x/5) + exp(-x^2)/3 + log(1 + y^2)' +
  ' + sqrt(1 + x^2) + abs(x - 2) + tanh(y)/2 + sign(x + 5)/10 + step(y + 5)/10' +
  ' + min(x, 3)/4 + max(y, -3)/4 + -x/8 + pi*e^(-abs(y))/5 + (1 + x^2)^(y/8) + 2^(x/4)';

function scenario(problem: ProblemSpec, runs: OptimizerSpec[], extra: Partial<Scenario> = {}) {
  const start = extra.start ?? [...describeProblem(problem).info.start];
  return { version: 1, problem, start, steps: 40, seed: 1, optimizers: runs, ...extra } as Scenario;
}

const fn = (name: string, noise?: number): ProblemSpec =>
  noise === undefined ? { type: 'function', name } : { type: 'function', name, noise };

/** Name → scenario; validated, so a typo fails here rather than in the comparison. */
export const CODE_SCENARIOS: Record<string, Scenario> = {
  'every type, part 1 (booth, weight decay)': scenario(
    fn('booth'),
    [
      { type: 'gd', lr: 0.02, weightDecay: 0.01 },
      { type: 'momentum', lr: 0.01, momentum: 0.8, dampening: 0.3, weightDecay: 0.02 },
      { type: 'nesterov', lr: 0.01, momentum: 0.7 },
      {
        type: 'adagrad',
        lr: 0.5,
        lrDecay: 0.01,
        initialAccumulatorValue: 0.1,
        eps: 1e-6,
        weightDecay: 0.01,
      },
      { type: 'rmsprop', lr: 0.05, alpha: 0.9, centered: true, momentum: 0.5, weightDecay: 0.01 },
      { type: 'rmsprop', lr: 0.05 },
      { type: 'adadelta', lr: 1, rho: 0.95, eps: 1e-4, weightDecay: 0.01 },
      { type: 'adam', lr: 0.1, beta1: 0.8, beta2: 0.99, eps: 1e-6, weightDecay: 0.01 },
    ],
    { start: [-5, -5], steps: 60 },
  ),
  'every type, part 2 (rosenbrock)': scenario(
    fn('rosenbrock'),
    [
      { type: 'adamw', lr: 0.05, weightDecay: 0.05 },
      { type: 'amsgrad', lr: 0.05, weightDecay: 0.01 },
      { type: 'adamax', lr: 0.05, weightDecay: 0.01 },
      { type: 'nadam', lr: 0.05, momentumDecay: 0.01, weightDecay: 0.01 },
      { type: 'radam', lr: 0.05, weightDecay: 0.01 },
      { type: 'lion', lr: 0.01, beta1: 0.85, beta2: 0.98, weightDecay: 0.1 },
      { type: 'adam', lr: 0.02, biasCorrection: false, weightDecay: 0.01 },
      { type: 'adam', lr: 0.05 },
    ],
    { start: [-1.5, 2], steps: 80 },
  ),
  // The types of issue 21: Rprop, ASGD, Adafactor, Newton.
  'more types: Rprop, ASGD, Adafactor (rosenbrock)': scenario(
    fn('rosenbrock'),
    [
      { type: 'rprop', lr: 0.01 },
      { type: 'rprop', lr: 0.05, etaMinus: 0.3, etaPlus: 1.5, stepSizeMin: 1e-4, stepSizeMax: 1 },
      { type: 'asgd', lr: 1e-3, lambd: 0.01, alpha: 0.5, t0: 10, weightDecay: 0.01 },
      { type: 'adafactor', lr: 0.05 },
      { type: 'adafactor', lr: 0.1, beta2Decay: -0.6, eps2: 0.05, d: 2, weightDecay: 0.01 },
    ],
    { start: [-1.5, 2], steps: 80 },
  ),
  'more types: Newton, plain and saddle-free, and at a saddle': scenario(
    fn('beale'),
    [
      { type: 'newton', lr: 1 },
      { type: 'newton', lr: 1, saddleFree: true },
      { type: 'newton', lr: 0.5, damping: 0.3, saddleFree: true },
      { type: 'newton', lr: 0.8, damping: 0.1 },
    ],
    { start: [1, 1.4], steps: 30 },
  ),
  'more types: Newton onto a saddle, then still': scenario(
    fn('saddle'),
    [{ type: 'newton', lr: 1 }],
    { start: [1, 0.001], steps: 5 },
  ),
  'more types with schedules and noise': scenario(
    fn('himmelblau', 0.1),
    [
      { type: 'rprop', lr: 0.05, schedule: { type: 'cosine' } },
      { type: 'asgd', lr: 0.01, t0: 5, schedule: { type: 'exponential', gamma: 0.95 } },
      { type: 'adafactor', lr: 0.2, schedule: { type: 'warmup-cosine', warmupSteps: 5 } },
      { type: 'newton', lr: 0.5, damping: 1, schedule: { type: 'step', stepSize: 10 } },
    ],
    { start: [0.5, -1], steps: 40, seed: 5 },
  ),
  'Schedule-Free SGD and AdamW (six-hump camel), with ASGD averaging': scenario(
    fn('six-hump-camel', 0.05),
    [
      { type: 'schedule-free-sgd', lr: 0.02, warmupSteps: 10 },
      { type: 'schedule-free-sgd', lr: 0.01, momentum: 0.8, weightDecay: 0.01, r: 1 },
      { type: 'schedule-free-adamw', lr: 0.05 },
      {
        type: 'schedule-free-adamw',
        lr: 0.1,
        beta1: 0.95,
        weightDecay: 0.01,
        warmupSteps: 5,
        weightLrPower: 1,
        schedule: { type: 'cosine' },
      },
    ],
    { start: [1.7, 0.9], steps: 60, seed: 3 },
  ),
  'Schedule-Free AdamW on a model (logistic regression)': scenario(
    { type: 'logistic-regression', data: { generator: 'blobs', n: 80 } },
    [
      { type: 'schedule-free-adamw', lr: 0.05, warmupSteps: 5 },
      { type: 'schedule-free-sgd', lr: 0.5 },
    ],
    { steps: 30 },
  ),
  'more types on models: logistic regression (Adafactor factored, Newton)': scenario(
    { type: 'logistic-regression', data: { generator: 'blobs', n: 80 } },
    [
      { type: 'adafactor', lr: 0.1 },
      { type: 'newton', lr: 1, damping: 0.01 },
      { type: 'rprop', lr: 0.01 },
      { type: 'asgd', lr: 0.5, t0: 10 },
    ],
    { steps: 30 },
  ),
  'more types on models: an MLP (Newton, Adafactor), mini-batches': scenario(
    { type: 'mlp', hidden: [4], data: { generator: 'moons', n: 60 } },
    [
      { type: 'newton', lr: 0.5, damping: 0.1, saddleFree: true },
      { type: 'adafactor', lr: 0.05, batchSize: 20 },
    ],
    { steps: 20 },
  ),
  'muon on models: an MLP (tall, wide and row matrices), schedules, mini-batches': scenario(
    { type: 'mlp', hidden: [8, 4], data: { generator: 'moons', n: 60 } },
    [
      { type: 'muon', lr: 0.02 },
      {
        type: 'muon',
        lr: 0.05,
        momentum: 0.9,
        nesterov: false,
        nsSteps: 3,
        weightDecay: 0.1,
        adamLr: 0.01,
        schedule: { type: 'exponential', gamma: 0.95 },
      },
      { type: 'muon', lr: 0.03, adamLr: 0.005, schedule: { type: 'one-cycle' } },
      { type: 'muon', lr: 0.02, nsSteps: 0, batchSize: 20 },
    ],
    { steps: 30 },
  ),
  'muon on logistic regression (a 1 × 2 matrix), warmup-cosine': scenario(
    { type: 'logistic-regression', data: { generator: 'blobs', n: 80 } },
    [{ type: 'muon', lr: 0.05, adamLr: 0.05, schedule: { type: 'warmup-cosine', warmupSteps: 5 } }],
    { steps: 30 },
  ),
  // L-BFGS (issue 21): torch.optim.LBFGS with a closure, and the NumPy port of its rule.
  'L-BFGS with and without the strong-Wolfe line search (rosenbrock, beale)': scenario(
    fn('rosenbrock'),
    [
      { type: 'lbfgs', lr: 1, lineSearchFn: 'strong-wolfe' },
      { type: 'lbfgs', lr: 0.5, historySize: 3 },
      { type: 'lbfgs', lr: 1, historySize: 2, lineSearchFn: 'strong-wolfe', toleranceGrad: 1e-5 },
    ],
    { start: [-1.5, 2], steps: 60 },
  ),
  'L-BFGS with a schedule and noise': scenario(
    fn('himmelblau', 0.1),
    [
      { type: 'lbfgs', lr: 0.5, schedule: { type: 'cosine' } },
      {
        type: 'lbfgs',
        lr: 1,
        lineSearchFn: 'strong-wolfe',
        schedule: { type: 'step', stepSize: 10 },
      },
    ],
    { start: [0.5, -1], steps: 40, seed: 5 },
  ),
  'L-BFGS on a model: logistic regression': scenario(
    { type: 'logistic-regression', data: { generator: 'blobs', n: 80 } },
    [
      { type: 'lbfgs', lr: 1, lineSearchFn: 'strong-wolfe', historySize: 5 },
      { type: 'lbfgs', lr: 0.3 },
    ],
    { steps: 30 },
  ),
  'schedules, part 1': scenario(
    fn('ellipse'),
    [
      { type: 'gd', lr: 0.4, schedule: { type: 'step', stepSize: 7, gamma: 0.7 } },
      { type: 'momentum', lr: 0.1, schedule: { type: 'exponential', gamma: 0.97 } },
      { type: 'adam', lr: 0.3, schedule: { type: 'cosine', tMax: 25, etaMin: 0.01 } },
      { type: 'adam', lr: 0.3, schedule: { type: 'cosine' } },
      {
        type: 'nadam',
        lr: 0.3,
        schedule: { type: 'warmup-cosine', warmupSteps: 8, startFactor: 0.2, etaMin: 0.02 },
      },
      { type: 'rmsprop', lr: 0.1, schedule: { type: 'warmup-cosine' } },
      { type: 'adagrad', lr: 1, schedule: { type: 'one-cycle' } },
      { type: 'adadelta', lr: 5, schedule: { type: 'one-cycle', cycleMomentum: false } },
    ],
    { start: [-4, 1.5], steps: 50 },
  ),
  'schedules, part 2 (one-cycle cycling μ and β1)': scenario(
    fn('ellipse'),
    [
      { type: 'gd', lr: 0.3, schedule: { type: 'one-cycle' } },
      { type: 'momentum', lr: 0.1, schedule: { type: 'one-cycle', annealStrategy: 'linear' } },
      { type: 'nesterov', lr: 0.1, schedule: { type: 'one-cycle', threePhase: true } },
      {
        type: 'rmsprop',
        lr: 0.05,
        schedule: { type: 'one-cycle', pctStart: 0.4, baseMomentum: 0.5, maxMomentum: 0.9 },
      },
      {
        type: 'adam',
        lr: 0.3,
        schedule: {
          type: 'one-cycle',
          totalSteps: 60,
          divFactor: 10,
          finalDivFactor: 100,
          threePhase: true,
          annealStrategy: 'linear',
        },
      },
      { type: 'radam', lr: 0.3, schedule: { type: 'one-cycle' } },
      { type: 'adamax', lr: 0.3, schedule: { type: 'one-cycle' } },
      { type: 'lion', lr: 0.05, schedule: { type: 'one-cycle', cycleMomentum: true } },
    ],
    { start: [-4, 1.5], steps: 50 },
  ),
  'gradient noise': scenario(
    fn('rosenbrock', 0.5),
    [
      { type: 'gd', lr: 0.001 },
      { type: 'momentum', lr: 0.001 },
      { type: 'adam', lr: 0.05 },
      { type: 'amsgrad', lr: 0.05, schedule: { type: 'one-cycle' } },
      { type: 'lion', lr: 0.01 },
    ],
    { start: [-1.5, 2], steps: 60, seed: 7 },
  ),
  'typed formula with every function': scenario(
    { type: 'expression', expr: EVERY_FUNCTION_FORMULA },
    [
      { type: 'gd', lr: 0.05 },
      { type: 'adam', lr: 0.05 },
      { type: 'rmsprop', lr: 0.02, momentum: 0.5 },
    ],
    { start: [-2.2, 1.6], steps: 40 },
  ),
  'typed formula with noise and a constant to fold': {
    ...scenario(
      {
        type: 'expression',
        expr: 'x^4 - x^2 + y^2 + 2*pi*x/10 + (1/0 - 1/0)*0 + sqrt(-1)*0',
        noise: 0.2,
      },
      [{ type: 'gd', lr: 0.05 }],
    ),
  },
  'a run that diverges': scenario(
    { type: 'expression', expr: 'x^2 + y^2 + sqrt(x)' },
    [
      { type: 'gd', lr: 1.2 },
      { type: 'gd', lr: 0.1 },
    ],
    { start: [2, 1], steps: 30 },
  ),
  'runs that start where f is undefined': scenario(
    { type: 'expression', expr: 'sqrt(x) + y^2' },
    [
      { type: 'gd', lr: 0.1 },
      { type: 'adam', lr: 0.1 },
    ],
    { start: [-1, 1], steps: 5 },
  ),
  'linear regression: mini-batches, a run full-batch and one sample at a time, noise': scenario(
    { type: 'linear-regression', batchSize: 10, noise: 0.1 },
    [
      { type: 'gd', lr: 0.05 },
      { type: 'adam', lr: 0.1, batchSize: 1 },
      { type: 'momentum', lr: 0.05, batchSize: 100 },
    ],
    { steps: 60 },
  ),
  'linear regression on own points': scenario(
    {
      type: 'linear-regression',
      data: {
        points: [
          [0, 1],
          [1, 2.5],
          [2, 5.5],
          [3, 7],
          [4.5, 9.25],
        ],
      },
    },
    [
      { type: 'gd', lr: 0.01 },
      { type: 'adagrad', lr: 0.5, batchSize: 2 },
    ],
    { steps: 50 },
  ),
  'logistic regression, blobs, mini-batches': scenario(
    { type: 'logistic-regression', batchSize: 20 },
    [
      { type: 'gd', lr: 0.5 },
      { type: 'adam', lr: 0.05, schedule: { type: 'cosine' } },
    ],
    { steps: 60 },
  ),
  'logistic regression, circles, own batch size, noise': scenario(
    { type: 'logistic-regression', data: { generator: 'circles', n: 120 }, noise: 0.05 },
    [
      { type: 'nesterov', lr: 0.2, batchSize: 16 },
      { type: 'lion', lr: 0.01 },
    ],
    { steps: 50 },
  ),
  'MLP tanh on moons': scenario(
    { type: 'mlp', hidden: [8, 8], batchSize: 32 },
    [
      { type: 'adam', lr: 0.02 },
      { type: 'momentum', lr: 0.1, batchSize: 200 },
    ],
    { steps: 60 },
  ),
  'MLP ReLU on xor': scenario(
    { type: 'mlp', hidden: [16], activation: 'relu', data: { generator: 'xor', n: 100 } },
    [
      { type: 'rmsprop', lr: 0.01 },
      { type: 'gd', lr: 0.3 },
    ],
    { steps: 60 },
  ),
  'MLP of three layers on a spiral, noise': scenario(
    {
      type: 'mlp',
      hidden: [4, 5, 3],
      initSeed: 3,
      data: { generator: 'spiral', n: 60, seed: 2 },
      noise: 0.01,
      batchSize: 16,
    },
    [{ type: 'adamw', lr: 0.01 }],
    { steps: 40 },
  ),
  'logistic regression on own points': scenario(
    {
      type: 'logistic-regression',
      data: {
        points: [
          [0, 0, 0],
          [1, 0.5, 0],
          [2, 2, 1],
          [0.5, 2, 1],
          [1.5, 1, 1],
          [0.2, 1, 0],
        ],
      },
    },
    [{ type: 'radam', lr: 0.1 }],
    { steps: 30 },
  ),
  // The classifiers on tables (issue 22): the scripts read the shipped files (the test puts
  // them beside the scripts), or carry the user's rows; a mini-batch run records its batch loss.
  'softmax regression on iris, mini-batches': scenario(
    { type: 'softmax-regression', batchSize: 16 },
    [
      { type: 'gd', lr: 0.5 },
      { type: 'adam', lr: 0.05, batchSize: 120 },
      { type: 'momentum', lr: 0.1, batchSize: 1 },
    ],
    { steps: 40 },
  ),
  'softmax MLP tanh on wine, noise': scenario(
    {
      type: 'softmax-mlp',
      data: { set: 'wine' },
      hidden: [8, 4],
      activation: 'tanh',
      split: { validation: 0.2, test: 0.2, seed: 5 },
      noise: 0.001,
    },
    [{ type: 'adam', lr: 0.02 }],
    { steps: 40 },
  ),
  'softmax MLP 64-32-10 on the digits': scenario(
    { type: 'softmax-mlp' },
    [
      { type: 'adam', lr: 0.01 },
      { type: 'gd', lr: 0.5, batchSize: 64 },
    ],
    { steps: 25 },
  ),
  'softmax MLP on own rows': scenario(
    {
      type: 'softmax-mlp',
      hidden: [3],
      data: {
        points: [
          [0.1, 2, 5, 0],
          [0.4, 1, 4, 1],
          [0.3, 3, 5, 2],
          [0.9, 2, 1, 1],
          [0.5, 1, 2, 0],
          [0.2, 2, 3, 2],
          [0.6, 1, 1, 1],
          [0.8, 3, 2, 2],
        ],
      },
      split: { validation: 0, test: 0.25 },
      batchSize: 3,
    },
    [{ type: 'rmsprop', lr: 0.01 }],
    { steps: 30 },
  ),
  ...Object.fromEntries(
    FUNCTION_NAMES.map((name) => [
      `function ${name}`,
      scenario(fn(name), [
        { type: 'gd', lr: name === 'goldstein-price' ? 1e-5 : 0.002 },
        { type: 'adam', lr: 0.02 },
      ]),
    ]),
  ),
  ...Object.fromEntries(PRESETS.map((preset) => [`preset ${preset.id}`, preset.scenario])),
};

for (const [name, value] of Object.entries(CODE_SCENARIOS)) {
  const validation = validateScenario(value);
  if (!validation.ok) throw new Error(`${name}: ${JSON.stringify(validation.errors)}`);
  CODE_SCENARIOS[name] = validation.scenario;
}
