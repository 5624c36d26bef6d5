import type { BinaryFn, Expr, UnaryFn } from './ast';

// Smart constructors that simplify as they build, so derivatives come out readable:
// 0 + u = u, 1·u = u, 0·u = 0, u^1 = u, constants folded, signs pulled to the front.
// They only make rewrites that hold for every finite value of u (0·u = 0 is shown even where
// u is infinite: these trees are for display; values and gradients come from the compiled
// program of f itself, never from these trees).

export const num = (value: number): Expr => ({ kind: 'num', value });
export const ZERO = num(0);
export const ONE = num(1);

const isNum = (e: Expr, v?: number): e is Expr & { kind: 'num' } =>
  e.kind === 'num' && (v === undefined || e.value === v);

type MulByNum = Expr & { kind: 'bin'; left: Expr & { kind: 'num' } };
const isMulByNum = (e: Expr): e is MulByNum => e.kind === 'bin' && e.op === '*' && isNum(e.left);

// Fold only when the result prints back as a number literal (no Infinity/NaN in the text).
function fold(v: number, otherwise: () => Expr): Expr {
  return Number.isFinite(v) ? num(v) : otherwise();
}

export function neg(a: Expr): Expr {
  if (isNum(a)) return num(-a.value);
  if (a.kind === 'neg') return a.arg;
  if (a.kind === 'bin' && a.op === '*' && isNum(a.left)) return mul(num(-a.left.value), a.right);
  // −(u·v) → (−u)·v, printed -u*v (same value: IEEE negation is exact).
  if (a.kind === 'bin' && a.op === '*')
    return { kind: 'bin', op: '*', left: neg(a.left), right: a.right };
  return { kind: 'neg', arg: a };
}

export function add(a: Expr, b: Expr): Expr {
  if (isNum(a, 0)) return b;
  if (isNum(b, 0)) return a;
  if (isNum(a) && isNum(b)) return fold(a.value + b.value, () => raw('+', a, b));
  if (b.kind === 'neg') return sub(a, b.arg);
  if (isNum(b) && b.value < 0) return sub(a, num(-b.value));
  if (a.kind === 'neg') return sub(b, a.arg);
  if (isMulByNum(b) && b.left.value < 0) return sub(a, mul(num(-b.left.value), b.right));
  return raw('+', a, b);
}

export function sub(a: Expr, b: Expr): Expr {
  if (isNum(b, 0)) return a;
  if (isNum(a, 0)) return neg(b);
  if (isNum(a) && isNum(b)) return fold(a.value - b.value, () => raw('-', a, b));
  if (b.kind === 'neg') return add(a, b.arg);
  if (isNum(b) && b.value < 0) return add(a, num(-b.value));
  if (isMulByNum(b) && b.left.value < 0) return add(a, mul(num(-b.left.value), b.right));
  return raw('-', a, b);
}

export function mul(a: Expr, b: Expr): Expr {
  if (isNum(a, 0) || isNum(b, 0)) return ZERO;
  if (isNum(a, 1)) return b;
  if (isNum(b, 1)) return a;
  if (isNum(a, -1)) return neg(b);
  if (isNum(b, -1)) return neg(a);
  if (isNum(a) && isNum(b)) return fold(a.value * b.value, () => raw('*', a, b));
  if (a.kind === 'neg') return neg(mul(a.arg, b));
  if (b.kind === 'neg') return neg(mul(a, b.arg));
  // Numbers to the front: u·3 → 3·u, and 2·(3·u) → 6·u.
  if (isNum(b)) return mul(b, a);
  if (isNum(a) && isMulByNum(b)) {
    const v = a.value * b.left.value;
    if (Number.isFinite(v)) return mul(num(v), b.right);
  }
  // (2·u)·v → 2·(u·v) and u·(2·v) → 2·(u·v): one number in front of each product.
  if (!isNum(a) && isMulByNum(a)) return mul(a.left, mul(a.right, b));
  if (!isNum(a) && isMulByNum(b)) return mul(b.left, mul(a, b.right));
  return raw('*', a, b);
}

export function div(a: Expr, b: Expr): Expr {
  if (isNum(b, 1)) return a;
  if (isNum(a, 0) && !isNum(b, 0)) return ZERO;
  if (isNum(a) && isNum(b) && b.value !== 0) {
    const v = a.value / b.value;
    // Keep 1/3 as a fraction: 0.3333333333333333 is worse to read than 1/3.
    if (Number.isInteger(v)) return num(v);
  }
  if (a.kind === 'neg') return neg(div(a.arg, b));
  if (b.kind === 'neg') return neg(div(a, b.arg));
  return raw('/', a, b);
}

export function pow(a: Expr, b: Expr): Expr {
  if (isNum(b, 1)) return a;
  if (isNum(b, 0)) return ONE;
  if (isNum(a, 1)) return ONE;
  if (isNum(a) && isNum(b) && Number.isInteger(b.value) && b.value > 0) {
    const v = Math.pow(a.value, b.value);
    if (Number.isSafeInteger(v)) return num(v);
  }
  // (u^a)^b = u^(a·b) only for integer a and b, where it holds for negative u too.
  if (a.kind === 'bin' && a.op === '^' && isNum(a.right) && isNum(b)) {
    if (Number.isInteger(a.right.value) && Number.isInteger(b.value)) {
      return pow(a.left, num(a.right.value * b.value));
    }
  }
  return raw('^', a, b);
}

export function call(fn: UnaryFn, arg: Expr): Expr {
  if (fn === 'log' && arg.kind === 'const' && arg.name === 'e') return ONE;
  if (fn === 'exp' && isNum(arg, 0)) return ONE;
  if (fn === 'log' && isNum(arg, 1)) return ZERO;
  return { kind: 'call', fn, arg };
}

export function call2(fn: BinaryFn, left: Expr, right: Expr): Expr {
  return { kind: 'call2', fn, left, right };
}

function raw(op: '+' | '-' | '*' | '/' | '^', left: Expr, right: Expr): Expr {
  return { kind: 'bin', op, left, right };
}
