// The condition language's parser (docs/lesson-conditions.md): every production, precedence,
// parentheses, and hostile text answered by a message at a 0-based position, never a throw.
import { describe, expect, it } from 'vitest';
import { HYPERPARAMS } from '../../../src/core/optimizers/hyperparams';
import {
  CONDITION_LIMITS,
  highestRunNamed,
  type Comparison,
  type Condition,
  type Value,
} from '../../../src/lessons/condition/ast';
import { formatCondition } from '../../../src/lessons/condition/format';
import { quote } from '../../../src/lessons/condition/suggest';
import { parseCondition } from '../../../src/lessons/condition/parse';

function ast(text: string): Condition {
  const parsed = parseCondition(text);
  if ('error' in parsed)
    throw new Error(`${text}: ${parsed.error.message} @${parsed.error.position}`);
  return parsed.ast;
}

function error(text: string): { position: number; message: string } {
  const parsed = parseCondition(text);
  if ('ast' in parsed) throw new Error(`${text} parsed as ${formatCondition(parsed.ast)}`);
  return parsed.error;
}

const run1 = (quantity: Extract<Value, { kind: 'quantity' }>['quantity']): Value => ({
  kind: 'quantity',
  subject: { kind: 'run', run: 1 },
  quantity,
});
const num = (value: number): Value => ({ kind: 'number', value });
const cmp = (left: Value, op: Comparison['op'], right: Value): Comparison => ({
  kind: 'compare',
  op,
  left,
  right,
});

/** A comparison's shape for the precedence tests: `a`, `b`, `c` stand for `run 1 lr > 1`, … */
const A = 'run 1 lr > 1';
const B = 'run 2 lr > 2';
const C = 'run 3 lr > 3';
const a = cmp(
  {
    kind: 'quantity',
    subject: { kind: 'run', run: 1 },
    quantity: { kind: 'hyperparam', name: 'lr' },
  },
  '>',
  num(1),
);
const b = cmp(
  {
    kind: 'quantity',
    subject: { kind: 'run', run: 2 },
    quantity: { kind: 'hyperparam', name: 'lr' },
  },
  '>',
  num(2),
);
const c = cmp(
  {
    kind: 'quantity',
    subject: { kind: 'run', run: 3 },
    quantity: { kind: 'hyperparam', name: 'lr' },
  },
  '>',
  num(3),
);

describe('parseCondition: values and quantities', () => {
  it('reads the issue’s first example, run 1 divergedAt != null', () => {
    expect(ast('run 1 divergedAt != null')).toEqual(
      cmp(run1({ kind: 'plain', name: 'divergedAt' }), '!=', { kind: 'null' }),
    );
  });

  it.each(['divergedAt', 'finalLoss', 'minLoss', 'rises', 'steps', 'accuracy', 'x', 'y'] as const)(
    'reads the plain quantity %s',
    (name) => {
      expect(ast(`run 1 ${name} >= 0`)).toEqual(cmp(run1({ kind: 'plain', name }), '>=', num(0)));
    },
  );

  it('reads loss at INT and stepsTo NUMBER', () => {
    expect(ast('run 1 loss at 200 < 0.5')).toEqual(
      cmp(run1({ kind: 'lossAt', step: 200 }), '<', num(0.5)),
    );
    expect(ast('run 1 stepsTo 1e-3 <= 200')).toEqual(
      cmp(run1({ kind: 'stepsTo', threshold: 0.001 }), '<=', num(200)),
    );
    expect(ast('run 1 stepsTo -2.5E+1 == null')).toEqual(
      cmp(run1({ kind: 'stepsTo', threshold: -25 }), '==', { kind: 'null' }),
    );
  });

  it('reads every hyperparameter name of HYPERPARAMS, and only those', () => {
    for (const name of Object.keys(HYPERPARAMS) as (keyof typeof HYPERPARAMS)[])
      expect(ast(`run 1 ${name} > 0`)).toEqual(
        cmp(run1({ kind: 'hyperparam', name }), '>', num(0)),
      );
    expect(error('run 1 adamw > 0').message).toMatch(/^Unknown quantity "adamw"/);
  });

  it('reads the three subjects and the six operators', () => {
    const ops = ['<', '<=', '>', '>=', '==', '!='] as const;
    for (const op of ops) expect((ast(`any run rises ${op} 2`) as Comparison).op).toBe(op);
    expect((ast('any run rises > 0') as Comparison).left).toMatchObject({
      subject: { kind: 'any' },
    });
    expect((ast('every run rises > 0') as Comparison).left).toMatchObject({
      subject: { kind: 'every' },
    });
    expect((ast('run 99 rises > 0') as Comparison).left).toMatchObject({
      subject: { kind: 'run', run: 99 },
    });
  });

  it('reads numbers in decimal and exponent form, and values on either side', () => {
    expect(ast('0.01 < run 1 lr')).toEqual(
      cmp(num(0.01), '<', run1({ kind: 'hyperparam', name: 'lr' })),
    );
    expect(ast('null == null')).toEqual(cmp({ kind: 'null' }, '==', { kind: 'null' }));
    expect((ast('run 1 lr < .5') as Comparison).right).toEqual(num(0.5));
    expect((ast('run 1 lr < 5.') as Comparison).right).toEqual(num(5));
    expect((ast('run 1 lr < 2.5E+3') as Comparison).right).toEqual(num(2500));
  });

  it('reads -0 as 0, so that the tree formats back to itself', () => {
    const right = (ast('run 1 x == -0') as Comparison).right;
    expect(right.kind === 'number' && Object.is(right.value, 0)).toBe(true);
  });

  it('accepts whole numbers in any form for run numbers and steps (1e3 is 1000)', () => {
    expect(ast('run 1e0 loss at 1e3 < 1')).toEqual(
      cmp(run1({ kind: 'lossAt', step: 1000 }), '<', num(1)),
    );
    expect(ast('run 1 loss at 0 < 1')).toEqual(cmp(run1({ kind: 'lossAt', step: 0 }), '<', num(1)));
    expect(ast(`run 1 loss at ${CONDITION_LIMITS.maxStep} < 1`)).toBeTruthy();
  });

  it('ignores spaces, tabs and line breaks between tokens, and needs none around operators', () => {
    expect(ast('  run\t1\nfinalLoss<0.01  ')).toEqual(ast('run 1 finalLoss < 0.01'));
  });

  it('names the highest run of a condition for the lesson validator', () => {
    expect(highestRunNamed(ast('run 2 lr > 0 and (every run x < run 5 x or run 3 y > 0)'))).toBe(5);
    expect(highestRunNamed(ast('every run finalLoss < 1'))).toBe(0);
  });
});

