import type { Expr } from './ast';
import { isConstant } from './ast';
import { ONE, ZERO, add, call, div, mul, neg, num, pow, sub } from './simplify';

/**
 * The symbolic partial derivative ∂e/∂v, simplified as it is built. Every rule uses the
 * derivatives of the operands once, so the result grows at most quadratically with e.
 * For display only: the gradient values come from forward mode in compile.ts.
 */
export function differentiate(e: Expr, v: 'x' | 'y'): Expr {
  const d = (u: Expr): Expr => differentiate(u, v);
  switch (e.kind) {
    case 'num':
    case 'const':
      return ZERO;
    case 'var':
      return e.name === v ? ONE : ZERO;
    case 'neg':
      return neg(d(e.arg));
    case 'call': {
      const u = e.arg;
      const du = d(u);
      if (du.kind === 'num' && du.value === 0) return ZERO;
      switch (e.fn) {
        case 'sin':
          return mul(call('cos', u), du);
        case 'cos':
          return neg(mul(call('sin', u), du));
        case 'tan':
          return div(du, pow(call('cos', u), num(2)));
        case 'exp':
          return mul(e, du);
        case 'log':
          return div(du, u);
        case 'sqrt':
          return div(du, mul(num(2), e));
        case 'abs':
          return mul(call('sign', u), du);
        case 'tanh':
          return mul(sub(ONE, pow(e, num(2))), du);
        case 'sign':
        case 'step':
          return ZERO; // almost everywhere; the jump itself has no derivative
      }
      break;
    }
    case 'call2': {
      // min(a, b)' = step(b − a)·a' + step(a − b)·b' (half of each on a tie), max mirrored.
      const [a, b] = [e.left, e.right];
      const [pickA, pickB] = e.fn === 'min' ? [sub(b, a), sub(a, b)] : [sub(a, b), sub(b, a)];
      return add(mul(call('step', pickA), d(a)), mul(call('step', pickB), d(b)));
    }
    case 'bin': {
      const { left: a, right: b } = e;
      switch (e.op) {
        case '+':
          return add(d(a), d(b));
        case '-':
          return sub(d(a), d(b));
        case '*':
          return add(mul(d(a), b), mul(a, d(b)));
        case '/': {
          const db = d(b);
          if (db.kind === 'num' && db.value === 0) return div(d(a), b);
          return div(sub(mul(d(a), b), mul(a, db)), pow(b, num(2)));
        }
        case '^': {
          if (isConstant(b)) {
            // d(u^c) = c·u^(c−1)·u'
            const c1 = b.kind === 'num' ? num(b.value - 1) : sub(b, ONE);
            return mul(mul(b, pow(a, c1)), d(a));
          }
          if (isConstant(a)) return mul(mul(e, call('log', a)), d(b)); // d(c^w) = c^w·log c·w'
          // d(u^w) = w·u^(w−1)·u' + u^w·log(u)·w'
          return add(mul(mul(b, pow(a, sub(b, ONE))), d(a)), mul(mul(e, call('log', a)), d(b)));
        }
      }
    }
  }
}
