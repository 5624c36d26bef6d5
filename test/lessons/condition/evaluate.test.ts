// Evaluating conditions on hand-built runs (docs/lesson-conditions.md, "What a condition
// reads"): each quantity, nulls, diverged runs, any/every, run numbers past the runs present,
// and the explanation the player shows.
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/lessons/condition/ast';
import type { ConditionContext, ConditionRun } from '../../../src/lessons/condition/context';
import {
  evaluateCondition,
  explainCondition,
  readQuantity,
} from '../../../src/lessons/condition/evaluate';
import { parseCondition } from '../../../src/lessons/condition/parse';

function ast(text: string): Condition {
  const parsed = parseCondition(text);
  if ('error' in parsed) throw new Error(`${text}: ${parsed.error.message}`);
  return parsed.ast;
}

const holds = (text: string, context: ConditionContext) => evaluateCondition(ast(text), context);

const runOf = (loss: number[], extra: Partial<ConditionRun> = {}): ConditionRun => ({
  hyperparams: { lr: 0.1 },
  loss: Float64Array.from(loss),
  divergedAt: null,
  ...extra,
});

// Run 1: gradient descent going down with one bump; run 2: Adam that diverged at step 3 (its 3
// valid points kept); run 3: an empty run (no point yet).
const gd = runOf([4, 2, 3, 1, 0.5], {
  hyperparams: { lr: 0.1, weightDecay: 0 },
  finalPoint: [0.25, -0.5],
});
const adam = runOf([4, 8, 40], {
  hyperparams: { lr: 2, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: false },
  divergedAt: 3,
  finalPoint: [30, 1, 2],
});
const empty = runOf([]);
const context: ConditionContext = { runs: [gd, adam] };

describe('evaluateCondition: the quantities of one run', () => {
  it.each([
    ['run 1 divergedAt == null', true],
    ['run 2 divergedAt == 3', true],
    ['run 2 divergedAt != null', true],
    ['run 1 finalLoss == 0.5', true],
    ['run 2 finalLoss == 40', true],
    ['run 1 minLoss == 0.5', true],
    ['run 2 minLoss == 4', true],
    ['run 1 loss at 0 == 4', true],
    ['run 1 loss at 4 == 0.5', true],
    ['run 1 loss at 5 == null', true], // past the last point
    ['run 2 loss at 3 == null', true], // the diverging point is not kept
    ['run 1 stepsTo 1 == 3', true],
    ['run 1 stepsTo 2 == 1', true], // loss[k] <= threshold, equal counts
    ['run 1 stepsTo 0.1 == null', true],
    ['run 1 rises == 1', true],
    ['run 2 rises == 2', true],
    ['run 1 steps == 4', true],
    ['run 2 steps == 2', true], // points − 1: the steps that gave a valid point
    ['run 1 x == 0.25 and run 1 y == -0.5', true],
    ['run 2 x == null and run 2 y == null', true], // 3 parameters: no x, y
    ['run 1 accuracy == null', true],
    ['run 1 lr == 0.1 and run 2 lr == 2', true],
    ['run 1 beta1 == null', true], // gradient descent takes no β1
    ['run 2 biasCorrection == 0', true], // booleans read 1 / 0
    ['run 2 biasCorrection < 1', true],
    ['run 2 eps == 1e-8', true],
  ])('%s is %s', (text, expected) => {
    expect(holds(text, context)).toBe(expected);
  });

  it('reads an empty run’s loss quantities as null, its counts as 0', () => {
    const only = { runs: [empty] };
    for (const q of ['finalLoss', 'minLoss', 'steps', 'loss at 0', 'stepsTo 100', 'x', 'y'])
      expect(holds(`run 1 ${q} == null`, only)).toBe(true);
    expect(holds('run 1 rises == 0', only)).toBe(true);
  });

  it('reads a classifier’s accuracy', () => {
    const classifier = runOf([0.7, 0.3], { accuracy: 0.95 });
    expect(holds('run 1 accuracy >= 0.9', { runs: [classifier] })).toBe(true);
    expect(holds('run 1 accuracy > 0.96', { runs: [classifier] })).toBe(false);
  });

  it('reads NaN in a hand-built loss as no value: minLoss skips it, finalLoss is null', () => {
    const nan = runOf([3, NaN, 1, NaN]);
    expect(readQuantity(nan, { kind: 'plain', name: 'minLoss' })).toBe(1);
    expect(holds('run 1 finalLoss == null', { runs: [nan] })).toBe(true);
    expect(holds('run 1 finalLoss < 1e300', { runs: [nan] })).toBe(false);
  });
});

