// The formula translation of the exported scripts (src/export/code/expression.ts), without
// Python: each node kind and function as torch and NumPy write it, the grouping checked by
// reading the text back with Descent's own parser, and the built-in functions' Python against the
// core's f and gradient.
import { describe, expect, it } from 'vitest';
import { evaluateAst } from '../../src/core/expression/ast';
import { parseAst } from '../../src/core/expression/parse';
import { parseExpression } from '../../src/core/expression';
import { FUNCTIONS, FUNCTION_NAMES } from '../../src/core/problems/functions';
import { helpersOf, toPython } from '../../src/export/code/expression';
import { FUNCTION_FORMULAS } from '../../src/kinds/function/code-formulas';
import { FORMULA_POINTS, randomFormulas } from './code-formulas';

const torch = (text: string) => toPython(parseAst(text), 'torch');
const numpy = (text: string) => toPython(parseAst(text), 'numpy');

describe('a formula in Python', () => {
  it.each([
    // [formula, torch, numpy]
    ['x', 'x', 'x'],
    ['2.5', '2.5', '2.5'],
    ['1e-7*x', '1e-7 * x', '1e-7 * x'],
    ['pi*x + e', 'math.pi * x + math.e', 'np.pi * x + np.e'],
    ['-x', '-x', '-x'],
    ['x + y - 1', 'x + y - 1', 'x + y - 1'],
    ['x*y/2', 'x * y / 2', 'x * y / 2'],
    ['x^3', 'x ** 3', 'x ** 3'],
    ['x^y', 'x ** y', 'x ** y'],
    ['sin(x)', 'torch.sin(x)', 'np.sin(x)'],
    ['cos(x)', 'torch.cos(x)', 'np.cos(x)'],
    ['tan(x)', 'torch.tan(x)', 'np.tan(x)'],
    ['exp(x)', 'torch.exp(x)', 'np.exp(x)'],
    ['log(x)', 'torch.log(x)', 'np.log(x)'],
    ['ln(x)', 'torch.log(x)', 'np.log(x)'],
    ['sqrt(x)', 'torch.sqrt(x)', 'np.sqrt(x)'],
    ['abs(x)', 'torch.abs(x)', 'np.abs(x)'],
    ['tanh(x)', 'torch.tanh(x)', 'np.tanh(x)'],
    ['sign(x)', 'sign(x)', 'np.sign(x)'],
    ['step(x)', 'step(x)', 'step(x)'],
    ['min(x, y)', 'torch.minimum(x, y)', 'np.minimum(x, y)'],
    ['max(x, 0)', 'torch.maximum(x, torch.tensor(0.0))', 'np.maximum(x, 0.0)'],
    [
      'min(x, y, 1)',
      'torch.minimum(torch.minimum(x, y), torch.tensor(1.0))',
      'np.minimum(np.minimum(x, y), 1)',
    ],
  ])('%s is %s in torch and %s in NumPy', (formula, inTorch, inNumpy) => {
    expect(torch(formula)).toBe(inTorch);
    expect(numpy(formula)).toBe(inNumpy);
  });

  it.each([
    ['-x^2', '-x ** 2'],
    ['(-x)^2', '(-x) ** 2'],
    ['2^-x', '2 ** -x'],
    ['2^3^x', '2 ** 3 ** x'],
    ['(2^x)^3', '(2 ** x) ** 3'],
    ['x - (y - 1)', 'x - (y - 1)'],
    ['x - (-y)', 'x - (-y)'],
    ['x*(y*2)', 'x * (y * 2)'],
    ['x/(y*2)', 'x / (y * 2)'],
    ['-(x*y)', '-(x * y)'],
    ['-(-x)', '-(-x)'],
    ['x*-y', 'x * -y'],
    ['(x + y)*(x - y)', '(x + y) * (x - y)'],
  ])('keeps the grouping of %s: %s', (formula, python) => {
    expect(numpy(formula)).toBe(python);
  });

  it.each([
    // A constant part Python would compute otherwise (or raise on) is written as its value.
    ['x + sin(1)', `x + ${Math.sin(1)}`],
    ['x*2^10', 'x * 1024'],
    ['x + 1/0', 'x + math.inf'],
    ['x + log(0)', 'x + (-math.inf)'],
    ['x + sqrt(-1)', 'x + math.nan'],
    ['x + min(1, 2)', 'x + 1'],
    // Plain arithmetic of numbers and constants stays as written.
    ['2*pi*x', '2 * np.pi * x'],
    ['x/(1 + 2)', 'x / (1 + 2)'],
  ])('folds %s into %s', (formula, python) => {
    expect(numpy(formula)).toBe(python);
  });

  it('says which helpers a formula needs: step, and in torch a NaN-keeping sign', () => {
    expect([...helpersOf(parseAst('x + step(y)'), 'numpy')]).toEqual(['step']);
    expect([...helpersOf(parseAst('x + step(y)'), 'torch')].sort()).toEqual(['sign', 'step']);
    expect([...helpersOf(parseAst('sign(x)'), 'numpy')]).toEqual([]);
    expect([...helpersOf(parseAst('max(x, y)'), 'torch')]).toEqual([]);
  });

  it('reads back, through Descent’s parser, as the same value at every point (400 random trees)', () => {
    let compared = 0;
    for (const tree of randomFormulas(400, 18)) {
      const text = toPython(tree, 'plain');
      if (text.includes('math.')) continue; // a folded inf or nan: no literal in the language
      const back = parseAst(text);
      for (const [x, y] of FORMULA_POINTS) {
        const want = evaluateAst(tree, x, y);
        const got = evaluateAst(back, x, y);
        expect(Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want)), text).toBe(true);
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });
});

