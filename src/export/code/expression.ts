/**
 * A formula's tree (src/core/expression/ast.ts, docs/expressions.md) as a Python expression in
 * x and y: with torch functions (autograd then differentiates it), with NumPy functions (the
 * NumPy script also prints the symbolic derivative this way), or with the formula's own names
 * (`plain`, which Descent's parser reads back: the tests' check of the parentheses).
 *
 * Every node is written so that Python computes what the core computes, operation for operation:
 * the tree's grouping is kept (a − (b − c) keeps its parentheses, and so does a·(b·c), whose
 * rounding differs from (a·b)·c), and x and y are tensors or NumPy scalars, so a division by
 * zero, log(−1) or (−8)^(1/3) give ±inf or nan as in the app, never a Python exception or a
 * complex number. A constant part that plain Python arithmetic would compute differently (a
 * function call, a power, a division by zero, an overflow) is written as the number the core
 * folds it to (src/core/expression/compile.ts folds constant subtrees the same way).
 */
import {
  evaluateAst,
  isConstant,
  type BinaryFn,
  type Expr,
  type UnaryFn,
} from '../../core/expression/ast';
import { pyFloat, pyNumber } from './python';

/** Which functions the text calls. */
export type Flavour = 'torch' | 'numpy' | 'plain';

/** Each target's names of the language's functions and constants. */
const NAMES: Record<Flavour, Record<UnaryFn | BinaryFn | 'pi' | 'e', string>> = {
  torch: {
    sin: 'torch.sin',
    cos: 'torch.cos',
    tan: 'torch.tan',
    exp: 'torch.exp',
    log: 'torch.log',
    sqrt: 'torch.sqrt',
    abs: 'torch.abs',
    tanh: 'torch.tanh',
    // torch.sign(nan) is 0, where the language's (and NumPy's) is nan; and no torch function is
    // step(t) with a gradient (torch.heaviside has none). The script defines both (`helpers`).
    sign: 'sign',
    step: 'step',
    min: 'torch.minimum',
    max: 'torch.maximum',
    pi: 'math.pi',
    e: 'math.e',
  },
  numpy: {
    sin: 'np.sin',
    cos: 'np.cos',
    tan: 'np.tan',
    exp: 'np.exp',
    log: 'np.log',
    sqrt: 'np.sqrt',
    abs: 'np.abs',
    tanh: 'np.tanh',
    sign: 'np.sign',
    step: 'step',
    min: 'np.minimum',
    max: 'np.maximum',
    pi: 'np.pi',
    e: 'np.e',
  },
  plain: {
    sin: 'sin',
    cos: 'cos',
    tan: 'tan',
    exp: 'exp',
    log: 'log',
    sqrt: 'sqrt',
    abs: 'abs',
    tanh: 'tanh',
    sign: 'sign',
    step: 'step',
    min: 'min',
    max: 'max',
    pi: 'pi',
    e: 'e',
  },
};

/** The functions a formula (or its derivative) calls that the script defines itself. */
export function helpersOf(e: Expr, flavour: Flavour): Set<'sign' | 'step'> {
  const found = new Set<'sign' | 'step'>();
  const visit = (node: Expr): void => {
    if (node.kind === 'call') {
      if (node.fn === 'step') found.add('step');
      if (node.fn === 'sign' && flavour === 'torch') found.add('sign');
      visit(node.arg);
    } else if (node.kind === 'neg') visit(node.arg);
    else if (node.kind === 'bin' || node.kind === 'call2') {
      visit(node.left);
      visit(node.right);
    }
  };
  visit(e);
  // The torch step is made of sign.
  if (flavour === 'torch' && found.has('step')) found.add('sign');
  return found;
}

// Python's precedence levels, loosest first: + − < * / < unary − < ** < atoms.
const ADD = 1;
const MUL = 2;
const NEG = 3;
const POW = 4;
const ATOM = 5;

