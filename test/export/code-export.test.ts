// The exported scripts' text (src/export/code), without Python: each optimizer and schedule as
// the target writes it with the run's exact hyperparameters, the data and θ₀ written exactly,
// the comments in either language, and text from outside (labels) unable to escape its literal.
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_DEFAULTS, resolveHyperparams } from '../../src/core/optimizers';
import { describeProblem } from '../../src/core/problems';
import { classificationData } from '../../src/core/problems/datasets';
import {
  generateLinearData,
  LINEAR_DATA_DEFAULTS,
} from '../../src/core/problems/linear-regression';
import { exportCode, type CodeTarget } from '../../src/export/code';
import { EN } from '../../src/export/code/comments-en';
import { ZH } from '../../src/export/code/comments-zh';
import { KIND_CODE } from '../../src/kinds/code-registry';
import { PROBLEM_TYPES } from '../../src/kinds/registry';
import { OPTIMIZER_TYPES, type OptimizerSpec, type Scenario } from '../../src/scenario/types';
import { scenarioOn } from '../helpers';
import { CODE_SCENARIOS } from './code-scenarios';

const on = (optimizers: OptimizerSpec[], extra: Partial<Scenario> = {}) =>
  scenarioOn('rosenbrock', optimizers, { steps: 20, ...extra });

/** The torch.optim class (or the script's own) each type is made with. */
const TORCH_CLASS: Record<(typeof OPTIMIZER_TYPES)[number], string> = {
  gd: 'torch.optim.SGD',
  momentum: 'torch.optim.SGD',
  nesterov: 'torch.optim.SGD',
  adagrad: 'torch.optim.Adagrad',
  rmsprop: 'torch.optim.RMSprop',
  adadelta: 'torch.optim.Adadelta',
  adam: 'torch.optim.Adam',
  adamw: 'torch.optim.AdamW',
  amsgrad: 'torch.optim.Adam',
  adamax: 'torch.optim.Adamax',
  nadam: 'NAdam',
  radam: 'torch.optim.RAdam',
  lion: 'Lion',
  rprop: 'torch.optim.Rprop',
  asgd: 'torch.optim.ASGD',
  adafactor: 'Adafactor',
  newton: 'Newton',
  'schedule-free-sgd': 'ScheduleFree',
  'schedule-free-adamw': 'ScheduleFree',
  muon: 'Muon',
  lbfgs: 'torch.optim.LBFGS',
};

/** The keyword and its Python text of each hyperparameter in torch.optim. */
const TORCH_KWARGS: Record<string, (v: number | boolean | string) => string> = {
  lr: (v) => `lr=${py(v)}`,
  momentum: (v) => `momentum=${py(v)}`,
  dampening: (v) => `dampening=${py(v)}`,
  eps: (v) => `eps=${py(v)}`,
  alpha: (v) => `alpha=${py(v)}`,
  rho: (v) => `rho=${py(v)}`,
  lrDecay: (v) => `lr_decay=${py(v)}`,
  initialAccumulatorValue: (v) => `initial_accumulator_value=${py(v)}`,
  momentumDecay: (v) => `momentum_decay=${py(v)}`,
  weightDecay: (v) => `weight_decay=${py(v)}`,
  centered: (v) => `centered=${v ? 'True' : 'False'}`,
  lambd: (v) => `lambd=${py(v)}`,
  t0: (v) => `t0=${py(v)}`,
  beta2Decay: (v) => `beta2_decay=${py(v)}`,
  d: (v) => `d=${py(v)}`,
  damping: (v) => `damping=${py(v)}`,
  saddleFree: (v) => `saddle_free=${v ? 'True' : 'False'}`,
  warmupSteps: (v) => `warmup_steps=${py(v)}`,
  r: (v) => `r=${py(v)}`,
  weightLrPower: (v) => `weight_lr_power=${py(v)}`,
  nesterov: (v) => `nesterov=${v ? 'True' : 'False'}`,
  nsSteps: (v) => `ns_steps=${String(v)}`,
  adamLr: (v) => `adam_lr=${py(v)}`,
  historySize: (v) => `history_size=${String(v)}`,
  toleranceGrad: (v) => `tolerance_grad=${py(v)}`,
  toleranceChange: (v) => `tolerance_change=${py(v)}`,
  lineSearchFn: (v) => `line_search_fn=${v === 'strong-wolfe' ? '"strong_wolfe"' : 'None'}`,
};

/** Hyperparameters torch.optim takes as a pair: (name, first, second). */
const PAIRS = [
  ['betas', 'beta1', 'beta2'],
  ['etas', 'etaMinus', 'etaPlus'],
  ['step_sizes', 'stepSizeMin', 'stepSizeMax'],
  ['eps', 'eps1', 'eps2'],
] as const;
const py = (v: number | boolean | string) =>
  typeof v !== 'number' ? String(v) : Number.isInteger(v) ? `${v}.0` : String(v);

