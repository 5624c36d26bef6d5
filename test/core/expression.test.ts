import { describe, expect, it } from 'vitest';
import {
  ExpressionError,
  MAX_DEPTH,
  MAX_LENGTH,
  formatExpression,
  parseExpression,
} from '../../src/core/expression';

const at = (text: string, x: number, y: number): number => parseExpression(text).value(x, y);

/** The ExpressionError that parsing `text` throws (fails the test if it parses). */
function errorOf(text: string): ExpressionError {
  try {
    parseExpression(text);
  } catch (e) {
    if (e instanceof ExpressionError) return e;
    throw e;
  }
  throw new Error(`expected "${text}" to be rejected`);
}

describe('parseExpression(text).value(x, y)', () => {
  const x = 0.7;
  const y = -1.3;
  // [formula, the same in JS]; values must agree to the last bit or nearly (1e-15 relative).
  const table: Array<[string, number]> = [
    ['1e-3', 1e-3],
    ['2.5E+2 - .5', 249.5],
    ['x + y', x + y],
    ['x - y - 1', x - y - 1],
    ['8 / 4 / 2', 1],
    ['2^3^2', 512],
    ['-x^2', -(x * x)],
    ['(-x)^2', x * x],
    ['2^-1', 0.5],
    ['-2x', -2 * x],
    ['2x^2', 2 * x * x],
    ['2(x + 1)', 2 * (x + 1)],
    ['x y', x * y],
    ['(x + 1)(y - 1)', (x + 1) * (y - 1)],
    ['3 sin(x) cos(y)', 3 * Math.sin(x) * Math.cos(y)],
    ['1/2x', 0.5 * x],
    ['pi e', Math.PI * Math.E],
    ['π − x', Math.PI - x],
    ['x ** 3 × y ÷ 2 · 4', ((x ** 3 * y) / 2) * 4],
    [
      'tan(x) + exp(y) + log(x) + ln(2) + sqrt(x)',
      Math.tan(x) + Math.exp(y) + Math.log(x) + Math.LN2 + Math.sqrt(x),
    ],
    ['abs(y) + tanh(y)', Math.abs(y) + Math.tanh(y)],
    ['min(x, y) + max(x, y, 5)', y + 5],
    ['(1-x)^2 + 100*(y-x^2)^2', (1 - x) ** 2 + 100 * (y - x * x) ** 2],
    ['  +x\t', x],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(at(text, x, y)).toBeCloseTo(expected, 14);
  });

  it('returns NaN and Infinity as values, never throws', () => {
    expect(at('log(x)', -1, 0)).toBeNaN();
    expect(at('x^0.5', -4, 0)).toBeNaN(); // negative base, non-integer exponent
    expect(at('x^3', -2, 0)).toBe(-8); // negative base, integer exponent
    expect(at('1/x', 0, 0)).toBe(Infinity);
    expect(at('sqrt(-1) + x', 1, 0)).toBeNaN();
  });
});

describe('parseExpression(text).valueAndGrad(params, grad)', () => {
  it('matches the analytic Rosenbrock value and gradient', () => {
    const f = parseExpression('(1-x)^2 + 100*(y-x^2)^2');
    const grad = new Float64Array(2);
    for (const [x, y] of [
      [-1.5, 2],
      [1, 1],
      [0.3, -0.7],
    ] as const) {
      const a = 1 - x;
      const b = y - x * x;
      expect(f.valueAndGrad([x, y], grad)).toBeCloseTo(a * a + 100 * b * b, 10);
      expect(grad[0]).toBeCloseTo(-2 * a - 400 * x * b, 10);
      expect(grad[1]).toBeCloseTo(200 * b, 10);
    }
  });

  it('keeps a zero partial zero where the chain factor is infinite', () => {
    const grad = [NaN, NaN];
    parseExpression('sqrt(y) + x').valueAndGrad([1, 0], grad);
    expect(grad).toEqual([1, Infinity]);
  });

  it('gives half of each side on a min/max tie, like step() in the symbolic form', () => {
    const grad = [0, 0];
    parseExpression('max(x, y)').valueAndGrad([1, 1], grad);
    expect(grad).toEqual([0.5, 0.5]);
  });
});