/** The precedence of a node as printed (a folded constant is a number). */
function prec(e: Expr): number {
  if (folds(e)) return numberPrec(evaluateAst(e, 0, 0));
  switch (e.kind) {
    case 'num':
      return numberPrec(e.value);
    case 'neg':
      return NEG;
    case 'bin':
      return e.op === '+' || e.op === '-' ? ADD : e.op === '^' ? POW : MUL;
    default:
      return ATOM;
  }
}

/** A negative literal (or −inf) reads as a unary minus. */
const numberPrec = (value: number): number => (value < 0 || Object.is(value, -0) ? NEG : ATOM);

/**
 * Whether a constant subtree is written as its value: anything but numbers, pi and e combined
 * by + − × and by a division whose divisor is a finite non-zero number, with a finite result.
 */
function folds(e: Expr): boolean {
  if (e.kind === 'num' || e.kind === 'const' || !isConstant(e)) return false;
  return !plainArithmetic(e) || !Number.isFinite(evaluateAst(e, 0, 0));
}

function plainArithmetic(e: Expr): boolean {
  switch (e.kind) {
    case 'num':
    case 'const':
      return true;
    case 'neg':
      return plainArithmetic(e.arg);
    case 'bin': {
      if (e.op === '^') return false;
      if (e.op === '/') {
        const divisor = evaluateAst(e.right, 0, 0);
        if (divisor === 0 || !Number.isFinite(divisor)) return false;
      }
      return plainArithmetic(e.left) && plainArithmetic(e.right);
    }
    default:
      return false;
  }
}

/**
 * The Python text of a formula. `x` and `y` stand for the two parameters: the script binds them
 * (`x, y = theta`) before evaluating the text.
 *
 * @example toPython(parseAst('(1 - x)^2 + 100*(y - x^2)^2'), 'numpy')
 *   === '(1 - x) ** 2 + 100 * (y - x ** 2) ** 2'
 */
export function toPython(e: Expr, flavour: Flavour): string {
  const names = NAMES[flavour];
  const write = (node: Expr): string => {
    if (folds(node)) return pyNumber(evaluateAst(node, 0, 0));
    switch (node.kind) {
      case 'num':
        return pyNumber(node.value);
      case 'const':
        return names[node.name];
      case 'var':
        return node.name;
      case 'neg':
        // −(−u) and −(a·b) keep their parentheses: the tree's own grouping.
        return `-${wrap(node.arg, prec(node.arg) <= NEG)}`;
      case 'call':
        return `${names[node.fn]}(${write(node.arg)})`;
      case 'call2':
        return `${names[node.fn]}(${operand(node.left)}, ${operand(node.right)})`;
      case 'bin': {
        const p = prec(node);
        if (node.op === '^') {
          // Right-associative, and ** binds tighter than a unary minus on its left.
          return `${wrap(node.left, prec(node.left) <= POW)} ** ${wrap(node.right, prec(node.right) < NEG)}`;
        }
        // Left-associative: an equal level on the right keeps its parentheses, and the rounding;
        // so does a negation after + or − (a - (-b), not a - -b).
        const right = prec(node.right);
        const left =
          flavour === 'torch' && node.op === '/' && isConstant(node.left)
            ? // number / tensor is reciprocal(tensor)·number in torch, two roundings: a tensor
              // of the number divides as the core does, in one.
              `torch.tensor(${pyFloat(evaluateAst(node.left, 0, 0))})`
            : wrap(node.left, prec(node.left) < p);
        return `${left} ${node.op} ${wrap(node.right, right <= p || (p === ADD && right === NEG))}`;
      }
    }
  };
  const wrap = (node: Expr, parens: boolean): string => (parens ? `(${write(node)})` : write(node));
  // torch.minimum and torch.maximum take tensors only: a constant side becomes one.
  const operand = (node: Expr): string =>
    flavour === 'torch' && isConstant(node)
      ? `torch.tensor(${pyFloat(evaluateAst(node, 0, 0))})`
      : write(node);
  return write(e);
}