/** Lines of code without their comments (and without the comment lines). */
const codeOnly = (script: string) =>
  script
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .map((line) => line.replace(/ {2}# .*$/, ''));

describe('the PyTorch script', () => {
  it.each(OPTIMIZER_TYPES.map((type) => [type]))(
    '%s: its torch.optim class with every hyperparameter of the run, exactly',
    (type) => {
      // Values unlike the defaults, so that a default written in their place would show.
      const decays = 'weightDecay' in OPTIMIZER_DEFAULTS[type];
      const spec: OptimizerSpec = { type, lr: 0.0123, ...(decays ? { weightDecay: 0.0042 } : {}) };
      const script = exportCode(on([spec]), 'pytorch');
      expect(script).toContain(`optimizer = ${TORCH_CLASS[type]}(`);
      const hp = resolveHyperparams(spec);
      const paired = new Set<string>(PAIRS.flatMap(([, a, b]) => [a, b]));
      for (const name of Object.keys(OPTIMIZER_DEFAULTS[type]) as (keyof typeof hp)[]) {
        if (paired.has(name) || name === 'biasCorrection') continue;
        expect(script, name).toContain(`${TORCH_KWARGS[name]!(hp[name])},`);
      }
      for (const [kwarg, first, second] of PAIRS)
        if (first in OPTIMIZER_DEFAULTS[type])
          expect(script).toContain(`${kwarg}=(${py(hp[first])}, ${py(hp[second])}),`);
    },
  );

  it('writes the options torch.optim has as its own: Nesterov, AMSGrad, no bias correction', () => {
    expect(exportCode(on([{ type: 'nesterov', lr: 0.01 }]), 'pytorch')).toContain('nesterov=True,');
    expect(exportCode(on([{ type: 'amsgrad', lr: 0.01 }]), 'pytorch')).toContain('amsgrad=True,');
    const textbook = exportCode(on([{ type: 'adam', lr: 0.01, biasCorrection: false }]), 'pytorch');
    expect(textbook).toContain('class AdamWithoutBiasCorrection(torch.optim.Optimizer):');
    expect(textbook).toContain('optimizer = AdamWithoutBiasCorrection(');
    expect(textbook).not.toContain('class Lion');
  });

  it('takes torch.optim.NAdam from PyTorch 2.0 on, and the same rule as a class before', () => {
    const script = exportCode(on([{ type: 'nadam', lr: 0.01 }]), 'pytorch');
    expect(script).toContain('    NAdam = torch.optim.NAdam');
    expect(script).toContain('    class NAdam(torch.optim.Optimizer):');
  });

  it.each([
    [{ type: 'step', stepSize: 5, gamma: 0.3 }, 'StepLR(', ['step_size=5,', 'gamma=0.3,']],
    [{ type: 'exponential', gamma: 0.9 }, 'ExponentialLR(', ['gamma=0.9,']],
    [
      { type: 'cosine', tMax: 15, etaMin: 0.001 },
      'CosineAnnealingLR(',
      ['T_max=15,', 'eta_min=0.001,'],
    ],
    [
      { type: 'warmup-cosine', warmupSteps: 4, startFactor: 0.25, tMax: 18 },
      'SequentialLR(optimizer, [warmup, cosine], milestones=[4])',
      ['start_factor=0.25,', 'total_iters=4,', 'T_max=14,'],
    ],
    [
      { type: 'one-cycle', pctStart: 0.4, threePhase: true, annealStrategy: 'linear' },
      'OneCycleLR(',
      [
        'max_lr=0.05,',
        'total_steps=20,',
        'pct_start=0.4,',
        'anneal_strategy="linear",',
        'three_phase=True,',
        'cycle_momentum=True,',
      ],
    ],
  ] as const)('schedules %o with torch.optim.lr_scheduler.%s', (schedule, call, fields) => {
    const script = exportCode(on([{ type: 'adam', lr: 0.05, schedule }]), 'pytorch');
    expect(script).toContain(`torch.optim.lr_scheduler.${call}`);
    for (const field of fields) expect(script).toContain(field);
  });

  it('turns one-cycle’s momentum cycling off where the optimizer has no momentum, and says so', () => {
    const script = exportCode(
      on([{ type: 'adagrad', lr: 0.05, schedule: { type: 'one-cycle' } }]),
      'pytorch',
    );
    expect(script).toContain('cycle_momentum=False,');
    expect(script).toContain(EN.cycleRefused.slice(0, 40));
  });

  it('writes a constant lr as no scheduler', () => {
    expect(exportCode(on([{ type: 'gd', lr: 0.01 }]), 'pytorch')).toContain('scheduler = None');
  });
});

describe('the NumPy script', () => {
  it('defines each rule it uses once, and only those', () => {
    const script = exportCode(
      on([
        { type: 'gd', lr: 0.01 },
        { type: 'momentum', lr: 0.01 },
        { type: 'adam', lr: 0.01 },
      ]),
      'numpy',
    );
    expect(script.match(/^class SGD:/gm)).toHaveLength(1);
    expect(script.match(/^class Adam:/gm)).toHaveLength(1);
    expect(script).not.toMatch(/^class (Lion|RMSprop|AdamW):/m);
    expect(script).not.toContain('import torch');
  });

  it('gives every type its class and every hyperparameter', () => {
    for (const type of OPTIMIZER_TYPES) {
      const decays = 'weightDecay' in OPTIMIZER_DEFAULTS[type];
      const spec = { type, lr: 0.0123, ...(decays ? { weightDecay: 0.0042 } : {}) };
      const script = exportCode(on([spec]), 'numpy');
      if (decays) expect(script, type).toContain('weight_decay=0.0042');
      expect(script, type).toContain('lr=0.0123');
    }
  });
});

describe('both scripts', () => {
  const targets: CodeTarget[] = ['pytorch', 'numpy'];

  it('have code for every problem kind', () => {
    expect(Object.keys(KIND_CODE).sort()).toEqual([...PROBLEM_TYPES].sort());
  });

  it.each(targets)(
    '%s: write the data and θ₀ exactly (every number reads back bit for bit)',
    (target) => {
      const linear = { type: 'linear-regression', noise: 0 } as const;
      const script = exportCode(
        {
          version: 1,
          problem: linear,
          start: [0.1, -0.2],
          steps: 2,
          seed: 1,
          optimizers: [{ type: 'gd', lr: 0.1 }],
        },
        target,
      );
      const { xs, ys } = generateLinearData(LINEAR_DATA_DEFAULTS);
      expect(dataRows(script)).toEqual(Array.from(xs, (x, i) => [x, ys[i]]));

      const mlp = CODE_SCENARIOS['MLP tanh on moons']!;
      const mlpScript = exportCode(mlp, target);
      const { x1, x2, labels } = classificationData(undefined, 'moons');
      expect(dataRows(mlpScript)).toEqual(Array.from(labels, (label, i) => [x1[i], x2[i], label]));
      const start = /^START = \[([^\]]*)\]/m.exec(
        mlpScript.replace(/\[\n/g, '[').replace(/,\n\s*/g, ', '),
      )!;
      expect(
        start[1]!
          .split(',')
          .filter((s) => s.trim())
          .map(Number),
      ).toEqual(describeProblem(mlp.problem).info.start);
    },
  );

  it.each(targets)('%s: comments in Chinese, the code itself unchanged', (target) => {
    const scenario = CODE_SCENARIOS['schedules, part 1']!;
    const en = exportCode(scenario, target, { language: 'en' });
    const zh = exportCode(scenario, target, { language: 'zh' });
    expect(zh).toContain(ZH.sectionLoop);
    expect(zh).not.toContain(EN.sectionLoop);
    // Printed words and run names are words too.
    const printed = /print\(|line \+=|shown \+=|^ {4}\(".*", run_\d+\),$/;
    const code = (text: string) => codeOnly(text).filter((line) => !printed.test(line));
    expect(code(zh)).toEqual(code(en));
  });

  it.each(targets)(
    '%s: the header names the problem with the title given, else English',
    (target) => {
      const scenario = CODE_SCENARIOS['schedules, part 1']!;
      const { title } = describeProblem(scenario.problem).info;
      const headerOf = (text: string) => text.split('\n').slice(0, 8).join('\n');
      expect(headerOf(exportCode(scenario, target, { language: 'zh' }))).toContain(title);
      const zh = exportCode(scenario, target, { language: 'zh', problemTitle: '某个函数' });
      expect(headerOf(zh)).toContain('某个函数');
      expect(headerOf(zh)).not.toContain(title);
    },
  );

  it.each(targets)('%s: a hostile label stays inside its string literal', (target) => {
    const label = 'evil"\n__import__("os").system("x")  # \u202e\\\u2028\ud800 """ \'';
    const script = exportCode(on([{ type: 'gd', lr: 0.01, label }]), target);
    // No line break, control, separator or bidi character anywhere but \n between lines.
    expect(script).not.toMatch(
      // eslint-disable-next-line no-control-regex -- the characters looked for
      /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/,
    );
    const entry = script.split('\n').find((line) => line.endsWith('run_1),'))!;
    expect(entry).toBe(
      '    ("evil\\"\\x0a__import__(\\"os\\").system(\\"x\\")  # \\u202e\\\\\\u2028\uFFFD \\"\\"\\" \'", run_1),',
    );
    expect(script).not.toMatch(/^__import__/m);
  });
});

/** The DATA rows of a script, as numbers. */
function dataRows(script: string): number[][] {
  const block = /^DATA = \[\n([\s\S]*?)\n\]/m.exec(script)![1]!;
  return [...block.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!.split(', ').map(Number));
}
