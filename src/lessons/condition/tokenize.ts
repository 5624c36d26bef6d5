/**
 * The condition language's tokens (docs/lesson-conditions.md): numbers, words, the six
 * comparison operators and parentheses. One linear pass; a character the language does not use
 * gives an error at its 0-based position, with the ASCII spelling where one was likely meant
 * (`≤` → `<=`, `&&` → `and`, `α` → `lr`). Never throws.
 */
import {
  characterAt,
  DECIMAL,
  identifierAt,
  matchAt,
  scan,
  unexpectedCharacter,
} from '../../core/lex';
import type { CompareOp } from './ast';
import { hyperparamsWritten, quote } from './suggest';

/** One token; `pos` is the index of its first character in the text (UTF-16 code units). */
export type Token =
  | { readonly kind: 'number'; readonly pos: number; readonly text: string; readonly value: number }
  | { readonly kind: 'word'; readonly pos: number; readonly text: string }
  | { readonly kind: 'op'; readonly pos: number; readonly text: CompareOp }
  | { readonly kind: '(' | ')' | 'end'; readonly pos: number; readonly text: string };

/** Where the text cannot be read, and why, in plain English. */
export interface ConditionError {
  /** 0-based index in the text; its length for "at the end". */
  readonly position: number;
  readonly message: string;
}

// Sticky: match at lastIndex only (src/core/lex.ts). A number may carry its minus sign.
const NUMBER = new RegExp(`-?${DECIMAL}`, 'y');
const OPERATOR = /<=|>=|==|!=|<|>/y;

/** Two-character spellings from other languages, and what this one writes instead. */
const MISSPELT_OPERATORS: Readonly<Record<string, string>> = {
  '=>': '>=',
  '=<': '<=',
  '<>': '!=',
  '&&': 'and',
  '||': 'or',
  '=': '==',
  '!': 'not',
  '&': 'and',
  '|': 'or',
};

/** Typographic characters pasted from a page, and their ASCII spelling. */
const TYPOGRAPHIC: Readonly<Record<string, string>> = {
  '\u2264': '<=', // ≤
  '\u2265': '>=', // ≥
  '\u2260': '!=', // ≠
  '\u2212': '-', // − minus sign
  '\u00ac': 'not', // ¬
  '\u2227': 'and', // ∧
  '\u2228': 'or', // ∨
  '\uff1c': '<', // fullwidth ＜
  '\uff1e': '>', // fullwidth ＞
  '\uff08': '(', // fullwidth （
  '\uff09': ')', // fullwidth ）
};

/** A character that cannot start a token may not directly follow a number either. */
const GLUED = /[A-Za-z0-9_.]/;

/** Splits `text` into tokens ending with an `end` token at `text.length`, or the first error. */
export function tokenize(text: string): { tokens: Token[] } | { error: ConditionError } {
  const tokens: Token[] = [];
  const failed = scan(text, (i, c): number | { error: ConditionError } => {
    if (c === '(' || c === ')') {
      tokens.push({ kind: c, pos: i, text: c });
      return 1;
    }
    const misspelt = text.slice(i, i + 2);
    const op = matchAt(OPERATOR, text, i);
    if (op !== undefined && !Object.hasOwn(MISSPELT_OPERATORS, misspelt)) {
      tokens.push({ kind: 'op', pos: i, text: op as CompareOp });
      return op.length;
    }
    const written = Object.hasOwn(MISSPELT_OPERATORS, misspelt) ? misspelt : c;
    if (Object.hasOwn(MISSPELT_OPERATORS, written)) {
      const meant = MISSPELT_OPERATORS[written]!;
      return fail(i, `Unexpected "${written}"; write ${meant}`);
    }
    if ((c >= '0' && c <= '9') || c === '.' || c === '-') return readNumber(text, i, tokens);
    const word = identifierAt(text, i);
    if (word === undefined) return fail(i, unexpected(characterAt(text, i)));
    tokens.push({ kind: 'word', pos: i, text: word });
    return word.length;
  });
  if (failed) return failed;
  tokens.push({ kind: 'end', pos: text.length, text: '' });
  return { tokens };
}

/** The number at `i` into `tokens`, and the characters it took; or why it is not one. */
function readNumber(text: string, i: number, tokens: Token[]): number | { error: ConditionError } {
  const number = matchAt(NUMBER, text, i);
  if (number === undefined) {
    return fail(
      i,
      text.charAt(i) === '-'
        ? 'A "-" must start a number such as -2 (there is no arithmetic)'
        : 'A lone "." is not a number',
    );
  }
  const end = i + number.length;
  if (end < text.length && GLUED.test(text.charAt(end))) {
    const glued = /^[A-Za-z0-9_.]+/.exec(text.slice(end))![0];
    return fail(end, `Unexpected ${quote(glued)} right after the number ${quote(number)}`);
  }
  const value = Number(number);
  if (!Number.isFinite(value))
    return fail(i, `The number ${quote(number)} is too large (numbers are finite)`);
  // `-0` is 0: a tree holds no −0, so formatting it gives back the same tree.
  tokens.push({ kind: 'number', pos: i, text: number, value: value + 0 });
  return number.length;
}

const fail = (position: number, message: string) => ({ error: { position, message } });

/**
 * The message for a character the language does not use. Outside ASCII it names the code point,
 * since an invisible character (U+00A0, U+200F) shows nothing when quoted, and a Greek letter or
 * a typographic sign gets its ASCII spelling.
 */
function unexpected(char: string): string {
  return unexpectedCharacter(char, (visible, hex) => {
    const ascii = Object.hasOwn(TYPOGRAPHIC, visible) ? TYPOGRAPHIC[visible] : undefined;
    if (ascii !== undefined) return `Unexpected character "${visible}" (${hex}); write ${ascii}`;
    const names = hyperparamsWritten(visible);
    const hint = names.length ? `; hyperparameters have ASCII names: ${names.join(' or ')}` : '';
    return `Unexpected character "${visible}" (${hex})${hint}`;
  });
}
