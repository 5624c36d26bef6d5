/**
 * `parseCondition(text)`: a lesson task's success condition (docs/lesson-conditions.md) as a
 * tree, or the first error with its 0-based position. A hand-written recursive descent over
 * tokenize.ts's tokens, one function per production of the grammar; nothing is evaluated
 * (no eval, no Function: the app runs under a CSP without 'unsafe-eval', docs/security.md).
 * Lesson files are hostile input (docs/hostile-input.md): the text's length and nesting are
 * bounded, and any input gives a tree or a message, never a throw.
 */
import { HYPERPARAMS } from '../../core/optimizers/hyperparams';
import type { HyperparamName } from '../../core/optimizers/hyperparam-types';
import {
  CONDITION_LIMITS,
  PLAIN_QUANTITIES,
  type Comparison,
  type Condition,
  type PlainQuantityName,
  type Quantity,
  type Subject,
  type Value,
} from './ast';
import { didYouMean, quote } from './suggest';
import { tokenize, type ConditionError, type Token } from './tokenize';

export type { ConditionError } from './tokenize';

/** The words that name a hyperparameter: exactly the keys of the one table (hyperparams.ts). */
const HYPERPARAM_NAMES = Object.keys(HYPERPARAMS) as HyperparamName[];

/** Every word that may follow a subject (`run 1 …`). */
const QUANTITY_WORDS: readonly string[] = [
  ...PLAIN_QUANTITIES,
  'loss',
  'stepsTo',
  ...HYPERPARAM_NAMES,
];

/** The words that may start a value. */
const VALUE_WORDS = ['run', 'any', 'every', 'null'];

/** The words that may start a condition (a value's, and `not`). */
const CONDITION_WORDS = ['not', ...VALUE_WORDS];

/** The only error parsing raises internally; parseCondition turns it into its result. */
class SyntaxFault {
  constructor(
    readonly position: number,
    readonly message: string,
  ) {}
}

/**
 * Parses a condition. Keywords and names are case-sensitive (`and`, not `AND`; `finalLoss`, not
 * `finalloss`): an error then suggests the right spelling.
 *
 * @example parseCondition('every run finalLoss < 0.01') // { ast: { kind: 'compare', … } }
 * @example parseCondition('run 1 finalloss < 1') // { error: { position: 6, message: 'Unknown
 *   quantity "finalloss"; did you mean finalLoss? (keywords are case-sensitive)' } }
 */
export function parseCondition(text: string): { ast: Condition } | { error: ConditionError } {
  if (typeof text !== 'string')
    return { error: { position: 0, message: 'A condition is a piece of text' } };
  if (text.length > CONDITION_LIMITS.length) {
    return {
      error: {
        position: CONDITION_LIMITS.length,
        message: `A condition is at most ${CONDITION_LIMITS.length} characters; this one has ${text.length}`,
      },
    };
  }
  try {
    const lexed = tokenize(text);
    if ('error' in lexed) return lexed;
    return { ast: new Parser(text, lexed.tokens).condition() };
  } catch (fault) {
    if (fault instanceof SyntaxFault)
      return { error: { position: fault.position, message: fault.message } };
    // Only SyntaxFault is ever thrown here; anything else is a bug, reported, not thrown on.
    return {
      error: { position: 0, message: `The condition could not be read (${String(fault)})` },
    };
  }
}

