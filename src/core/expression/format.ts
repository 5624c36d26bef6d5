import type { Expr } from './ast';

// Precedence levels for printing: the tighter, the higher.
const P_ADD = 1;
const P_MUL = 2;
const P_NEG = 3;
const P_POW = 4;
const P_ATOM = 5;

function prec(e: Expr): number {
  switch (e.kind) {
    case 'num':
      return e.value < 0 ? P_NEG : P_ATOM;
    case 'neg':
      return P_NEG;
    case 'bin':
      return e.op === '+' || e.op === '-' ? P_ADD : e.op === '^' ? P_POW : P_MUL;
    default:
      return P_ATOM;
  }
}

/**
 * Prints a tree as a formula that `parseExpression` reads back to the same tree (up to
 * number spelling), with the fewest parentheses: `(1 - x)^2 + 100*(y - x^2)^2`.
 */
export function formatExpression(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return formatNumber(e.value);
    case 'const':
    case 'var':
      return e.name;
    case 'neg':
      return `-${wrap(e.arg, prec(e.arg) < P_POW)}`;
    case 'call':
      return `${e.fn}(${formatExpression(e.arg)})`;
    case 'call2':
      return `${e.fn}(${formatExpression(e.left)}, ${formatExpression(e.right)})`;
    case 'bin': {
      const p = prec(e);
      const lp = prec(e.left);
      const rp = prec(e.right);
      if (e.op === '^') {
        // Right-associative; a negative exponent gets parentheses to read clearly: x^(-1).
        return `${wrap(e.left, lp <= P_POW)}^${wrap(e.right, rp < P_ATOM)}`;
      }
      // Left-associative: at equal precedence the right side keeps its parentheses, so the
      // text parses back to the same tree and the same rounding, except for a product on
      // the right of a product: a*(b*c) prints as a*b*c, which reads much better in
      // derivatives and only moves rounding by an ulp or two (no cancellation in products).
      const left = wrap(e.left, lp < p);
      const right = wrap(e.right, rp < p || (rp === p && !(e.op === '*' && isProduct(e.right))));
      return p === P_ADD ? `${left} ${e.op} ${right}` : `${left}${e.op}${right}`;
    }
  }
}

const isProduct = (e: Expr): boolean => e.kind === 'bin' && e.op === '*';

function wrap(e: Expr, parens: boolean): string {
  const s = formatExpression(e);
  return parens ? `(${s})` : s;
}

// Shortest round-tripping spelling; exponent form only where plain digits would be long.
function formatNumber(v: number): string {
  if (Object.is(v, -0)) return '0';
  return String(v).replace('e+', 'e');
}