/** A built-in function's Python as one formula of Descent's language (its locals put in). */
function asFormula(text: string, locals: readonly (readonly [string, string])[]): string {
  let formula = text.replaceAll('{m}.', '').replaceAll('math.pi', 'pi').replaceAll('math.e', 'e');
  for (const [name, value] of [...locals].reverse())
    formula = formula.replace(new RegExp(`\\b${name}\\b`, 'g'), `(${value})`);
  return formula.replaceAll('{m}.', '').replaceAll('math.pi', 'pi').replaceAll('math.e', 'e');
}

describe('the built-in functions in Python', () => {
  it('cover every built-in function', () => {
    expect(Object.keys(FUNCTION_FORMULAS).sort()).toEqual([...FUNCTION_NAMES].sort());
  });

  it.each(FUNCTIONS.map((fn) => [fn.name, fn] as const))(
    '%s: f and the hand-written gradient are the core’s',
    (name, fn) => {
      const formula = FUNCTION_FORMULAS[name]!;
      const locals = [
        ...(formula.locals ?? []),
        // The origin's special case of Ackley is the core's too; away from it, the plain ratio.
        ...(formula.gradLocals ?? []).map(
          ([local, value]) => [local, value.replace(/^0 if s == 0 else /, '')] as const,
        ),
      ];
      const f = parseExpression(asFormula(formula.f, locals));
      const gx = parseExpression(asFormula(formula.grad[0], locals));
      const gy = parseExpression(asFormula(formula.grad[1], locals));
      const grad = new Float64Array(2);
      const {
        x: [x0, x1],
        y: [y0, y1],
      } = fn.view;
      for (let i = 1; i < 6; i++) {
        const x = x0 + ((x1 - x0) * i) / 6.3;
        const y = y1 - ((y1 - y0) * i) / 5.7;
        const value = fn.fg(x, y, grad);
        const scale = (v: number) => Math.max(1, Math.abs(v));
        expect(Math.abs(f.value(x, y) - value) / scale(value)).toBeLessThan(1e-13);
        expect(Math.abs(gx.value(x, y) - grad[0]!) / scale(grad[0]!)).toBeLessThan(1e-13);
        expect(Math.abs(gy.value(x, y) - grad[1]!) / scale(grad[1]!)).toBeLessThan(1e-13);
      }
    },
  );
});
