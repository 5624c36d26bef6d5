/**
 * L-BFGS at the scenario's edges: its choice hyperparameter (lineSearchFn: one of the table's
 * options, refused otherwise, with what it takes), its whole-number history size, and links that
 * carry it as text (the first choice kind, docs/extending.md) and read it back.
 */
import { describe, expect, it } from 'vitest';
import { HYPERPARAMS } from '../../src/core/optimizers';
import { formatIssue, validateScenario } from '../../src/scenario/validate';
import { LINE_SEARCH_FNS, type OptimizerSpec, type Scenario } from '../../src/scenario/types';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { RUN_COLORS } from '../../src/plot/palette';
import { scenarioOn } from '../helpers';

const errorsOf = (optimizer: Record<string, unknown>): string[] => {
  const result = validateScenario(
    scenarioOn('rosenbrock', [optimizer as unknown as OptimizerSpec]),
  );
  return result.ok ? [] : result.errors.map(formatIssue);
};

describe('validation of L-BFGS’s hyperparameters', () => {
  it('lineSearchFn is one of the table’s choices: none or strong-wolfe', () => {
    expect(HYPERPARAMS.lineSearchFn.options).toEqual(LINE_SEARCH_FNS);
    for (const lineSearchFn of LINE_SEARCH_FNS)
      expect(errorsOf({ type: 'lbfgs', lr: 1, lineSearchFn })).toEqual([]);
    expect(errorsOf({ type: 'lbfgs', lr: 1, lineSearchFn: 'strong_wolfe' })).toEqual([
      'optimizers[0].lineSearchFn: must be one of none, strong-wolfe; got "strong_wolfe"',
    ]);
    expect(errorsOf({ type: 'lbfgs', lr: 1, lineSearchFn: true })[0]).toContain(
      'must be one of none, strong-wolfe',
    );
  });

  it('historySize is a whole number from 1; the tolerances are ≥ 0; no weight decay', () => {
    expect(errorsOf({ type: 'lbfgs', lr: 1, historySize: 1 })).toEqual([]);
    expect(errorsOf({ type: 'lbfgs', lr: 1, historySize: 2.5 })[0]).toContain(
      'optimizers[0].historySize',
    );
    expect(errorsOf({ type: 'lbfgs', lr: 1, historySize: 0 })[0]).toContain('historySize');
    expect(errorsOf({ type: 'lbfgs', lr: 1, toleranceGrad: -1 })[0]).toContain('toleranceGrad');
    expect(errorsOf({ type: 'lbfgs', lr: 1, toleranceChange: -1 })[0]).toContain('toleranceChange');
    expect(errorsOf({ type: 'lbfgs', lr: 1, weightDecay: 0.1 })[0]).toContain(
      'not a hyperparameter of lbfgs',
    );
    // Other types do not take it.
    expect(errorsOf({ type: 'adam', lr: 0.01, lineSearchFn: 'none' })[0]).toContain(
      'not a hyperparameter of adam',
    );
  });
});

describe('links carry L-BFGS', () => {
  const runs: OptimizerSpec[] = [
    { type: 'lbfgs', lr: 1, historySize: 10, lineSearchFn: 'strong-wolfe' },
    { type: 'lbfgs', lr: 0.5, lineSearchFn: 'none', toleranceGrad: 1e-5, toleranceChange: 1e-12 },
  ];
  const coloured = runs.map((run, i) => ({ ...run, color: RUN_COLORS[i]! }));
  const scenario: Scenario = scenarioOn('rosenbrock', coloured, { start: [-1.5, 2], steps: 30 });

  it('decode(encode(s)) is s, the line search as text', () => {
    const link = encodeLink({ scenario, view: DEFAULT_VIEW });
    expect(link).toContain('o=lbfgs(lr=1,historySize=10,lineSearchFn=strong-wolfe');
    expect(decodeLink(link)).toEqual({ state: { scenario, view: DEFAULT_VIEW }, notices: [] });
  });

  it('a link with an unknown line search keeps the run and says what was dropped', () => {
    const { state, notices } = decodeLink('p=beale&o=lbfgs(lr=1,lineSearchFn=armijo)');
    expect(state.scenario.optimizers).toEqual([{ type: 'lbfgs', lr: 1, color: RUN_COLORS[0] }]);
    expect(notices).toEqual([
      {
        param: 'o (run 1) lineSearchFn',
        message: 'must be one of none, strong-wolfe; got "armijo"; ignored',
      },
    ]);
  });
});