/** How a token is named in a message: its text quoted, or "the end". */
const shown = (t: Token) => (t.kind === 'end' ? 'the end' : quote(t.text));

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    const t = this.tokens[this.index]!;
    if (t.kind !== 'end') this.index++;
    return t;
  }

  private isWord(t: Token, word: string): boolean {
    return t.kind === 'word' && t.text === word;
  }

  /** condition := or, then the end of the text. */
  condition(): Condition {
    if (this.peek().kind === 'end') throw new SyntaxFault(0, 'The condition is empty');
    const result = this.or();
    const t = this.peek();
    if (t.kind === 'end') return result;
    if (t.kind === ')') throw new SyntaxFault(t.pos, 'Unexpected ")" without a "(" before it');
    if (t.kind === 'op') {
      throw new SyntaxFault(
        t.pos,
        `Comparisons do not chain: join two with and (run 1 lr > 0.1 and run 1 lr < 0.2)`,
      );
    }
    const hint = t.kind === 'word' ? didYouMean(t.text, ['and', 'or']) : '';
    throw new SyntaxFault(t.pos, `Expected and, or or the end, not ${shown(t)}${hint}`);
  }

  /** or := and ('or' and)* */
  private or(): Condition {
    return this.joined('or', () => this.and());
  }

  /** and := not ('and' not)* */
  private and(): Condition {
    return this.joined('and', () => this.not());
  }

  /** operand (word operand)*: the operand alone, or one node of all of them. */
  private joined(word: 'or' | 'and', operand: () => Condition): Condition {
    const args = [operand()];
    while (this.isWord(this.peek(), word)) {
      this.next();
      args.push(operand());
    }
    return args.length === 1 ? args[0]! : { kind: word, args };
  }

  /** not := 'not' not | '(' or ')' | comparison */
  private not(): Condition {
    const t = this.peek();
    if (this.isWord(t, 'not') || t.kind === '(') {
      if (++this.depth > CONDITION_LIMITS.depth) {
        throw new SyntaxFault(
          t.pos,
          `Nested more than ${CONDITION_LIMITS.depth} deep (each "(" and each not counts)`,
        );
      }
      this.next();
      let inner: Condition;
      if (t.kind === '(') {
        inner = this.or();
        const close = this.next();
        if (close.kind !== ')') {
          const opened = this.text.slice(t.pos, close.pos).trimEnd();
          throw new SyntaxFault(
            close.pos,
            `Expected ")" to close ${quote(opened)}, not ${shown(close)}`,
          );
        }
      } else {
        inner = { kind: 'not', arg: this.not() };
      }
      this.depth--;
      return inner;
    }
    return this.comparison();
  }

  /** comparison := value OP value, with at most one side quantified over the runs. */
  private comparison(): Comparison {
    const leftToken = this.peek();
    const left = this.value(CONDITION_WORDS);
    const op = this.next();
    if (op.kind !== 'op') {
      throw new SyntaxFault(
        op.pos,
        `Expected a comparison (<, <=, >, >=, == or !=) after ${quote(this.source(leftToken, op))}, not ${shown(op)}`,
      );
    }
    const rightToken = this.peek();
    const right = this.value(VALUE_WORDS);
    if (quantified(left) && quantified(right)) {
      throw new SyntaxFault(
        rightToken.pos,
        'Only one side of a comparison can be any run or every run',
      );
    }
    return { kind: 'compare', op: op.text, left, right };
  }

  /** The tokens from `from` up to (not including) `to`, as written, for a message. */
  private source(from: Token, to: Token): string {
    const start = this.tokens.indexOf(from);
    const end = this.tokens.indexOf(to);
    return this.tokens
      .slice(start, end)
      .map((t) => t.text)
      .join(' ');
  }

  /** value := NUMBER | 'null' | subject quantity */
  private value(expected: readonly string[]): Value {
    const t = this.next();
    if (t.kind === 'number') return { kind: 'number', value: t.value };
    if (t.kind === 'word') {
      if (t.text === 'null') return { kind: 'null' };
      const subject = this.subject(t);
      if (subject) return { kind: 'quantity', subject, quantity: this.quantity(t) };
      if (KEYWORDS.includes(t.text))
        throw new SyntaxFault(t.pos, `Expected ${VALUE_EXPECTED}, not ${shown(t)}`);
      throw new SyntaxFault(t.pos, unknownValueWord(t.text, expected));
    }
    if (t.kind === 'end')
      throw new SyntaxFault(t.pos, `The condition ends too early: expected ${VALUE_EXPECTED}`);
    if (t.kind === '(')
      throw new SyntaxFault(t.pos, `Expected ${VALUE_EXPECTED}; parentheses group comparisons`);
    throw new SyntaxFault(t.pos, `Expected ${VALUE_EXPECTED}, not ${shown(t)}`);
  }

  /** subject := 'run' INT | 'any' 'run' | 'every' 'run'; null when `t` starts none. */
  private subject(t: Token & { kind: 'word' }): Subject | null {
    if (t.text === 'run') {
      const n = this.next();
      if (n.kind !== 'number')
        throw new SyntaxFault(
          n.pos,
          `Expected a run number after run (run 1 is the first run), not ${shown(n)}`,
        );
      return { kind: 'run', run: this.integer(n, 1, CONDITION_LIMITS.maxRun, 'A run number') };
    }
    if (t.text === 'any' || t.text === 'every') {
      const n = this.next();
      if (!this.isWord(n, 'run')) {
        const hint = n.kind === 'word' ? didYouMean(n.text, ['run']) : '';
        throw new SyntaxFault(n.pos, `Expected run after ${t.text}, not ${shown(n)}${hint}`);
      }
      return { kind: t.text };
    }
    if (/^run\d+$/.test(t.text))
      throw new SyntaxFault(t.pos, `Write a space in ${quote(t.text)}: run ${t.text.slice(3)}`);
    return null;
  }

  /** quantity := a plain quantity | 'loss' 'at' INT | 'stepsTo' NUMBER | HYPERPARAM */
  private quantity(subject: Token): Quantity {
    const whose = this.source(subject, this.peek());
    const t = this.next();
    if (t.kind !== 'word') {
      throw new SyntaxFault(
        t.pos,
        `Expected a quantity after ${whose} (divergedAt, finalLoss, minLoss, loss at N, stepsTo L, rises, steps, accuracy, x, y or a hyperparameter such as lr), not ${shown(t)}`,
      );
    }
    const name = t.text;
    if ((PLAIN_QUANTITIES as readonly string[]).includes(name))
      return { kind: 'plain', name: name as PlainQuantityName };
    if ((HYPERPARAM_NAMES as readonly string[]).includes(name))
      return { kind: 'hyperparam', name: name as HyperparamName };
    if (name === 'loss') {
      const at = this.next();
      if (!this.isWord(at, 'at')) {
        throw new SyntaxFault(
          at.pos,
          `Expected at after loss (loss at 200: the loss after 200 steps; or finalLoss, minLoss), not ${shown(at)}`,
        );
      }
      const n = this.next();
      if (n.kind !== 'number')
        throw new SyntaxFault(n.pos, `Expected a number of steps after loss at, not ${shown(n)}`);
      return {
        kind: 'lossAt',
        step: this.integer(n, 0, CONDITION_LIMITS.maxStep, 'The step of loss at'),
      };
    }
    if (name === 'stepsTo') {
      const n = this.next();
      if (n.kind !== 'number') {
        throw new SyntaxFault(
          n.pos,
          `Expected a loss after stepsTo (stepsTo 1e-3: the first step with loss <= 0.001), not ${shown(n)}`,
        );
      }
      return { kind: 'stepsTo', threshold: n.value };
    }
    throw new SyntaxFault(
      t.pos,
      `Unknown quantity ${quote(name)}${didYouMean(name, QUANTITY_WORDS)}`,
    );
  }

  /** A number token's value, which must be a whole number in [min, max]. */
  private integer(t: Token & { kind: 'number' }, min: number, max: number, what: string): number {
    const { value } = t;
    if (!Number.isInteger(value))
      throw new SyntaxFault(t.pos, `${what} is a whole number, not ${t.text}`);
    if (value < min || value > max)
      throw new SyntaxFault(t.pos, `${what} is from ${min} to ${max}, not ${t.text}`);
    return value;
  }
}

/** Words of the grammar that are never a value. */
const KEYWORDS = ['and', 'or', 'not', 'at'];

const VALUE_EXPECTED = 'a number, null or a quantity of a run (run 1 finalLoss, every run lr)';

/** Whether a side reads every run in turn. */
const quantified = (v: Value) => v.kind === 'quantity' && v.subject.kind !== 'run';

/** The message for a word that cannot start a value. */
function unknownValueWord(word: string, expected: readonly string[]): string {
  if ((QUANTITY_WORDS as readonly string[]).includes(word))
    return `Say whose ${word}: run 1 ${word}, any run ${word} or every run ${word}`;
  if (word === 'true' || word === 'false')
    return `There is no ${word}: a switch such as centered reads 1 when on, 0 when off (run 1 centered == 1)`;
  if (/^(?:NaN|Infinity|inf)$/i.test(word))
    return `Numbers are finite: write a large one such as 1e300 instead of ${quote(word)}`;
  return `Unknown word ${quote(word)}${didYouMean(word, expected)}`;
}
