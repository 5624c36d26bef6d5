/**
 * Muon at the scenario's edges: refused on a 2-parameter problem with the reason (validation and
 * links), accepted on every model; its whole-number Newton–Schulz steps; links carrying it.
 */
import { describe, expect, it } from 'vitest';
import { buildProblem } from '../../src/core/problems';
import { formatIssue, validateScenario } from '../../src/scenario/validate';
import type { OptimizerSpec, ProblemSpec, Scenario } from '../../src/scenario/types';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { RUN_COLORS } from '../../src/plot/palette';
import { scenarioOn } from '../helpers';

const REASON =
  'Muon orthogonalises the update of each weight matrix of a model; a 2-parameter problem has no matrix (θ is one vector), so Muon does not apply (choose logistic regression or a network)';

const errorsOf = (optimizer: Record<string, unknown>, problem?: ProblemSpec): string[] => {
  const scenario = scenarioOn('rosenbrock', [optimizer as unknown as OptimizerSpec]);
  const { start: _start, ...rest } = scenario;
  const result = validateScenario(problem ? { ...rest, problem } : scenario);
  return result.ok ? [] : result.errors.map(formatIssue);
};

describe('validation of muon', () => {
  it('refuses it on every 2-parameter problem, saying why', () => {
    expect(errorsOf({ type: 'muon', lr: 0.02 })).toEqual([`optimizers[0].type: ${REASON}`]);
    expect(errorsOf({ type: 'muon', lr: 0.02 }, { type: 'expression', expr: 'x^2 + y^2' })).toEqual(
      [`optimizers[0].type: ${REASON}`],
    );
    expect(errorsOf({ type: 'muon', lr: 0.02 }, { type: 'linear-regression' })).toEqual([
      `optimizers[0].type: ${REASON}`,
    ]);
  });

  it('accepts it on the models, each of which has a weight matrix in its layout', () => {
    const models: ProblemSpec[] = [
      { type: 'logistic-regression' },
      { type: 'mlp' },
      { type: 'mlp', hidden: [4] },
    ];
    for (const problem of models) {
      expect(errorsOf({ type: 'muon', lr: 0.02 }, problem)).toEqual([]);
      expect(buildProblem(problem).layout!.some((g) => g.kind === 'weight')).toBe(true);
    }
    // The problems it refuses have no layout: θ is one vector of 2.
    for (const problem of [
      { type: 'linear-regression' },
      { type: 'function', name: 'booth' },
    ] as ProblemSpec[]) {
      expect(buildProblem(problem).layout).toBeUndefined();
      expect(buildProblem(problem).dim).toBe(2);
    }
  });

  it('takes whole numbers of Newton–Schulz steps from 0 to 20, and its other ranges', () => {
    const net: ProblemSpec = { type: 'mlp', hidden: [4] };
    expect(errorsOf({ type: 'muon', lr: 0.02, nsSteps: 0 }, net)).toEqual([]);
    expect(errorsOf({ type: 'muon', lr: 0.02, nsSteps: 20, nesterov: false }, net)).toEqual([]);
    expect(errorsOf({ type: 'muon', lr: 0.02, nsSteps: 2.5 }, net)).toEqual([
      'optimizers[0].nsSteps: must be a whole number, got 2.5',
    ]);
    expect(errorsOf({ type: 'muon', lr: 0.02, nsSteps: 21 }, net)[0]).toContain('at most 20');
    expect(errorsOf({ type: 'muon', lr: 0.02, adamLr: -1 }, net)[0]).toContain('adamLr');
    expect(errorsOf({ type: 'muon', lr: 0.02, nesterov: 'yes' }, net)[0]).toContain(
      'must be true or false',
    );
    expect(errorsOf({ type: 'muon', lr: 0.02, beta1: 0.9 }, net)[0]).toContain(
      'not a hyperparameter of muon',
    );
  });
});

describe('links carry muon', () => {
  it('decode(encode(s)) is s, the switch and the whole number included', () => {
    const problem: ProblemSpec = { type: 'mlp', hidden: [4] };
    const start = [...buildProblem(problem).info.start];
    const optimizers: OptimizerSpec[] = [
      {
        type: 'muon',
        lr: 0.05,
        momentum: 0.9,
        nesterov: false,
        nsSteps: 3,
        weightDecay: 0.01,
        adamLr: 0.001,
        color: RUN_COLORS[0]!,
      },
    ];
    const scenario: Scenario = { version: 1, problem, start, steps: 30, seed: 1, optimizers };
    const link = encodeLink({ scenario, view: DEFAULT_VIEW });
    expect(link).toContain(
      'o=muon(lr=0.05,momentum=0.9,weightDecay=0.01,nsSteps=3,adamLr=0.001,nesterov=false',
    );
    expect(decodeLink(link).state.scenario).toEqual(scenario);
  });

  it('a link asking for muon on a function drops the run and says why', () => {
    const { state, notices } = decodeLink('p=booth&o=muon(lr=0.02)&o=adam(lr=0.1)');
    expect(state.scenario.optimizers.map((o) => o.type)).toEqual(['adam']);
    expect(notices.some((n) => n.message.includes(REASON))).toBe(true);
  });
});
