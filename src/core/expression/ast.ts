/** Functions of one argument a formula may call. `sign` and `step` also appear in derivatives. */
export type UnaryFn =
  'sin' | 'cos' | 'tan' | 'exp' | 'log' | 'sqrt' | 'abs' | 'tanh' | 'sign' | 'step';

/** Functions of two arguments (`min(a, b, c)` parses as `min(min(a, b), c)`). */
export type BinaryFn = 'min' | 'max';

/** Infix operators; `^` is power (right-associative). */
export type BinaryOp = '+' | '-' | '*' | '/' | '^';

/**
 * A parsed formula f(x, y). Trees are immutable and may share subtrees (derivatives reuse the
 * nodes of f), so treat them as values.
 */
export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'const'; readonly name: 'pi' | 'e' }
  | { readonly kind: 'var'; readonly name: 'x' | 'y' }
  | { readonly kind: 'neg'; readonly arg: Expr }
  | { readonly kind: 'bin'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly fn: UnaryFn; readonly arg: Expr }
  | { readonly kind: 'call2'; readonly fn: BinaryFn; readonly left: Expr; readonly right: Expr };

export const UNARY_FNS: readonly UnaryFn[] = [
  'sin',
  'cos',
  'tan',
  'exp',
  'log',
  'sqrt',
  'abs',
  'tanh',
  'sign',
  'step',
];
export const BINARY_FNS: readonly BinaryFn[] = ['min', 'max'];

/** The value of a constant name. */
export function constValue(name: 'pi' | 'e'): number {
  return name === 'pi' ? Math.PI : Math.E;
}

/** step(t): 1 for t > 0, 1/2 at 0, 0 below (and NaN for NaN); the derivative of max(t, 0). */
export function step(t: number): number {
  return t > 0 ? 1 : t < 0 ? 0 : t === 0 ? 0.5 : NaN;
}

/** Evaluates `fn` at `u` with plain float64 (the reference for the compiled program). */
export function applyUnary(fn: UnaryFn, u: number): number {
  switch (fn) {
    case 'sin':
      return Math.sin(u);
    case 'cos':
      return Math.cos(u);
    case 'tan':
      return Math.tan(u);
    case 'exp':
      return Math.exp(u);
    case 'log':
      return Math.log(u);
    case 'sqrt':
      return Math.sqrt(u);
    case 'abs':
      return Math.abs(u);
    case 'tanh':
      return Math.tanh(u);
    case 'sign':
      return Math.sign(u);
    case 'step':
      return step(u);
  }
}

/** Evaluates an expression tree directly (slow; for constant folding and tests). */
export function evaluateAst(e: Expr, x: number, y: number): number {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'const':
      return constValue(e.name);
    case 'var':
      return e.name === 'x' ? x : y;
    case 'neg':
      return -evaluateAst(e.arg, x, y);
    case 'call':
      return applyUnary(e.fn, evaluateAst(e.arg, x, y));
    case 'call2': {
      const a = evaluateAst(e.left, x, y);
      const b = evaluateAst(e.right, x, y);
      return e.fn === 'min' ? Math.min(a, b) : Math.max(a, b);
    }
    case 'bin': {
      const a = evaluateAst(e.left, x, y);
      const b = evaluateAst(e.right, x, y);
      switch (e.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return a / b;
        case '^':
          return Math.pow(a, b);
      }
    }
  }
}

/** True if the tree contains neither x nor y. */
export function isConstant(e: Expr): boolean {
  switch (e.kind) {
    case 'num':
    case 'const':
      return true;
    case 'var':
      return false;
    case 'neg':
    case 'call':
      return isConstant(e.arg);
    case 'bin':
    case 'call2':
      return isConstant(e.left) && isConstant(e.right);
  }
}