describe('parseCondition: not, and, or', () => {
  it('binds not tighter than and, and and tighter than or', () => {
    expect(ast(`not ${A} and ${B} or ${C}`)).toEqual({
      kind: 'or',
      args: [{ kind: 'and', args: [{ kind: 'not', arg: a }, b] }, c],
    });
    expect(ast(`${A} or ${B} and ${C}`)).toEqual({
      kind: 'or',
      args: [a, { kind: 'and', args: [b, c] }],
    });
  });

  it('collects a run of the same operator into one node, in the order written', () => {
    expect(ast(`${A} and ${B} and ${C}`)).toEqual({ kind: 'and', args: [a, b, c] });
    expect(ast(`${A} or ${B} or ${C}`)).toEqual({ kind: 'or', args: [a, b, c] });
  });

  it('lets parentheses override precedence and keeps a parenthesised group a node of its own', () => {
    expect(ast(`(${A} or ${B}) and ${C}`)).toEqual({
      kind: 'and',
      args: [{ kind: 'or', args: [a, b] }, c],
    });
    expect(ast(`not (${A} or ${B})`)).toEqual({ kind: 'not', arg: { kind: 'or', args: [a, b] } });
    expect(ast(`(${A} and ${B}) and ${C}`)).toEqual({
      kind: 'and',
      args: [{ kind: 'and', args: [a, b] }, c],
    });
    expect(ast(`((${A}))`)).toEqual(a);
  });

  it('reads not not as two nots', () => {
    expect(ast(`not not ${A}`)).toEqual({ kind: 'not', arg: { kind: 'not', arg: a } });
  });

  it('accepts nesting up to the depth limit and refuses one more, at the offending "("', () => {
    const depth = CONDITION_LIMITS.depth;
    expect(ast(`${'('.repeat(depth)}${A}${')'.repeat(depth)}`)).toEqual(a);
    expect(ast(`${'not '.repeat(depth)}${A}`)).toBeTruthy();
    const deep = `${'('.repeat(depth + 1)}${A}${')'.repeat(depth + 1)}`;
    expect(error(deep)).toEqual({
      position: depth,
      message: 'Nested more than 16 deep (each "(" and each not counts)',
    });
    expect(error(`not ${'('.repeat(depth)}${A}${')'.repeat(depth)}`).position).toBe(4 + depth - 1);
  });
});

