// Properties of the condition language over generated text, trees and runs (fast-check; seeds:
// test/fast-check-setup.ts): the parser answers any text without throwing, formatting a tree
// and parsing it back gives the tree, and not not c is c.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HYPERPARAMS } from '../../../src/core/optimizers/hyperparams';
import type { HyperparamName } from '../../../src/core/optimizers/hyperparam-types';
import {
  COMPARE_OPS,
  CONDITION_LIMITS,
  PLAIN_QUANTITIES,
  type Comparison,
  type Condition,
  type Quantity,
  type Subject,
  type Value,
} from '../../../src/lessons/condition/ast';
import type { ConditionContext, ConditionRun } from '../../../src/lessons/condition/context';
import { evaluateCondition, explainCondition } from '../../../src/lessons/condition/evaluate';
import { formatCondition } from '../../../src/lessons/condition/format';
import { parseCondition } from '../../../src/lessons/condition/parse';

/** Finite numbers, −0 excluded (the parser reads `-0` as 0), nice ones and any double. */
const finite = fc
  .oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom(0.001, 1e-8, 0.1, 2.5e3, 1e21, 1e-300),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  )
  .map((v) => v + 0);

const subject: fc.Arbitrary<Subject> = fc.oneof(
  fc
    .integer({ min: 1, max: CONDITION_LIMITS.maxRun })
    .map((run) => ({ kind: 'run' as const, run })),
  fc.constantFrom<Subject>({ kind: 'any' }, { kind: 'every' }),
);

const quantity: fc.Arbitrary<Quantity> = fc.oneof(
  fc.constantFrom(...PLAIN_QUANTITIES).map((name) => ({ kind: 'plain' as const, name })),
  fc
    .integer({ min: 0, max: CONDITION_LIMITS.maxStep })
    .map((step) => ({ kind: 'lossAt' as const, step })),
  finite.map((threshold) => ({ kind: 'stepsTo' as const, threshold })),
  fc
    .constantFrom(...(Object.keys(HYPERPARAMS) as HyperparamName[]))
    .map((name) => ({ kind: 'hyperparam' as const, name })),
);

const value: fc.Arbitrary<Value> = fc.oneof(
  { arbitrary: finite.map((v) => ({ kind: 'number' as const, value: v })), weight: 2 },
  { arbitrary: fc.constant<Value>({ kind: 'null' }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('quantity' as const), subject, quantity }),
    weight: 4,
  },
);

const quantified = (v: Value) => v.kind === 'quantity' && v.subject.kind !== 'run';

const comparison: fc.Arbitrary<Comparison> = fc
  .record({
    kind: fc.constant('compare' as const),
    op: fc.constantFrom(...COMPARE_OPS),
    left: value,
    right: value,
  })
  // At most one side of a comparison may be any run / every run.
  .map((c) =>
    quantified(c.left) && quantified(c.right) && c.right.kind === 'quantity'
      ? { ...c, right: { ...c.right, subject: { kind: 'run' as const, run: 1 } } }
      : c,
  );

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
    comparison,
    tie('condition').map((arg) => ({ kind: 'not' as const, arg })),
    fc
      .array(tie('condition'), { minLength: 2, maxLength: 3 })
      .map((args) => ({ kind: 'and' as const, args })),
    fc
      .array(tie('condition'), { minLength: 2, maxLength: 3 })
      .map((args) => ({ kind: 'or' as const, args })),
  ),
}));

/** Trees whose text is within the length limit (the depth stays under 16 at maxDepth 4). */
const writable = condition.filter((c) => formatCondition(c).length <= CONDITION_LIMITS.length);

/** Small runs: losses with repeats, rises and the odd NaN; some diverged, some classifiers. */
const conditionRun: fc.Arbitrary<ConditionRun> = fc.record({
  hyperparams: fc.record({ lr: fc.constantFrom(0.001, 0.1, 1), centered: fc.boolean() }),
  loss: fc
    .array(fc.oneof(fc.constantFrom(0, 1, 2, 0.001, NaN), fc.double({ min: -10, max: 10 })), {
      maxLength: 8,
    })
    .map((l) => Float64Array.from(l)),
  divergedAt: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
  accuracy: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  finalPoint: fc.array(fc.double({ noNaN: true }), { minLength: 2, maxLength: 3 }),
});

