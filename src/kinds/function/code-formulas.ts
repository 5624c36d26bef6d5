/**
 * The built-in functions (docs/functions.md) in Python, for the exported scripts
 * (docs/code-export.md): f and the hand-derived gradient of src/core/problems/functions-bowls.ts
 * and functions-basins.ts, operation for operation in the same order, so that the scripts'
 * float64 values are the core's. `{m}` stands for the script's array module (`torch` or `np`);
 * the PyTorch script uses `locals` and `f` (autograd makes the gradient), the NumPy script all.
 */

/** A built-in function as Python text in x, y and the locals. */
export interface FunctionFormula {
  /** Intermediate values, in order: [name, expression]. */
  locals?: readonly (readonly [string, string])[];
  f: string;
  /** Further intermediate values of the gradient (NumPy only). */
  gradLocals?: readonly (readonly [string, string])[];
  /** ∂f/∂x and ∂f/∂y. */
  grad: readonly [string, string];
}

const TWO_PI_X = '2 * math.pi * x';
const TWO_PI_Y = '2 * math.pi * y';

/** Every built-in function by name (FUNCTION_NAMES; a test checks that none is missing). */
export const FUNCTION_FORMULAS: Readonly<Record<string, FunctionFormula>> = {
  sphere: { f: 'x * x + y * y', grad: ['2 * x', '2 * y'] },
  ellipse: { f: '0.1 * x * x + 2 * y * y', grad: ['0.2 * x', '4 * y'] },
  rosenbrock: {
    locals: [
      ['a', '1 - x'],
      ['b', 'y - x * x'],
    ],
    f: 'a * a + 100 * b * b',
    grad: ['-2 * a - 400 * x * b', '200 * b'],
  },
  beale: {
    locals: [
      ['y2', 'y * y'],
      ['y3', 'y2 * y'],
      ['t1', '1.5 - x + x * y'],
      ['t2', '2.25 - x + x * y2'],
      ['t3', '2.625 - x + x * y3'],
    ],
    f: 't1 * t1 + t2 * t2 + t3 * t3',
    grad: [
      '2 * (t1 * (y - 1) + t2 * (y2 - 1) + t3 * (y3 - 1))',
      '2 * x * (t1 + 2 * t2 * y + 3 * t3 * y2)',
    ],
  },
  himmelblau: {
    locals: [
      ['a', 'x * x + y - 11'],
      ['b', 'x + y * y - 7'],
    ],
    f: 'a * a + b * b',
    grad: ['4 * x * a + 2 * b', '2 * a + 4 * y * b'],
  },
  booth: {
    locals: [
      ['a', 'x + 2 * y - 7'],
      ['b', '2 * x + y - 5'],
    ],
    f: 'a * a + b * b',
    grad: ['2 * a + 4 * b', '4 * a + 2 * b'],
  },
  matyas: {
    f: '0.26 * (x * x + y * y) - 0.48 * x * y',
    grad: ['0.52 * x - 0.48 * y', '0.52 * y - 0.48 * x'],
  },
  saddle: { f: 'x * x - y * y', grad: ['2 * x', '-2 * y'] },
  'monkey-saddle': {
    f: 'x * x * x - 3 * x * y * y',
    grad: ['3 * x * x - 3 * y * y', '-6 * x * y'],
  },
  'six-hump-camel': {
    locals: [
      ['x2', 'x * x'],
      ['y2', 'y * y'],
    ],
    f: '(4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (-4 + 4 * y2) * y2',
    grad: ['8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y', 'x - 8 * y + 16 * y2 * y'],
  },
  rastrigin: {
    f: `20 + x * x - 10 * {m}.cos(${TWO_PI_X}) + y * y - 10 * {m}.cos(${TWO_PI_Y})`,
    grad: [
      `2 * x + 20 * math.pi * {m}.sin(${TWO_PI_X})`,
      `2 * y + 20 * math.pi * {m}.sin(${TWO_PI_Y})`,
    ],
  },
  ackley: {
    locals: [
      ['s', '{m}.sqrt(0.5 * (x * x + y * y))'],
      ['radial', '{m}.exp(-0.2 * s)'],
      ['wave', `{m}.exp(0.5 * ({m}.cos(${TWO_PI_X}) + {m}.cos(${TWO_PI_Y})))`],
    ],
    f: '-20 * radial - wave + math.e + 20',
    // ∂/∂x of −20·exp(−0.2s) is 2x·exp(−0.2s)/s, taken as 0 at the origin (docs/functions.md).
    gradLocals: [['radial_factor', '0 if s == 0 else 2 * radial / s']],
    grad: [
      `radial_factor * x + math.pi * {m}.sin(${TWO_PI_X}) * wave`,
      `radial_factor * y + math.pi * {m}.sin(${TWO_PI_Y}) * wave`,
    ],
  },
  'styblinski-tang': {
    locals: [
      ['x2', 'x * x'],
      ['y2', 'y * y'],
    ],
    f: '0.5 * (x2 * x2 - 16 * x2 + 5 * x + y2 * y2 - 16 * y2 + 5 * y)',
    grad: ['2 * x2 * x - 16 * x + 2.5', '2 * y2 * y - 16 * y + 2.5'],
  },
  mccormick: {
    locals: [['d', 'x - y']],
    f: '{m}.sin(x + y) + d * d - 1.5 * x + 2.5 * y + 1',
    gradLocals: [['c', '{m}.cos(x + y)']],
    grad: ['c + 2 * d - 1.5', 'c - 2 * d + 2.5'],
  },
  'two-basins': {
    locals: [
      ['y2', 'y * y'],
      ['right', '{m}.exp(-((x - 1) * (x - 1) + y2) / 0.2)'],
      ['left', '{m}.exp(-((x + 1) * (x + 1) + y2) / 0.2)'],
    ],
    f: 'x * x + y2 - 2 * right - 3 * left',
    grad: [
      '2 * x + 20 * (x - 1) * right + 30 * (x + 1) * left',
      '2 * y + 20 * y * right + 30 * y * left',
    ],
  },
  'goldstein-price': {
    locals: [
      ['u', 'x + y + 1'],
      ['w', '2 * x - 3 * y'],
      ['p', '19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y'],
      ['q', '18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y'],
      ['a', '1 + u * u * p'],
      ['b', '30 + w * w * q'],
    ],
    f: 'a * b',
    gradLocals: [
      ['da', '2 * u * p + u * u * (-14 + 6 * x + 6 * y)'],
      ['dbdx', '4 * w * q + w * w * (-32 + 24 * x - 36 * y)'],
      ['dbdy', '-6 * w * q + w * w * (48 - 36 * x + 54 * y)'],
    ],
    grad: ['da * b + a * dbdx', 'da * b + a * dbdy'],
  },
};