describe('parseCondition: errors at a 0-based position', () => {
  it.each([
    ['', 0, 'The condition is empty'],
    ['   ', 0, 'The condition is empty'],
    [
      'run 1 finalLoss <',
      17,
      'The condition ends too early: expected a number, null or a quantity of a run (run 1 finalLoss, every run lr)',
    ],
    [
      'run 1 finalLoss',
      15,
      'Expected a comparison (<, <=, >, >=, == or !=) after "run 1 finalLoss", not the end',
    ],
    ['run 1 finalLoss < 1 run 2', 20, 'Expected and, or or the end, not "run"'],
    [
      'run 1 lr > 0.1 < 0.2',
      15,
      'Comparisons do not chain: join two with and (run 1 lr > 0.1 and run 1 lr < 0.2)',
    ],
    ['(run 1 lr > 0', 13, 'Expected ")" to close "(run 1 lr > 0", not the end'],
    [
      '((run 1 lr > 0) or run 2 lr > 0 run',
      32,
      'Expected ")" to close "((run 1 lr > 0) or run 2 lr > 0", not "run"',
    ],
    // A counterexample of the properties (properties.test.ts): the quoted text spans lines.
    ['(\n0\n<\n0', 7, 'Expected ")" to close "( 0 < 0", not the end'],
    ['run 1 lr > 0)', 12, 'Unexpected ")" without a "(" before it'],
    ['run 0 lr > 0', 4, 'A run number is from 1 to 99, not 0'],
    ['run 100 lr > 0', 4, 'A run number is from 1 to 99, not 100'],
    ['run 1.5 lr > 0', 4, 'A run number is a whole number, not 1.5'],
    ['run -1 lr > 0', 4, 'A run number is from 1 to 99, not -1'],
    ['run lr > 0', 4, 'Expected a run number after run (run 1 is the first run), not "lr"'],
    ['run1 lr > 0', 0, 'Write a space in "run1": run 1'],
    ['run 1 loss at 2.5 < 1', 14, 'The step of loss at is a whole number, not 2.5'],
    ['run 1 loss at 10000001 < 1', 14, 'The step of loss at is from 0 to 10000000, not 10000001'],
    [
      'run 1 loss < 1',
      11,
      'Expected at after loss (loss at 200: the loss after 200 steps; or finalLoss, minLoss), not "<"',
    ],
    ['run 1 loss at < 1', 14, 'Expected a number of steps after loss at, not "<"'],
    [
      'run 1 stepsTo < 1',
      14,
      'Expected a loss after stepsTo (stepsTo 1e-3: the first step with loss <= 0.001), not "<"',
    ],
    [
      'run 1 < 1',
      6,
      'Expected a quantity after run 1 (divergedAt, finalLoss, minLoss, loss at N, stepsTo L, rises, steps, accuracy, x, y or a hyperparameter such as lr), not "<"',
    ],
    ['any lr > 1', 4, 'Expected run after any, not "lr"'],
    ['every runs lr > 1', 6, 'Expected run after every, not "runs"; did you mean run?'],
    ['any run lr > every run lr', 13, 'Only one side of a comparison can be any run or every run'],
    ['lr > 0.1', 0, 'Say whose lr: run 1 lr, any run lr or every run lr'],
    [
      'run 1 centered == true',
      18,
      'There is no true: a switch such as centered reads 1 when on, 0 when off (run 1 centered == 1)',
    ],
    [
      'run 1 lr < Infinity',
      11,
      'Numbers are finite: write a large one such as 1e300 instead of "Infinity"',
    ],
    ['run 1 lr < NaN', 11, 'Numbers are finite: write a large one such as 1e300 instead of "NaN"'],
    ['run 1 lr < 1e999', 11, 'The number "1e999" is too large (numbers are finite)'],
    ['run 1 lr < 0x10', 12, 'Unexpected "x10" right after the number "0"'],
    ['run 1 lr < 1e-3x', 15, 'Unexpected "x" right after the number "1e-3"'],
    [
      'run 1 lr < (0.2)',
      11,
      'Expected a number, null or a quantity of a run (run 1 finalLoss, every run lr); parentheses group comparisons',
    ],
    [
      'run 1 lr < not',
      11,
      'Expected a number, null or a quantity of a run (run 1 finalLoss, every run lr), not "not"',
    ],
    ['run 1 lr = 0.1', 9, 'Unexpected "="; write =='],
    ['run 1 lr => 0.1', 9, 'Unexpected "=>"; write >='],
    ['run 1 lr =< 0.1', 9, 'Unexpected "=<"; write <='],
    ['run 1 lr <> 0.1', 9, 'Unexpected "<>"; write !='],
    ['run 1 lr > 0 && run 2 lr > 0', 13, 'Unexpected "&&"; write and'],
    ['run 1 lr > 0 || run 2 lr > 0', 13, 'Unexpected "||"; write or'],
    ['!(run 1 lr > 0)', 0, 'Unexpected "!"; write not'],
    ['run 1 lr - 1 > 0', 9, 'A "-" must start a number such as -2 (there is no arithmetic)'],
    ['run 1 lr > .', 11, 'A lone "." is not a number'],
    ['run 1 lr ≤ 0.1', 9, 'Unexpected character "≤" (U+2264); write <='],
    [
      'run 1 α > 0.1',
      6,
      'Unexpected character "α" (U+03B1); hyperparameters have ASCII names: lr or adamLr',
    ],
    [
      'run 1 β1 > 0.1',
      6,
      'Unexpected character "β" (U+03B2); hyperparameters have ASCII names: beta1 or beta2',
    ],
    ['run 1\u00a0lr > 0', 5, 'Unexpected invisible character U+00A0'],
    ['run 1 \ud83d > 0', 6, 'Unexpected invisible character U+D83D'], // half an emoji
    ['run 1 \ud83d\ude00 > 0', 6, 'Unexpected character "\ud83d\ude00" (U+1F600)'],
    ['run 1 lr > 0 ; run 2 lr > 0', 13, 'Unexpected character ";"'],
  ])('%j: at %i, %s', (text, position, message) => {
    expect(error(text)).toEqual({ position, message });
  });

  it('suggests the right spelling of a misspelt or miscapitalised word (keywords are case-sensitive)', () => {
    expect(error('run 1 finalloss < 1')).toEqual({
      position: 6,
      message:
        'Unknown quantity "finalloss"; did you mean finalLoss? (keywords are case-sensitive)',
    });
    expect(error('Run 1 lr > 0')).toEqual({
      position: 0,
      message: 'Unknown word "Run"; did you mean run? (keywords are case-sensitive)',
    });
    expect(error('run 1 lr > 0 AND run 2 lr > 0')).toEqual({
      position: 13,
      message:
        'Expected and, or or the end, not "AND"; did you mean and? (keywords are case-sensitive)',
    });
    expect(error('run 1 divergdAt != null').message).toBe(
      'Unknown quantity "divergdAt"; did you mean divergedAt?',
    );
    expect(error('run 1 bet1 > 0').message).toBe(
      'Unknown quantity "bet1"; did you mean beta1 or beta2?',
    );
    expect(error('run 1 learningRate > 0').message).toBe(
      'Unknown quantity "learningRate"; did you mean lr?',
    );
    expect(error('run 1 epsilon > 0').message).toBe(
      'Unknown quantity "epsilon"; did you mean eps?',
    );
    expect(error('evry run lr > 0').message).toBe('Unknown word "evry"; did you mean every?');
    expect(error('run 1 lr > 0 adn run 2 lr > 0').message).toBe(
      'Expected and, or or the end, not "adn"; did you mean and?',
    );
    expect(error('run 1 zzzzzz > 0').message).toBe('Unknown quantity "zzzzzz"');
  });

  it('refuses a text over 500 characters at character 500, before reading it', () => {
    const long = `${A}${' '.repeat(CONDITION_LIMITS.length)}`;
    expect(error(long)).toEqual({
      position: 500,
      message: `A condition is at most 500 characters; this one has ${long.length}`,
    });
    expect(ast(`${A}${' '.repeat(CONDITION_LIMITS.length - A.length)}`)).toEqual(a);
  });

  it('quotes at most 40 characters of a long word', () => {
    const { message } = error(`run 1 ${'q'.repeat(300)} > 0`);
    expect(message).toBe(`Unknown quantity "${'q'.repeat(39)}…"`);
  });

  it('answers text that is not a string with a message (a lesson file is hostile input)', () => {
    expect(parseCondition(42 as unknown as string)).toEqual({
      error: { position: 0, message: 'A condition is a piece of text' },
    });
  });
});

describe('quote: the user’s text in a message', () => {
  it('is one line and never half an emoji', () => {
    expect(quote('a\r\n\tb\u2028c')).toBe('"a b c"');
    const long = `${'x'.repeat(38)}😀tail`;
    // Cut before the emoji, not between its two halves.
    expect(quote(long)).toBe(`"${'x'.repeat(38)}…"`);
    expect(quote(`${'x'.repeat(37)}😀tail`)).toBe(`"${'x'.repeat(37)}😀…"`);
    expect(quote('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
  });
});
