/**
 * The condition language's tokens (docs/lesson-conditions.md): numbers, words, the six
 * comparison operators and parentheses. One linear pass; a character the language does not use
 * gives an error at its 0-based position, with the ASCII spelling where one was likely meant
 * (`≤` → `<=`, `&&` → `and`, `α` → `lr`). Never throws.
 */
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

// Sticky patterns match at lastIndex only: each is a simple run of characters, so the scan
// never backtracks across the text.
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
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
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      tokens.push({ kind: c, pos: i, text: c });
      i++;
      continue;
    }
    OPERATOR.lastIndex = i;
    const op = OPERATOR.exec(text);
    if (op && !Object.hasOwn(MISSPELT_OPERATORS, text.slice(i, i + 2))) {
      tokens.push({ kind: 'op', pos: i, text: op[0] as CompareOp });
      i += op[0].length;
      continue;
    }
    const misspelt = text.slice(i, i + 2);
    const written = Object.hasOwn(MISSPELT_OPERATORS, misspelt) ? misspelt : c;
    if (Object.hasOwn(MISSPELT_OPERATORS, written)) {
      const meant = MISSPELT_OPERATORS[written]!;
      return fail(i, `Unexpected "${written}"; write ${meant}`);
    }
    if ((c >= '0' && c <= '9') || c === '.' || c === '-') {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) {
        return fail(
          i,
          c === '-'
            ? 'A "-" must start a number such as -2 (there is no arithmetic)'
            : 'A lone "." is not a number',
        );
      }
      const end = i + m[0].length;
      if (end < text.length && GLUED.test(text.charAt(end))) {
        const glued = /^[A-Za-z0-9_.]+/.exec(text.slice(end))![0];
        return fail(end, `Unexpected ${quote(glued)} right after the number ${quote(m[0])}`);
      }
      const value = Number(m[0]);
      if (!Number.isFinite(value))
        return fail(i, `The number ${quote(m[0])} is too large (numbers are finite)`);
      // `-0` is 0: a tree holds no −0, so formatting it gives back the same tree.
      tokens.push({ kind: 'number', pos: i, text: m[0], value: value + 0 });
      i = end;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      tokens.push({ kind: 'word', pos: i, text: word[0] });
      i += word[0].length;
      continue;
    }
    return fail(i, unexpected(String.fromCodePoint(text.codePointAt(i)!)));
  }
  tokens.push({ kind: 'end', pos: text.length, text: '' });
  return { tokens };
}

const fail = (position: number, message: string) => ({ error: { position, message } });

/**
 * The message for a character the language does not use. Outside ASCII it names the code point,
 * since an invisible character (U+00A0, U+200F) shows nothing when quoted, and a Greek letter or
 * a typographic sign gets its ASCII spelling.
 */
function unexpected(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (/^[\p{C}\p{Z}]$/u.test(char)) return `Unexpected invisible character ${hex}`;
  if (code < 0x80) return `Unexpected character "${char}"`;
  const ascii = Object.hasOwn(TYPOGRAPHIC, char) ? TYPOGRAPHIC[char] : undefined;
  if (ascii !== undefined) return `Unexpected character "${char}" (${hex}); write ${ascii}`;
  const names = hyperparamsWritten(char);
  const hint = names.length ? `; hyperparameters have ASCII names: ${names.join(' or ')}` : '';
  return `Unexpected character "${char}" (${hex})${hint}`;
}
