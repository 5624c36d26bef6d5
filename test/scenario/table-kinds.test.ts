/**
 * The classifiers on tables as scenarios (issue 22; docs/scenario.md): validation names every
 * bad field and says why, the defaults, the split and the data travel in links, and the work
 * budget counts a mini-batch step by its batch.
 */
import { describe, expect, it } from 'vitest';
import { stepUnits } from '../../src/core/budget';
import { describeProblem } from '../../src/core/problems';
import { validateScenario } from '../../src/scenario/validate';
import type { ProblemSpec } from '../../src/scenario/types';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';

const errorsOf = (problem: unknown) => {
  const checked = validateScenario({ problem, optimizers: [{ type: 'adam', lr: 0.01 }] });
  return checked.ok ? [] : checked.errors.map((e) => `${e.path}: ${e.message}`);
};

const ROWS = [
  [0.1, 2, 5, 0],
  [0.4, 1, 4, 1],
  [0.3, 3, 5, 2],
  [0.9, 2, 1, 1],
  [0.5, 1, 2, 0],
  [0.2, 2, 3, 2],
];

describe('table classifiers in a scenario', () => {
  it('the defaults: softmax regression on iris, a 64-32-10 ReLU network on the digits', () => {
    const regression = describeProblem({ type: 'softmax-regression' });
    expect(regression.dim).toBe(4 * 3 + 3);
    expect(regression.info.title).toBe('Softmax regression on iris');
    expect(regression.bounds).toEqual({ theta: 1e4, loss: 1e6 });
    const mlp = describeProblem({ type: 'softmax-mlp' });
    expect(mlp.dim).toBe(64 * 32 + 32 + 32 * 10 + 10);
    expect(mlp.info.title).toBe('MLP 64-32-10 (relu) on digits');
    const checked = validateScenario({
      problem: { type: 'softmax-mlp' },
      optimizers: [{ type: 'adam', lr: 0.01 }],
    });
    expect(checked.ok && checked.scenario.start).toEqual(mlp.info.start);
  });

  it('accepts the user’s rows, a split and a batch size within the training rows', () => {
    expect(
      errorsOf({
        type: 'softmax-mlp',
        data: { points: ROWS },
        split: { validation: 0.2, test: 0.2, seed: 9 },
        hidden: [4],
        batchSize: 2,
      }),
    ).toEqual([]);
    expect(describeProblem({ type: 'softmax-regression', data: { points: ROWS } }).dim).toBe(12);
  });

  const BAD: [string, unknown, RegExp][] = [
    [
      'an unknown set',
      { data: { set: 'mnist' } },
      /data\.set: must be one of digits, iris, wine, breast-cancer/,
    ],
    [
      'an unknown field',
      { data: { set: 'iris', n: 5 } },
      /data\.n: unknown field for a data table/,
    ],
    [
      'a ragged row',
      {
        data: {
          points: [
            [1, 2, 0],
            [1, 0],
          ],
        },
      },
      /points\[1\]: must be a row of 3 numbers like the first/,
    ],
    [
      'a fractional label',
      {
        data: {
          points: [
            [1, 0],
            [2, 1.5],
          ],
        },
      },
      /points\[1\]: the label \(last value\) must be a class 0 … 19, got 1\.5/,
    ],
    [
      'a label past 19',
      {
        data: {
          points: [
            [1, 0],
            [2, 20],
          ],
        },
      },
      /must be a class 0 … 19, got 20/,
    ],
    [
      'one class',
      {
        data: {
          points: [
            [1, 3],
            [2, 3],
          ],
        },
      },
      /needs rows of at least two classes; every label is 3/,
    ],
    [
      'a NaN',
      {
        data: {
          points: [
            [1, 0],
            [NaN, 1],
          ],
        },
      },
      /points\[1\]: values must be finite numbers/,
    ],
    [
      'too many features',
      { data: { points: [new Array(70).fill(0), new Array(70).fill(1)] } },
      /points\[0\]: must be a row of 1 to 64 features then a label/,
    ],
    [
      'no features',
      { data: { points: [[0], [1]] } },
      /points\[0\]: must be a row of 1 to 64 features/,
    ],
    [
      'a held-out fraction past a half',
      { split: { test: 0.6 } },
      /split\.test: must be at least 0 and at most 0\.5/,
    ],
    [
      'a split leaving one training row',
      {
        data: {
          points: [
            [1, 0],
            [2, 1],
            [3, 0],
          ],
        },
        split: { validation: 0.5, test: 0.3 },
      },
      /split: leaves 0 of 3 rows for training \(2 validation, 1 test\); at least 2 are needed/,
    ],
    [
      'a batch larger than the training rows',
      { batchSize: 121 },
      /batchSize: must be at least 1 and at most 120, got 121 \(a batch is drawn from the training rows\)/,
    ],
    ['a fractional seed', { split: { seed: 1.5 } }, /split\.seed: must be a whole number/],
  ];
  for (const [name, fields, message] of BAD) {
    it(`softmax regression: ${name} is refused, saying why`, () => {
      expect(errorsOf({ type: 'softmax-regression', ...(fields as object) }).join('\n')).toMatch(
        message,
      );
    });
  }

  it('the softmax MLP: widths up to 64, a known activation', () => {
    expect(errorsOf({ type: 'softmax-mlp', hidden: [64, 32, 8] })).toEqual([]);
    expect(errorsOf({ type: 'softmax-mlp', hidden: [65] }).join()).toMatch(
      /hidden\[0\]: must be at least 1 and at most 64/,
    );
    expect(errorsOf({ type: 'softmax-mlp', hidden: [8, 8, 8, 8] }).join()).toMatch(
      /hidden: must list 1 to 3/,
    );
    expect(errorsOf({ type: 'softmax-mlp', activation: 'gelu' }).join()).toMatch(
      /activation: must be one of tanh, relu/,
    );
    expect(errorsOf({ type: 'softmax-mlp', generator: 'moons' }).join()).toMatch(
      /generator: unknown field for a softmax-mlp problem/,
    );
  });

  const LINKED: ProblemSpec[] = [
    {
      type: 'softmax-mlp',
      hidden: [16, 8],
      activation: 'tanh',
      data: { set: 'wine' },
      split: { validation: 0.25, test: 0, seed: 7 },
      batchSize: 16,
      initSeed: 3,
    },
    { type: 'softmax-regression', data: { set: 'breast-cancer' } },
    { type: 'softmax-regression', data: { points: ROWS }, split: { test: 0.2 } },
  ];
  for (const problem of LINKED) {
    it(`a link carries ${JSON.stringify(problem).slice(0, 60)}…`, () => {
      const checked = validateScenario({ problem, optimizers: [{ type: 'gd', lr: 0.1 }] });
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
      const query = encodeLink({ scenario: checked.scenario, view: DEFAULT_VIEW });
      const decoded = decodeLink(query);
      expect(decoded.notices).toEqual([]);
      expect(decoded.state.scenario.problem).toEqual(checked.scenario.problem);
    });
  }

  it('reads the link as written by hand', () => {
    const decoded = decodeLink('p=softmax-mlp(layers=32-16,data=(set=iris),split=(test=0.2))');
    expect(decoded.notices).toEqual([]);
    expect(decoded.state.scenario.problem).toEqual({
      type: 'softmax-mlp',
      hidden: [32, 16],
      data: { set: 'iris' },
      split: { test: 0.2 },
    });
  });

  it('the budget: a mini-batch step costs its batch, not the training rows', () => {
    const full = stepUnits({ type: 'softmax-mlp' });
    const batched = stepUnits({ type: 'softmax-mlp', batchSize: 64 });
    expect(batched).toBeLessThan(full / 5);
    expect(stepUnits({ type: 'softmax-mlp' }, 64)).toBe(batched);
  });
});
