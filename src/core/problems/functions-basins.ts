/**
 * The built-in functions with several minima (docs/functions.md): which basin a run ends in
 * depends on its start and its method. Formulas exactly as in docs/functions.md (the golden
 * trajectories were computed with them); each gradient is derived by hand and checked against
 * central differences in test/core/functions.test.ts.
 */
import { minimum, testFunction, view } from './test-function';

const { PI, sin, cos, exp, sqrt, E } = Math;
const TWO_PI = 2 * PI;

export const himmelblau = testFunction({
  name: 'himmelblau',
  title: 'Himmelblau',
  formula: '(x² + y − 11)² + (x + y² − 7)²',
  view: view([-5, 5], [-5, 5]),
  start: [0, 0],
  minima: [
    minimum(3, 2, 0),
    minimum(-2.805118, 3.131312, 0),
    minimum(-3.77931, -3.283186, 0),
    minimum(3.584428, -1.848126, 0),
  ],
  fMin: 0,
  note: 'Four equal minima: which one you reach depends on the start and the method.',
  f(x, y) {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return a * a + b * b;
  },
  fg(x, y, grad) {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    grad[0] = 4 * x * a + 2 * b;
    grad[1] = 2 * a + 4 * y * b;
    return a * a + b * b;
  },
});

export const sixHumpCamel = testFunction({
  name: 'six-hump-camel',
  title: 'Six-hump camel',
  formula: '(4 − 2.1x² + x⁴/3)x² + xy + (−4 + 4y²)y²',
  view: view([-3, 3], [-2, 2]),
  start: [1.7, 0.9],
  minima: [
    minimum(0.089842, -0.712656, -1.031628),
    minimum(-0.089842, 0.712656, -1.031628),
    minimum(1.703607, -0.796084, -0.215464, 'local'),
    minimum(-1.703607, 0.796084, -0.215464, 'local'),
    minimum(1.607105, 0.568651, 2.10425, 'local'),
    minimum(-1.607105, -0.568651, 2.10425, 'local'),
  ],
  fMin: -1.0316284534898774,
  note: 'Several local minima of different depths.',
  f(x, y) {
    const x2 = x * x;
    const y2 = y * y;
    return (4 - 2.1 * x2 + (x2 * x2) / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
  },
  fg(x, y, grad) {
    const x2 = x * x;
    const y2 = y * y;
    // d/dx of 4x² − 2.1x⁴ + x⁶/3 + xy; d/dy of xy − 4y² + 4y⁴
    grad[0] = 8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y;
    grad[1] = x - 8 * y + 16 * y2 * y;
    return (4 - 2.1 * x2 + (x2 * x2) / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
  },
});

export const rastrigin = testFunction({
  name: 'rastrigin',
  title: 'Rastrigin',
  formula: '20 + x² − 10cos(2πx) + y² − 10cos(2πy)',
  view: view([-5.12, 5.12], [-5.12, 5.12]),
  start: [2.3, -1.7],
  minima: [minimum(0, 0, 0)],
  fMin: 0,
  note: 'Many local minima on a lattice: does a small α find the global one?',
  f: (x, y) => 20 + x * x - 10 * cos(TWO_PI * x) + y * y - 10 * cos(TWO_PI * y),
  fg(x, y, grad) {
    grad[0] = 2 * x + 20 * PI * sin(TWO_PI * x);
    grad[1] = 2 * y + 20 * PI * sin(TWO_PI * y);
    return 20 + x * x - 10 * cos(TWO_PI * x) + y * y - 10 * cos(TWO_PI * y);
  },
});

export const ackley = testFunction({
  name: 'ackley',
  title: 'Ackley',
  formula: '−20·exp(−0.2·√(0.5(x² + y²))) − exp(0.5(cos 2πx + cos 2πy)) + e + 20',
  view: view([-5, 5], [-5, 5]),
  start: [3.2, 2.7],
  minima: [minimum(0, 0, 0)],
  fMin: 0,
  note: 'A nearly flat outer region around a deep central funnel.',
  f(x, y) {
    const s = sqrt(0.5 * (x * x + y * y));
    return -20 * exp(-0.2 * s) - exp(0.5 * (cos(TWO_PI * x) + cos(TWO_PI * y))) + E + 20;
  },
  fg(x, y, grad) {
    const s = sqrt(0.5 * (x * x + y * y));
    const radial = exp(-0.2 * s);
    const wave = exp(0.5 * (cos(TWO_PI * x) + cos(TWO_PI * y)));
    // ∂/∂x of −20·exp(−0.2s) is 2x·exp(−0.2s)/s; at the origin (s = 0) it has no limit, and
    // docs/functions.md takes the gradient there as 0.
    const radialFactor = s === 0 ? 0 : (2 * radial) / s;
    grad[0] = radialFactor * x + PI * sin(TWO_PI * x) * wave;
    grad[1] = radialFactor * y + PI * sin(TWO_PI * y) * wave;
    return -20 * radial - wave + E + 20;
  },
});

export const styblinskiTang = testFunction({
  name: 'styblinski-tang',
  title: 'Styblinski–Tang',
  formula: '0.5(x⁴ − 16x² + 5x + y⁴ − 16y² + 5y)',
  view: view([-5, 5], [-5, 5]),
  start: [0.2, 0.3],
  minima: [
    minimum(-2.903534, -2.903534, -78.33233),
    minimum(2.746803, -2.903534, -64.19561, 'local'),
    minimum(-2.903534, 2.746803, -64.19561, 'local'),
    minimum(2.746803, 2.746803, -50.05889, 'local'),
  ],
  fMin: -78.33233140754282,
  note: 'Starting near a local maximum: four basins to fall into.',
  f(x, y) {
    const x2 = x * x;
    const y2 = y * y;
    return 0.5 * (x2 * x2 - 16 * x2 + 5 * x + y2 * y2 - 16 * y2 + 5 * y);
  },
  fg(x, y, grad) {
    const x2 = x * x;
    const y2 = y * y;
    grad[0] = 2 * x2 * x - 16 * x + 2.5;
    grad[1] = 2 * y2 * y - 16 * y + 2.5;
    return 0.5 * (x2 * x2 - 16 * x2 + 5 * x + y2 * y2 - 16 * y2 + 5 * y);
  },
});

export const twoBasins = testFunction({
  name: 'two-basins',
  title: 'Two basins',
  formula: 'x² + y² − 2·exp(−((x − 1)² + y²)/0.2) − 3·exp(−((x + 1)² + y²)/0.2)',
  view: view([-2, 2], [-2, 2]),
  start: [0.4, 1.2],
  minima: [minimum(-0.936301, 0, -2.06309), minimum(0.905318, 0, -1.092732, 'local')],
  fMin: -2.0630902517681946,
  note: 'A shallow and a deep basin: which one does each optimizer fall into?',
  f(x, y) {
    const y2 = y * y;
    const right = exp(-((x - 1) * (x - 1) + y2) / 0.2);
    const left = exp(-((x + 1) * (x + 1) + y2) / 0.2);
    return x * x + y2 - 2 * right - 3 * left;
  },
  fg(x, y, grad) {
    const y2 = y * y;
    const right = exp(-((x - 1) * (x - 1) + y2) / 0.2);
    const left = exp(-((x + 1) * (x + 1) + y2) / 0.2);
    // d/dx of −2·exp(−q/0.2) with q = (x − 1)² + y² is 2·(2(x − 1)/0.2)·exp(…) = 20(x − 1)·exp(…)
    grad[0] = 2 * x + 20 * (x - 1) * right + 30 * (x + 1) * left;
    grad[1] = 2 * y + 20 * y * right + 30 * y * left;
    return x * x + y2 - 2 * right - 3 * left;
  },
});
