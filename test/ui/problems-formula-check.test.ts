import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../src/core/expression';
import { validateScenario } from '../../src/scenario/validate';
import { FIRST_VIEW } from '../../src/state/defaults';
import {
  checkFormula,
  chipMove,
  errorExcerpt,
  errorPlace,
  FORMULA_EXAMPLES,
  formulaSpecToSet,
  readableFormula,
} from '../../src/ui/problems/formula-check';

describe('checkFormula', () => {
  it('calls blank text empty, not an error', () => {
    expect(checkFormula('')).toEqual({ status: 'empty' });
    expect(checkFormula('   ')).toEqual({ status: 'empty' });
  });

  it('gives a formula that parses its trimmed text and readable derivative', () => {
    expect(checkFormula('  x^4 - x^2 + y^2 ')).toEqual({
      status: 'ok',
      expr: 'x^4 - x^2 + y^2',
      derivative: ['4·x^3 − 2·x', '2·y'],
    });
  });

  it('places "x^2 +* y" at the star (character 6)', () => {
    const check = checkFormula('x^2 +* y');
    expect(check).toMatchObject({ status: 'error', position: 5, atEnd: false });
    if (check.status !== 'error') throw new Error('expected an error');
    expect(check.message).toContain('"*"');
    expect(errorPlace('x^2 +* y', check.position)).toBe('at character 6');
  });

  it('counts positions in the text as typed, leading spaces included', () => {
    expect(checkFormula('   x +* y')).toMatchObject({ status: 'error', position: 6 }); // the star
  });

  it('puts an error of a formula that ends too early at the end, after trailing spaces', () => {
    const check = checkFormula('x^2 + ');
    expect(check).toMatchObject({ status: 'error', position: 6, atEnd: true });
    expect(errorPlace('x^2 + ', 6)).toBe('at the end');
  });

  it('rejects implicit products the grammar refuses (xy, x2) and accepts those it allows (2x)', () => {
    expect(checkFormula('xy').status).toBe('error');
    expect(checkFormula('x2').status).toBe('error');
    expect(checkFormula('2x + 3(y - 1)').status).toBe('ok');
  });
});

describe('readableFormula', () => {
  it('prints products as · and minus signs as −', () => {
    expect(readableFormula('-2*(1 - x) - 400*(y - x^2)*x')).toBe('−2·(1 − x) − 400·(y − x^2)·x');
  });

  it('keeps the minus of an exponent, which would not parse as −', () => {
    expect(readableFormula('1e-3*x - 2.5E-7')).toBe('1e-3·x − 2.5E-7');
  });

  it('prints text that parses back to the same function', () => {
    const printed = parseExpression('(1-x)^2 + 100*(y-x^2)^2').derivative[0];
    const readable = parseExpression(readableFormula(printed));
    const original = parseExpression(printed);
    for (const [x, y] of [
      [0.3, -1.2],
      [2, 1.5],
    ] as const) {
      expect(readable.value(x, y)).toBeCloseTo(original.value(x, y), 12);
    }
  });
});

describe('errorExcerpt', () => {
  it('splits a short formula around the offending character', () => {
    expect(errorExcerpt('x^2 +* y', 5)).toEqual({
      before: 'x^2 +',
      at: '*',
      after: ' y',
      atEnd: false,
    });
  });

  it('marks a blank past the end when the formula ends too early', () => {
    expect(errorExcerpt('x^2 +', 5)).toEqual({ before: 'x^2 +', at: ' ', after: '', atEnd: true });
  });

  it('cuts a long formula to the neighbourhood of the error, with ellipses', () => {
    const text = `${'x + '.repeat(30)}* y${' + y'.repeat(30)}`;
    const at = text.indexOf('*');
    const excerpt = errorExcerpt(text, at, 40);
    expect(excerpt.at).toBe('*');
    expect(excerpt.before.startsWith('…')).toBe(true);
    expect(excerpt.after.endsWith('…')).toBe(true);
    // The window keeps a third of its width on the left, so the marker stays in view.
    expect(excerpt.before.length - 1).toBe(Math.floor(40 / 3));
    expect(excerpt.before.length + excerpt.after.length - 1).toBeLessThanOrEqual(41);
    expect(text).toContain(excerpt.before.slice(1) + '*' + excerpt.after.slice(0, -1));
  });

  it('keeps a character outside the basic plane whole', () => {
    expect(errorExcerpt('x + 𝑥', 4).at).toBe('𝑥');
  });
});

describe('FORMULA_EXAMPLES', () => {
  it('offers only formulas that validate as a scenario problem', () => {
    expect(FORMULA_EXAMPLES.length).toBeGreaterThanOrEqual(5);
    for (const { expr, hint } of FORMULA_EXAMPLES) {
      expect(checkFormula(expr).status, expr).toBe('ok');
      expect(hint.length).toBeGreaterThan(10);
      const result = validateScenario({
        ...FIRST_VIEW,
        problem: { type: 'expression', expr },
        start: undefined,
      });
      expect(result.ok, expr).toBe(true);
    }
  });

  it('offers formulas that are finite at the default start, so runs have somewhere to go', () => {
    for (const { expr } of FORMULA_EXAMPLES) {
      expect(Number.isFinite(parseExpression(expr).value(-2.2, 1.6)), expr).toBe(true);
    }
  });
});

describe('formulaSpecToSet', () => {
  it('sets an expression problem, dropping the old problem’s noise', () => {
    expect(
      formulaSpecToSet('x^2 + y^2', { type: 'function', name: 'rosenbrock', noise: 3 }),
    ).toEqual({ type: 'expression', expr: 'x^2 + y^2' });
  });

  it('sets a different formula, and nothing when the formula is the current one', () => {
    const current = { type: 'expression', expr: 'x^2 + y^2' } as const;
    expect(formulaSpecToSet('x^2 + 2y^2', current)).toEqual({
      type: 'expression',
      expr: 'x^2 + 2y^2',
    });
    expect(formulaSpecToSet('x^2 + y^2', current)).toBeNull();
  });
});

describe('chipMove', () => {
  it('steps with the arrows, stopping at the ends, and jumps with Home and End', () => {
    expect(chipMove('ArrowRight', 0, 6)).toBe(1);
    expect(chipMove('ArrowDown', 5, 6)).toBe(5);
    expect(chipMove('ArrowLeft', 0, 6)).toBe(0);
    expect(chipMove('ArrowUp', 3, 6)).toBe(2);
    expect(chipMove('Home', 4, 6)).toBe(0);
    expect(chipMove('End', 1, 6)).toBe(5);
  });

  it('ignores other keys, so Enter and Space still press the chip', () => {
    expect(chipMove('Enter', 2, 6)).toBeNull();
    expect(chipMove(' ', 2, 6)).toBeNull();
    expect(chipMove('Tab', 2, 6)).toBeNull();
  });
});
