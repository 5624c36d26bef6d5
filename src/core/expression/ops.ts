import { step, type BinaryOp, type UnaryFn } from './ast';

// The closures compile.ts assembles. Each returns its value and leaves (∂/∂x, ∂/∂y) in G.
// A parent copies G into locals right after each child call, so one pair serves the tree.

/** A compiled node: returns f(x, y) and leaves its gradient in G. */
export type Node = (x: number, y: number) => number;

// The gradient of the node that returned last. Module-level: the closures never nest across
// threads or await, so sharing it is safe and keeps the hot path allocation-free. Not
// exported on purpose: V8 reads an exported module binding through a cell on every access,
// which made the whole tree 4x slower (measured, see docs/expressions.md).
const G = new Float64Array(2);

/** A compiled formula: value and exact gradient in one pass, allocation-free. */
export interface Program {
  /** Writes ∂f/∂x, ∂f/∂y into grad[0], grad[1] and returns f(params[0], params[1]). */
  valueAndGrad(params: ArrayLike<number>, grad: Float64Array | number[]): number;
  /** f(x, y). */
  value(x: number, y: number): number;
}

/** Wraps the root closure of a formula. */
export function toProgram(root: Node): Program {
  return {
    valueAndGrad(params, grad) {
      const v = root(params[0]!, params[1]!);
      grad[0] = G[0]!;
      grad[1] = G[1]!;
      return v;
    },
    value: (x, y) => root(x, y),
  };
}

// Chain rule for one-argument functions: G ← f'(u)·G. A zero inner derivative stays zero
// where f'(u) is infinite (∂/∂x sqrt(y) at y = 0 is 0, not Infinity·0 = NaN).
function chain(s: number): void {
  const gx = G[0]!;
  const gy = G[1]!;
  G[0] = gx === 0 ? 0 : s * gx;
  G[1] = gy === 0 ? 0 : s * gy;
}

export const varX: Node = (x) => ((G[0] = 1), (G[1] = 0), x);
export const varY: Node = (_x, y) => ((G[0] = 0), (G[1] = 1), y);
export const constant =
  (k: number): Node =>
  () => ((G[0] = 0), (G[1] = 0), k);

/** −a. */
export const negate =
  (a: Node): Node =>
  (x, y) => {
    const u = a(x, y);
    G[0] = -G[0]!;
    G[1] = -G[1]!;
    return -u;
  };

/** k·a for a constant k (the common "100*(…)"). */
export const mulK =
  (a: Node, k: number): Node =>
  (x, y) => {
    const u = a(x, y);
    G[0] = k * G[0]!;
    G[1] = k * G[1]!;
    return k * u;
  };

/** a + k for a constant k (also a − k as a + (−k)). */
export const addK =
  (a: Node, k: number): Node =>
  (x, y) =>
    a(x, y) + k; // G passes through unchanged

/** k − a for a constant k (the common "1 - x"). */
export const kSub =
  (k: number, a: Node): Node =>
  (x, y) => {
    const u = a(x, y);
    G[0] = -G[0]!;
    G[1] = -G[1]!;
    return k - u;
  };

/** a^k for a constant k: a² by one multiplication, the rest by Math.pow. */
export function powK(a: Node, k: number): Node {
  if (k === 1) return a;
  if (k === 0) return constant(1); // u^0 = 1 for every u in IEEE pow, NaN and ±Infinity too
  if (k === 2) {
    return (x, y) => {
      const u = a(x, y);
      const s = 2 * u;
      G[0] = s * G[0]!;
      G[1] = s * G[1]!;
      return u * u;
    };
  }
  return (x, y) => {
    const u = a(x, y);
    chain(k * Math.pow(u, k - 1));
    return Math.pow(u, k);
  };
}