describe('evaluateCondition: null, absent runs, any and every', () => {
  it('makes an ordering with a null side false, both ways, and compares null with == and !=', () => {
    expect(holds('run 1 divergedAt < 1e300', context)).toBe(false);
    expect(holds('run 1 divergedAt >= -1e300', context)).toBe(false);
    expect(holds('0 <= run 1 divergedAt', context)).toBe(false);
    expect(holds('null == null', context)).toBe(true);
    expect(holds('null != 0', context)).toBe(true);
    expect(holds('null < 0 or null > 0 or null <= 0 or null >= 0', context)).toBe(false);
  });

  it('makes a comparison naming a run past the runs present false, whatever its operator', () => {
    for (const op of ['<', '<=', '>', '>=', '==', '!='])
      expect(holds(`run 3 divergedAt ${op} null`, context)).toBe(false);
    expect(holds('run 99 lr > 0', context)).toBe(false);
    expect(holds('not run 3 lr > 0', context)).toBe(true);
    expect(holds('run 1 lr > 0 and run 3 lr > 0', context)).toBe(false);
    expect(holds('run 1 lr > 0 or run 3 lr > 0', context)).toBe(true);
    expect(holds('run 1 lr > 0', { runs: [] })).toBe(false);
  });

  it('holds any run for at least one run and every run for all of them', () => {
    expect(holds('any run divergedAt != null', context)).toBe(true);
    expect(holds('every run divergedAt != null', context)).toBe(false);
    expect(holds('every run lr >= 0.1', context)).toBe(true);
    expect(holds('any run lr > 2', context)).toBe(false);
    expect(holds('every run finalLoss >= run 1 finalLoss', context)).toBe(true); // run 1 is best
    expect(holds('any run minLoss < run 1 minLoss', context)).toBe(false);
  });

  it('needs at least one run for every run, and finds none for any run, when there are none', () => {
    const none = { runs: [] };
    expect(holds('every run finalLoss < 1', none)).toBe(false);
    expect(holds('any run finalLoss < 1', none)).toBe(false);
    expect(holds('not any run divergedAt != null', none)).toBe(true);
  });

  it('makes a quantified comparison with a missing fixed run false for every run', () => {
    expect(holds('any run lr <= run 5 lr', context)).toBe(false);
    expect(holds('every run lr <= run 5 lr', context)).toBe(false);
  });

  it('combines with not, and, or as booleans (the issue’s examples)', () => {
    expect(holds('run 1 rises > 0 and run 1 divergedAt == null', context)).toBe(true);
    expect(holds('run 1 stepsTo 1 != null and run 1 stepsTo 1 <= 200', context)).toBe(true);
    expect(holds('run 1 lr >= 0.1 and run 1 lr <= 0.2', context)).toBe(true);
    expect(holds('not (run 1 lr >= 0.1 and run 1 lr <= 0.2)', context)).toBe(false);
    expect(holds('every run finalLoss < 0.01', context)).toBe(false);
  });
});

describe('explainCondition: each comparison’s current values', () => {
  it('gives a plain comparison’s two sides and whether it holds', () => {
    const explained = explainCondition(ast('run 1 finalLoss < 0.001'), context);
    expect(explained).toEqual({
      holds: false,
      comparisons: [
        {
          comparison: ast('run 1 finalLoss < 0.001'),
          text: 'run 1 finalLoss < 0.001',
          holds: false,
          cases: [{ run: null, left: 0.5, right: 0.001, absent: false, holds: false }],
        },
      ],
    });
  });

  it('gives one case per run for any run / every run, each run numbered from 1', () => {
    const { holds: all, comparisons } = explainCondition(
      ast('any run divergedAt != null'),
      context,
    );
    expect(all).toBe(true);
    expect(comparisons[0]!.cases).toEqual([
      { run: 1, left: null, right: null, absent: false, holds: false },
      { run: 2, left: 3, right: null, absent: false, holds: true },
    ]);
  });

  it('explains every comparison, those a short cut would skip too, and marks an absent run', () => {
    const text = 'run 1 lr > 1 and (run 3 lr > 0 or not run 2 rises == 2)';
    const explained = explainCondition(ast(text), context);
    expect(explained.holds).toBe(false);
    expect(explained.holds).toBe(holds(text, context));
    expect(explained.comparisons.map((c) => [c.text, c.holds])).toEqual([
      ['run 1 lr > 1', false],
      ['run 3 lr > 0', false],
      ['run 2 rises == 2', true],
    ]);
    expect(explained.comparisons[1]!.cases).toEqual([
      { run: null, left: null, right: 0, absent: true, holds: false },
    ]);
  });
});

describe('evaluation reads each run’s losses in one pass', () => {
  /** A loss array that counts its reads. */
  function counted(values: number[]) {
    let reads = 0;
    const loss = new Proxy(Float64Array.from(values), {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key) as unknown;
      },
    });
    return { loss, reads: () => reads };
  }

  it.each(['minLoss', 'stepsTo 0', 'finalLoss', 'loss at 3'])(
    '%s reads each point at most once',
    (quantity) => {
      const values = Array.from({ length: 1000 }, (_, k) => 1 / (k + 1));
      const { loss, reads } = counted(values);
      evaluateCondition(ast(`run 1 ${quantity} == null`), { runs: [runOf([], { loss })] });
      expect(reads()).toBeLessThanOrEqual(values.length);
    },
  );

  it('rises reads each point at most twice', () => {
    const values = Array.from({ length: 1000 }, (_, k) => Math.sin(k));
    const { loss, reads } = counted(values);
    evaluateCondition(ast('run 1 rises > 0'), { runs: [runOf([], { loss })] });
    expect(reads()).toBeLessThanOrEqual(2 * values.length);
  });
});
