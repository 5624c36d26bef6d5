/**
 * The types of issue 21 (Rprop, ASGD, Adafactor, Newton) at the scenario's edges: validation of their
 * hyperparameters (torch's constraints, with the reason in the message; ASGD's own `alpha`; the
 * cap on Newton's parameters) and links that carry them, switches included, and read back.
 */
import { describe, expect, it } from 'vitest';
import { hyperparamSpec } from '../../src/core/optimizers';
import { NEWTON_MAX_PARAMS } from '../../src/core/optimizers/newton';
import { formatIssue, validateScenario } from '../../src/scenario/validate';
import type { OptimizerSpec, ProblemSpec, Scenario } from '../../src/scenario/types';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { RUN_COLORS } from '../../src/plot/palette';
import { scenarioOn } from '../helpers';

const errorsOf = (optimizer: Record<string, unknown>, problem?: ProblemSpec): string[] => {
  const scenario = scenarioOn('rosenbrock', [optimizer as unknown as OptimizerSpec]);
  // A model's start is its initial weights: left to the default.
  const { start: _start, ...rest } = scenario;
  const result = validateScenario(problem ? { ...rest, problem } : scenario);
  return result.ok ? [] : result.errors.map(formatIssue);
};

describe('validation of the new types’ hyperparameters', () => {
  it('Rprop: 0 < etaMinus < 1 < etaPlus, as torch.optim.Rprop requires, saying so', () => {
    expect(errorsOf({ type: 'rprop', lr: 0.01, etaMinus: 0.5, etaPlus: 1.2 })).toEqual([]);
    for (const bad of [{ etaMinus: 0 }, { etaMinus: 1 }, { etaPlus: 1 }, { etaPlus: 0.9 }]) {
      const [message, ...rest] = errorsOf({ type: 'rprop', lr: 0.01, ...bad });
      expect(rest).toEqual([]);
      expect(message).toContain(`optimizers[0].${Object.keys(bad)[0]}`);
      expect(message).toContain('torch.optim.Rprop requires 0 < etaMinus < 1 < etaPlus');
    }
    expect(errorsOf({ type: 'rprop', lr: 0.01, stepSizeMin: -1 })[0]).toContain('stepSizeMin');
    // Rprop has no weight decay (torch.optim.Rprop takes none).
    expect(errorsOf({ type: 'rprop', lr: 0.01, weightDecay: 0.1 })[0]).toContain(
      'not a hyperparameter of rprop',
    );
  });

  it('ASGD reads `alpha` as a power (0 … 10), RMSprop as a smoothing constant in [0, 1]', () => {
    expect(errorsOf({ type: 'asgd', lr: 0.01, alpha: 2, t0: 0, lambd: 0.5 })).toEqual([]);
    expect(errorsOf({ type: 'rmsprop', lr: 0.01, alpha: 2 })[0]).toContain('at most 1');
    expect(errorsOf({ type: 'asgd', lr: 0.01, alpha: 11 })[0]).toContain('at most 10');
    expect(hyperparamSpec('asgd', 'alpha').symbol).toBe('ω');
    expect(hyperparamSpec('rmsprop', 'alpha').symbol).toBe('ρ');
  });

  it('Adafactor: beta2Decay ≤ 0 and d ≥ 1, as torch.optim.Adafactor requires', () => {
    expect(errorsOf({ type: 'adafactor', lr: 0.01, beta2Decay: -0.5, d: 2, eps1: 0 })).toEqual([]);
    expect(errorsOf({ type: 'adafactor', lr: 0.01, beta2Decay: 0.1 })[0]).toContain(
      'torch.optim.Adafactor requires beta2_decay ≤ 0',
    );
    expect(errorsOf({ type: 'adafactor', lr: 0.01, d: 0.5 })[0]).toContain('requires d ≥ 1');
  });

  it('Newton: a switch, a damping ≥ 0, and at most 80 parameters', () => {
    expect(errorsOf({ type: 'newton', lr: 1, damping: 0.5, saddleFree: true })).toEqual([]);
    expect(errorsOf({ type: 'newton', lr: 1, saddleFree: 'yes' })[0]).toContain(
      'must be true or false',
    );
    expect(errorsOf({ type: 'newton', lr: 1, damping: -1 })[0]).toContain('damping');
    const small: ProblemSpec = { type: 'mlp', hidden: [8] }; // 33 parameters
    expect(errorsOf({ type: 'newton', lr: 1 }, small)).toEqual([]);
    const logistic: ProblemSpec = { type: 'logistic-regression' };
    expect(errorsOf({ type: 'newton', lr: 1 }, logistic)).toEqual([]);
    const large: ProblemSpec = { type: 'mlp' }; // 2 → 16 → 16 → 1: 337 parameters
    expect(errorsOf({ type: 'newton', lr: 1 }, large)).toEqual([
      `optimizers[0].type: Newton builds the whole Hessian, at most ${NEWTON_MAX_PARAMS} parameters; this problem has 337 (choose smaller hidden layers)`,
    ]);
    // Other types are not limited.
    expect(errorsOf({ type: 'adam', lr: 0.01 }, large)).toEqual([]);
  });
});

describe('links carry the new types', () => {
  const runs: OptimizerSpec[] = [
    { type: 'rprop', lr: 0.05, etaMinus: 0.3, etaPlus: 1.5, stepSizeMin: 1e-8, stepSizeMax: 1 },
    { type: 'asgd', lr: 0.05, lambd: 0.01, alpha: 0.5, t0: 20, weightDecay: 0.001 },
    { type: 'adafactor', lr: 0.1, beta2Decay: -0.6, eps1: 1e-30, eps2: 0.05, d: 2 },
    { type: 'newton', lr: 0.5, damping: 0.25, saddleFree: true },
    { type: 'newton', lr: 1, saddleFree: false },
  ];
  // A link colours every run (its palette colour when it has none).
  const coloured = runs.map((run, i) => ({ ...run, color: RUN_COLORS[i]! }));
  const scenario: Scenario = scenarioOn('beale', coloured, { start: [1, 1.4], steps: 30 });

  it('decode(encode(s)) is s, every hyperparameter and the switch included', () => {
    const link = encodeLink({ scenario, view: DEFAULT_VIEW });
    expect(link).toContain('o=newton(lr=0.5,damping=0.25,saddleFree=true)');
    expect(link).toContain('o=rprop(lr=0.05,etaMinus=0.3,etaPlus=1.5');
    expect(decodeLink(link)).toEqual({ state: { scenario, view: DEFAULT_VIEW }, notices: [] });
  });

  it('a link with a value torch refuses keeps the run and says what was dropped', () => {
    const { state, notices } = decodeLink('p=beale&o=rprop(lr=0.05,etaPlus=0.5)');
    expect(state.scenario.optimizers).toEqual([{ type: 'rprop', lr: 0.05, color: RUN_COLORS[0] }]);
    expect(notices).toEqual([
      {
        param: 'o (run 1) etaPlus',
        message:
          'must be above 1 and at most 1000, got 0.5 (torch.optim.Rprop requires 0 < etaMinus < 1 < etaPlus); ignored',
      },
    ]);
  });
});