export function binary(op: BinaryOp, a: Node, b: Node): Node {
  switch (op) {
    case '+':
      return (x, y) => {
        const u = a(x, y);
        const ux = G[0]!;
        const uy = G[1]!;
        const w = b(x, y);
        G[0] = ux + G[0]!;
        G[1] = uy + G[1]!;
        return u + w;
      };
    case '-':
      return (x, y) => {
        const u = a(x, y);
        const ux = G[0]!;
        const uy = G[1]!;
        const w = b(x, y);
        G[0] = ux - G[0]!;
        G[1] = uy - G[1]!;
        return u - w;
      };
    case '*':
      return (x, y) => {
        const u = a(x, y);
        const ux = G[0]!;
        const uy = G[1]!;
        const w = b(x, y);
        G[0] = ux * w + u * G[0]!;
        G[1] = uy * w + u * G[1]!;
        return u * w;
      };
    case '/':
      return (x, y) => {
        const u = a(x, y);
        const ux = G[0]!;
        const uy = G[1]!;
        const w = b(x, y);
        const v = u / w;
        G[0] = (ux - v * G[0]!) / w;
        G[1] = (uy - v * G[1]!) / w;
        return v;
      };
    case '^':
      return (x, y) => {
        const u = a(x, y);
        const ux = G[0]!;
        const uy = G[1]!;
        const w = b(x, y);
        const wx = G[0]!;
        const wy = G[1]!;
        const v = Math.pow(u, w);
        // w·u^(w−1)·u' + u^w·log(u)·w', each term only where its derivative is non-zero
        // (else 0·log(u < 0) = NaN would spoil x^y at integer y… and u' = 0 terms).
        const p = w * Math.pow(u, w - 1);
        const l = v * Math.log(u);
        G[0] = (ux === 0 ? 0 : p * ux) + (wx === 0 ? 0 : l * wx);
        G[1] = (uy === 0 ? 0 : p * uy) + (wy === 0 ? 0 : l * wy);
        return v;
      };
  }
}

/** min/max; on a tie each side's derivative counts half (as step() in the symbolic form). */
export function minMax(isMin: boolean, a: Node, b: Node): Node {
  return (x, y) => {
    const u = a(x, y);
    const ux = G[0]!;
    const uy = G[1]!;
    const w = b(x, y);
    const t = isMin ? step(w - u) : step(u - w);
    G[0] = t * ux + (1 - t) * G[0]!;
    G[1] = t * uy + (1 - t) * G[1]!;
    return isMin ? Math.min(u, w) : Math.max(u, w);
  };
}

// One closure per function so each stays monomorphic (a shared closure calling Math[fn]
// through a variable would not inline).
export function unary(fn: UnaryFn, a: Node): Node {
  switch (fn) {
    case 'sin':
      return (x, y) => {
        const u = a(x, y);
        chain(Math.cos(u));
        return Math.sin(u);
      };
    case 'cos':
      return (x, y) => {
        const u = a(x, y);
        chain(-Math.sin(u));
        return Math.cos(u);
      };
    case 'tan':
      return (x, y) => {
        const u = a(x, y);
        const c = Math.cos(u);
        chain(1 / (c * c));
        return Math.tan(u);
      };
    case 'exp':
      return (x, y) => {
        const v = Math.exp(a(x, y));
        chain(v);
        return v;
      };
    case 'log':
      return (x, y) => {
        const u = a(x, y);
        chain(1 / u);
        return Math.log(u);
      };
    case 'sqrt':
      return (x, y) => {
        const v = Math.sqrt(a(x, y));
        chain(0.5 / v);
        return v;
      };
    case 'abs':
      return (x, y) => {
        const u = a(x, y);
        chain(Math.sign(u));
        return Math.abs(u);
      };
    case 'tanh':
      return (x, y) => {
        const v = Math.tanh(a(x, y));
        chain(1 - v * v);
        return v;
      };
    case 'sign':
    case 'step':
      // Piecewise constant: derivative 0 almost everywhere (NaN in, NaN out for the value).
      return (x, y) => {
        const u = a(x, y);
        G[0] = 0;
        G[1] = 0;
        return fn === 'sign' ? Math.sign(u) : step(u);
      };
  }
}
