import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExpressionError, formatExpression, parseExpression } from '../../src/core/expression';
import { leaf, smooth } from '../arbitraries/formula';

// Random formulas as text. `smooth` ones are differentiable everywhere they are finite (the
// risky functions are wrapped so their arguments stay in their domain), so a central
// difference must agree with the exact gradient. `any` adds abs, min and max and raw
// division/log/sqrt, which are only compared symbolic-vs-forward (no finite differences).
const { any } = fc.letrec<{ any: string }>((tie) => ({
  any: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(tie('any'), fc.constantFrom('+', '-', '*', '/', '^'), tie('any'))
      .map(([a, op, b]) => `(${a})${op}(${b})`),
    fc
      .tuple(
        fc.constantFrom('sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh', '-'),
        tie('any'),
      )
      .map(([f, a]) => `${f}(${a})`),
    fc
      .tuple(fc.constantFrom('min', 'max'), tie('any'), tie('any'))
      .map(([f, a, b]) => `${f}(${a}, ${b})`),
  ),
}));

const coord = fc.double({ min: -2, max: 2, noNaN: true });
/**
 * As `coord`, without the magnitudes below 1e-150 (0 stays): there a product of two coordinates
 * is subnormal, where rounding is absolute, not relative, and two orders of the same maths can
 * differ by a factor (a seed found x = −1.57e-162: x² rounds to 4.9e-324, near twice its value).
 */
const normalCoord = coord.filter((v) => v === 0 || Math.abs(v) >= 1e-150);

describe('gradients of random formulas', () => {
  it('equal central differences at random points (smooth formulas)', () => {
    fc.assert(
      fc.property(smooth, coord, coord, (text, x, y) => {
        const f = parseExpression(text);
        const grad = new Float64Array(2);
        const v = f.valueAndGrad([x, y], grad);
        fc.pre(Number.isFinite(v) && Number.isFinite(grad[0]) && Number.isFinite(grad[1]));
        for (const k of [0, 1] as const) {
          // Central difference, error O(h²·f'''); compared with a tolerance scaled to the
          // size of f and its gradient. Points where halving h changes the estimate a lot
          // (f''' huge, or rounding dominates) are skipped: there the check proves nothing.
          const fd = (h: number) => {
            const d = k === 0 ? [h, 0] : [0, h];
            return (f.value(x + d[0]!, y + d[1]!) - f.value(x - d[0]!, y - d[1]!)) / (2 * h);
          };
          const a = fd(1e-5);
          const b = fd(5e-6);
          const scale = 1 + Math.abs(v) + Math.abs(grad[k]!);
          fc.pre(Math.abs(a - b) < 1e-6 * scale);
          expect(Math.abs(grad[k]! - b)).toBeLessThan(1e-5 * scale);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('equal the shown symbolic derivative evaluated at the point (all operations)', () => {
    fc.assert(
      fc.property(any, normalCoord, normalCoord, (text, x, y) => {
        const f = parseExpression(text);
        const grad = [0, 0];
        f.valueAndGrad([x, y], grad);
        const [dx, dy] = f.derivative.map((d) => parseExpression(d).value(x, y));
        const pairs: Array<[number, number]> = [
          [grad[0]!, dx!],
          [grad[1]!, dy!],
        ];
        for (const [exact, symbolic] of pairs) {
          if (!Number.isFinite(exact) || !Number.isFinite(symbolic)) continue;
          // Same maths in a different order: only rounding differs, but a random formula can
          // cancel large terms (CI once saw a case past 1e-9 that 30,000 reruns did not find).
          expect(Math.abs(exact - symbolic)).toBeLessThanOrEqual(
            1e-7 * (1 + Math.abs(exact) + Math.abs(symbolic)),
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('are exact where the symbolic derivative’s square underflows (a property’s counterexample)', () => {
    const f = parseExpression('(y)/(min(x, x))');
    const grad = [0, 0];
    f.valueAndGrad([-1.5717277847026288e-162, 5e-324], grad);
    // ∂/∂x (y / x) = −y / x² = −4.9e-324 / 2.47e-324: −2, where −y / (x²) reads −1.
    expect(grad[0]).toBeCloseTo(-2, 12);
  });

  it('survive printing: formatExpression(ast) parses back to the same function', () => {
    fc.assert(
      fc.property(any, coord, coord, (text, x, y) => {
        const f = parseExpression(text);
        const g = parseExpression(formatExpression(f.ast));
        const [a, b] = [f.value(x, y), g.value(x, y)];
        // a*(b*c) prints as a*b*c: a few ulps apart, or an overflow on one side only.
        fc.pre(Number.isFinite(a) && Number.isFinite(b));
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(a)));
      }),
      { numRuns: 300 },
    );
  });
});

/** Parses and checks the contract: an Expression, or an ExpressionError inside the input. */
function parsesOrRejects(text: string): void {
  try {
    const f = parseExpression(text);
    f.valueAndGrad([0.3, -0.4], [0, 0]); // NaN is fine, an exception is not
  } catch (e) {
    expect(e).toBeInstanceOf(ExpressionError);
    const { position } = e as ExpressionError;
    expect(position).toBeGreaterThanOrEqual(0);
    expect(position).toBeLessThanOrEqual(text.length);
  }
}

describe('the parser on junk', () => {
  it('throws only ExpressionError on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary' })), (s) =>
        parsesOrRejects(s),
      ),
      { numRuns: 5000 },
    );
  });

  it('throws only ExpressionError on token soups, and terminates', () => {
    const token = fc.constantFrom(
      ...['x', 'y', 'pi', 'e', '1', '2.5', '1e-3', '.', 'e5', '+', '-', '−', '*', '**', '/'],
      ...['^', '(', ')', ',', ' ', 'sin', 'min', 'max', 'log', 'ln', 'xy', 'sqrt', 'π', '$'],
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => parsesOrRejects(tokens.join(''))),
      { numRuns: 6000 },
    );
  });

  it('handles the worst cases of the length limit in reasonable time', () => {
    // Deep left-nested products have quadratic derivatives; this must still finish.
    const product = parseExpression('x' + '*x'.repeat(249));
    expect(product.derivative[0].length).toBeGreaterThan(0);
    const tower = 'exp('.repeat(60) + 'x' + ')'.repeat(60);
    expect(parseExpression(tower).derivative[1]).toBe('0');
  });
});