describe('derivative', () => {
  it.each([
    ['(1-x)^2 + 100*(y-x^2)^2', '-2*(1 - x) - 400*(y - x^2)*x', '200*(y - x^2)'],
    ['x^2 y + 3', '2*x*y', 'x^2'],
    ['sin(x) cos(y)', 'cos(x)*cos(y)', '-sin(x)*sin(y)'],
    ['exp(x) + log(y)', 'exp(x)', '1/y'],
    ['abs(x) + max(x, y)', 'sign(x) + step(x - y)', 'step(y - x)'],
    ['7', '0', '0'],
  ])('of %s is [%s, %s]', (text, dx, dy) => {
    expect(parseExpression(text).derivative).toEqual([dx, dy]);
  });
});

describe('formatExpression', () => {
  it.each([
    ['(1-x)^2+100*(y-x^2)^2', '(1 - x)^2 + 100*(y - x^2)^2'],
    ['-x^2', '-x^2'],
    ['(-x)^2', '(-x)^2'],
    ['x - (y - 1)', 'x - (y - 1)'],
    ['x / (2 * y)', 'x/(2*y)'],
    ['2^(-x)', '2^(-x)'],
    ['(2^3)^2', '(2^3)^2'],
    ['min(x, y, 1)', 'min(min(x, y), 1)'],
  ])('prints %s as %s', (text, printed) => {
    expect(formatExpression(parseExpression(text).ast)).toBe(printed);
  });
});

describe('errors', () => {
  it.each([
    ['', 0, /empty/],
    ['x +* y', 3, /before "\*"/],
    ['x + ', 4, /ends too early/],
    ['(x + 1', 6, /Missing "\)"/],
    ['x + 1)', 5, /Unmatched/],
    ['sin x', 4, /Expected "\(" after sin/],
    ['sin(x, y)', 0, /takes 1 argument/],
    ['max(x)', 0, /2 or more/],
    ['2 + xy', 4, /Unknown name "xy" \(write x\*y/],
    ['foo(x)', 0, /Unknown name "foo"/],
    ['x 2', 2, /Missing operator before 2/],
    ['x $ y', 2, /Unexpected character "\$"/],
    ['1e999', 0, /too large/],
    ['x, y', 1, /Unexpected ","/],
  ])('rejects %j at %i', (text, position, message) => {
    const error = errorOf(text);
    expect(error.position).toBe(position);
    expect(error.message).toMatch(message);
  });

  it(`rejects formulas longer than ${MAX_LENGTH} characters`, () => {
    const ok = 'x' + '+x'.repeat(MAX_LENGTH / 2 - 1) + ' ';
    expect(ok.length).toBe(MAX_LENGTH);
    expect(parseExpression(ok).value(1, 0)).toBe(MAX_LENGTH / 2);
    expect(errorOf(ok + ' ').position).toBe(MAX_LENGTH);
  });

  it(`accepts ${MAX_DEPTH} nested parentheses and rejects one more`, () => {
    const nest = (n: number) => '('.repeat(n) + 'x' + ')'.repeat(n);
    expect(parseExpression(nest(MAX_DEPTH)).value(3, 0)).toBe(3);
    const error = errorOf(nest(MAX_DEPTH + 1));
    expect(error.message).toMatch(/nested too deeply/);
    expect(error.position).toBe(MAX_DEPTH);
  });

  it('limits unary minus chains and power towers too', () => {
    expect(errorOf('-'.repeat(100) + 'x').message).toMatch(/nested too deeply/);
    expect(errorOf('x' + '^x'.repeat(100)).message).toMatch(/nested too deeply/);
  });

  it('is an Error with the name ExpressionError', () => {
    const error = errorOf(')');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ExpressionError');
  });
});