const context: fc.Arbitrary<ConditionContext> = fc.record({
  runs: fc.array(conditionRun, { maxLength: 3 }),
});

/** The language's own words and signs, so that generated text reaches deep into the parser. */
const tokenSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'run',
        'any',
        'every',
        'not',
        'and',
        'or',
        'null',
        'loss',
        'at',
        'stepsTo',
        'lr',
        'finalLoss',
        '(',
        ')',
        '<',
        '<=',
        '==',
        '!=',
        '=',
        '!',
        '1',
        '0',
        '-1',
        '1e-3',
        '100',
        '1e999',
        '.',
        '-',
        'α',
        '\u00a0',
        '\ud83d',
        'Run',
        'AND',
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .chain((words) => fc.constantFrom(' ', '', '\n').map((sep) => words.join(sep)));

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('the condition language’s properties', () => {
  it('parseCondition never throws: any text gives a tree or a one-line message at a place in it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 600, unit: 'binary' }), tokenSoup), (text) => {
        const parsed = parseCondition(text);
        if ('ast' in parsed) {
          expect(text.length).toBeLessThanOrEqual(CONDITION_LIMITS.length);
          return;
        }
        const { position, message } = parsed.error;
        expect(Number.isInteger(position)).toBe(true);
        expect(position).toBeGreaterThanOrEqual(0);
        expect(position).toBeLessThanOrEqual(text.length);
        expect(message.length).toBeGreaterThan(0);
        expect(message).not.toMatch(/[\r\n]/);
        // Well-formed: a half emoji is named by its code point, never quoted alone.
        expect(message).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseCondition(formatCondition(tree)) gives back the tree', () => {
    fc.assert(
      fc.property(writable, (tree) => {
        expect(parseCondition(formatCondition(tree))).toEqual({ ast: tree });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the canonical text with any whitespace between tokens as the same tree', () => {
    const spaced = writable.chain((tree) => {
      const words = formatCondition(tree).split(' ');
      return fc
        .array(fc.constantFrom(' ', '  ', '\t', '\n', ' \r\n '), {
          minLength: words.length - 1,
          maxLength: words.length - 1,
        })
        .map((gaps) => ({
          tree,
          text: words.reduce((text, word, i) => text + gaps[i - 1]! + word),
        }));
    });
    fc.assert(
      fc.property(spaced, ({ tree, text }) => {
        const parsed = parseCondition(text);
        if (text.length > CONDITION_LIMITS.length) expect('error' in parsed).toBe(true);
        else expect(parsed).toEqual({ ast: tree });
      }),
      { numRuns: 500 },
    );
  });

  it('not not c holds exactly when c does, as a tree and as text', () => {
    fc.assert(
      fc.property(writable, context, (c, ctx) => {
        const expected = evaluateCondition(c, ctx);
        const twice: Condition = { kind: 'not', arg: { kind: 'not', arg: c } };
        expect(evaluateCondition(twice, ctx)).toBe(expected);
        expect(evaluateCondition({ kind: 'not', arg: c }, ctx)).toBe(!expected);
        const text = `not not (${formatCondition(c)})`;
        const parsed = parseCondition(text);
        if ('ast' in parsed) expect(evaluateCondition(parsed.ast, ctx)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('the explanation’s verdict is the evaluation’s, with one entry per comparison', () => {
    fc.assert(
      fc.property(writable, context, (c, ctx) => {
        const explained = explainCondition(c, ctx);
        expect(explained.holds).toBe(evaluateCondition(c, ctx));
        for (const { comparison, holds, cases } of explained.comparisons) {
          expect(holds).toBe(evaluateCondition(comparison, ctx));
          const quantifiedSide = [comparison.left, comparison.right].some(quantified);
          expect(cases).toHaveLength(quantifiedSide ? ctx.runs.length : 1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
