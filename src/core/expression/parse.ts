import { BINARY_FNS, UNARY_FNS, type BinaryFn, type Expr, type UnaryFn } from './ast';
import { ExpressionError } from './errors';
import { tokenize, type Token } from './tokenize';

/** Longest accepted formula, in characters. */
export const MAX_LENGTH = 500;
/** Deepest accepted nesting of parentheses, calls, unary minus and right-nested powers. */
export const MAX_DEPTH = 64;

// Pratt binding powers. Unary minus sits between * and ^ so that -x^2 = -(x^2) and
// -2x = (-2)·x, as in school algebra and in Python/Desmos.
const BP_ADD = 10;
const BP_MUL = 20;
const BP_NEG = 30;
const BP_POW = 40;

const NAMES_HINT = 'use x, y, pi, e or a function like sin(…)';

/** Parses a formula in x and y into a tree. Throws only `ExpressionError`. */
export function parseAst(text: string): Expr {
  if (text.length > MAX_LENGTH) {
    throw new ExpressionError(`The formula is longer than ${MAX_LENGTH} characters`, MAX_LENGTH);
  }
  const parser = new Parser(tokenize(text));
  const tok = parser.peek();
  if (tok.kind === 'end') throw new ExpressionError('The formula is empty', tok.pos);
  const e = parser.expr(0);
  parser.expectEnd();
  return e;
}

class Parser {
  private i = 0;
  private depth = -1; // the top level is depth 0, each nesting adds one
  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token {
    // The last token is always `end`, and the parser never advances past it.
    return this.tokens[Math.min(this.i, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'end') this.i++;
    return t;
  }

  expectEnd(): void {
    const t = this.peek();
    if (t.kind === ')') throw new ExpressionError('Unmatched ")"', t.pos);
    if (t.kind !== 'end') throw new ExpressionError(`Unexpected "${t.text}"`, t.pos);
  }

  expr(minBp: number): Expr {
    if (++this.depth > MAX_DEPTH) {
      // Point at the token that opened the level too many: "(", "-", "^", "," …
      const opener = this.tokens[this.i - 1] ?? this.peek();
      throw new ExpressionError(`The formula is nested too deeply (over ${MAX_DEPTH})`, opener.pos);
    }
    let left = this.prefix();
    for (;;) {
      const t = this.peek();
      let op: '+' | '-' | '*' | '/' | '^';
      let implicit = false;
      if (t.kind === 'op') {
        op = t.text;
      } else if (t.kind === 'name' || t.kind === '(') {
        // Implicit multiplication: 2x, 2(x+1), x y, (x+1)(y-1), 3 sin(x).
        op = '*';
        implicit = true;
      } else if (t.kind === 'num') {
        throw new ExpressionError(`Missing operator before ${t.text}`, t.pos);
      } else {
        break;
      }
      const lbp = op === '+' || op === '-' ? BP_ADD : op === '^' ? BP_POW : BP_MUL;
      if (lbp <= minBp) break;
      if (!implicit) this.next();
      // ^ is right-associative (2^3^2 = 2^9): its right side may contain another ^.
      const right = this.expr(op === '^' ? lbp - 1 : lbp);
      left = { kind: 'bin', op, left, right };
    }
    this.depth--;
    return left;
  }

  private prefix(): Expr {
    const t = this.next();
    switch (t.kind) {
      case 'num':
        return { kind: 'num', value: t.value };
      case 'name':
        return this.name(t);
      case 'op':
        if (t.text === '-') return { kind: 'neg', arg: this.expr(BP_NEG) };
        if (t.text === '+') return this.expr(BP_NEG);
        throw new ExpressionError(`Expected a number, x, y or "(" before "${t.text}"`, t.pos);
      case '(': {
        const e = this.expr(0);
        const close = this.next();
        if (close.kind !== ')') {
          throw new ExpressionError(`Missing ")" for the "(" at ${t.pos + 1}`, close.pos);
        }
        return e;
      }
      case ')':
        throw new ExpressionError('Unexpected ")"', t.pos);
      case ',':
        throw new ExpressionError('Unexpected ","', t.pos);
      case 'end':
        throw new ExpressionError('The formula ends too early', t.pos);
    }
  }

  private name(t: Token & { kind: 'name' }): Expr {
    const n = t.text;
    if (n === 'x' || n === 'y') return { kind: 'var', name: n };
    if (n === 'pi' || n === 'e') return { kind: 'const', name: n };
    const fn = n === 'ln' ? 'log' : n;
    const unary = UNARY_FNS.includes(fn as UnaryFn);
    const binary = BINARY_FNS.includes(fn as BinaryFn);
    if (!unary && !binary) {
      const hint = /^[xy]+$/.test(n) ? ` (write ${n.split('').join('*')} for a product)` : '';
      throw new ExpressionError(`Unknown name "${n}"${hint}; ${NAMES_HINT}`, t.pos);
    }
    const open = this.next();
    if (open.kind !== '(') throw new ExpressionError(`Expected "(" after ${n}`, open.pos);
    const args: Expr[] = [];
    for (;;) {
      args.push(this.expr(0));
      const sep = this.next();
      if (sep.kind === ')') break;
      if (sep.kind !== ',') {
        throw new ExpressionError(`Expected "," or ")" in ${n}(…)`, sep.pos);
      }
    }
    if (unary) {
      if (args.length !== 1) {
        throw new ExpressionError(`${n} takes 1 argument, not ${args.length}`, t.pos);
      }
      return { kind: 'call', fn: fn as UnaryFn, arg: args[0]! };
    }
    if (args.length < 2) throw new ExpressionError(`${n} takes 2 or more arguments`, t.pos);
    return args
      .slice(1)
      .reduce<Expr>(
        (left, right) => ({ kind: 'call2', fn: fn as BinaryFn, left, right }),
        args[0]!,
      );
  }
}
