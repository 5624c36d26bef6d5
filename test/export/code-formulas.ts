/**
 * Random formula trees for the tests of the formula translation (src/export/code/expression.ts):
 * every node kind, nested to any grouping, with constant subtrees that fold. Built only from
 * operations IEEE 754 rounds exactly in every language (+ − × ÷, √, |·|, sign, step, min, max,
 * squares), so that Python must give the very same float64 as the core: any difference is a
 * parenthesis in the wrong place, not a last bit of libm.
 */
import type { Expr } from '../../src/core/expression/ast';
import { createRng } from '../../src/core/rng';

const LEAVES: readonly Expr[] = [
  { kind: 'var', name: 'x' },
  { kind: 'var', name: 'y' },
  { kind: 'num', value: 2 },
  { kind: 'num', value: 0.5 },
  { kind: 'num', value: 0 },
  { kind: 'num', value: 3.25 },
  { kind: 'num', value: 1e-3 },
  { kind: 'const', name: 'pi' },
  { kind: 'const', name: 'e' },
];

/** `count` formulas drawn from `seed`, each at most `depth` levels deep. */
export function randomFormulas(count: number, seed: number, depth = 5): Expr[] {
  const rng = createRng(seed);
  const pick = <T>(items: readonly T[]): T => items[rng.int(items.length)]!;
  const tree = (level: number): Expr => {
    if (level === 0 || rng.uniform() < 0.2) return pick(LEAVES);
    switch (rng.int(6)) {
      case 0:
        return { kind: 'neg', arg: tree(level - 1) };
      case 1:
      case 2:
        return {
          kind: 'bin',
          op: pick(['+', '-', '*', '/'] as const),
          left: tree(level - 1),
          right: tree(level - 1),
        };
      case 3:
        // Squares (exact in every pow), and the ^1 and ^0 the core compiles specially.
        return {
          kind: 'bin',
          op: '^',
          left: tree(level - 1),
          right: { kind: 'num', value: pick([2, 2, 1, 0]) },
        };
      case 4:
        return {
          kind: 'call',
          fn: pick(['sqrt', 'abs', 'sign', 'step'] as const),
          arg: tree(level - 1),
        };
      default:
        return {
          kind: 'call2',
          fn: pick(['min', 'max'] as const),
          left: tree(level - 1),
          right: tree(level - 1),
        };
    }
  };
  return Array.from({ length: count }, () => tree(depth));
}

/** Points where the formulas are evaluated: signs, zero, and sizes mixed. */
export const FORMULA_POINTS: readonly (readonly [number, number])[] = [
  [0.7, -1.3],
  [-2.5, 0.25],
  [0, 3],
  [1e-3, -4e2],
];
