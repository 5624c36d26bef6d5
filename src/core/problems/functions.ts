/**
 * The built-in 2D test functions of docs/functions.md: value, analytic gradient and
 * metadata. Formulas are exactly those of docs/functions.md (the golden trajectories were computed
 * with them); each gradient is derived by hand and checked against central differences in
 * test/core/functions.test.ts.
 */
import type { MarkedPoint, ProblemInfo, View } from './types';

/** A 2D function: `fg` returns f(x, y) and writes ∂f/∂x, ∂f/∂y into grad[0], grad[1]. */
export interface TestFunction extends ProblemInfo {
  f(x: number, y: number): number;
  fg(x: number, y: number, grad: Float64Array): number;
}

const { PI, sin, cos, exp, sqrt, E } = Math;
const TWO_PI = 2 * PI;

function view(x: [number, number], y: [number, number]): View {
  return { x, y };
}
function minimum(x: number, y: number, value: number, kind: MarkedPoint['kind'] = 'global') {
  return { point: [x, y] as const, value, kind };
}
const XY = ['x', 'y'] as const;

const sphere: TestFunction = {
  name: 'sphere',
  title: 'Sphere',
  formula: 'x² + y²',
  view: view([-3, 3], [-3, 3]),
  start: [2.5, -2],
  minima: [minimum(0, 0, 0)],
  fMin: 0,
  note: 'An isotropic bowl: every method works. The baseline.',
  axes: XY,
  f: (x, y) => x * x + y * y,
  fg(x, y, grad) {
    grad[0] = 2 * x;
    grad[1] = 2 * y;
    return x * x + y * y;
  },
};

const ellipse: TestFunction = {
  name: 'ellipse',
  title: 'Ill-conditioned ellipse',
  formula: '0.1x² + 2y²',
  view: view([-5, 5], [-3, 3]),
  start: [-4, 1.5],
  minima: [minimum(0, 0, 0)],
  fMin: 0,
  note: 'An ill-conditioned bowl (κ = 20): gradient descent zig-zags across and crawls along; momentum and Adam fix it.',
  axes: XY,
  f: (x, y) => 0.1 * x * x + 2 * y * y,
  fg(x, y, grad) {
    grad[0] = 0.2 * x;
    grad[1] = 4 * y;
    return 0.1 * x * x + 2 * y * y;
  },
};

const rosenbrock: TestFunction = {
  name: 'rosenbrock',
  title: 'Rosenbrock',
  formula: '(1 − x)² + 100(y − x²)²',
  view: view([-2, 2], [-1, 3]),
  start: [-1.5, 2],
  minima: [minimum(1, 1, 0)],
  fMin: 0,
  note: 'A curved, narrow valley: fast into the valley, slow along it.',
  axes: XY,
  f(x, y) {
    const a = 1 - x;
    const b = y - x * x;
    return a * a + 100 * b * b;
  },
  fg(x, y, grad) {
    const a = 1 - x;
    const b = y - x * x;
    grad[0] = -2 * a - 400 * x * b;
    grad[1] = 200 * b;
    return a * a + 100 * b * b;
  },
};

const beale: TestFunction = {
  name: 'beale',
  title: 'Beale',
  formula: '(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²',
  view: view([-4.5, 4.5], [-4.5, 4.5]),
  start: [1, 1.4],
  minima: [minimum(3, 0.5, 0)],
  fMin: 0,
  note: 'Flat plateaus and sharp ridges: the gradient’s scale varies by orders of magnitude.',
  axes: XY,
  f(x, y) {
    const y2 = y * y;
    const y3 = y2 * y;
    const t1 = 1.5 - x + x * y;
    const t2 = 2.25 - x + x * y2;
    const t3 = 2.625 - x + x * y3;
    return t1 * t1 + t2 * t2 + t3 * t3;
  },
  fg(x, y, grad) {
    const y2 = y * y;
    const y3 = y2 * y;
    const t1 = 1.5 - x + x * y;
    const t2 = 2.25 - x + x * y2;
    const t3 = 2.625 - x + x * y3;
    grad[0] = 2 * (t1 * (y - 1) + t2 * (y2 - 1) + t3 * (y3 - 1));
    grad[1] = 2 * x * (t1 + 2 * t2 * y + 3 * t3 * y2);
    return t1 * t1 + t2 * t2 + t3 * t3;
  },
};

const himmelblau: TestFunction = {
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
  axes: XY,
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
};

const booth: TestFunction = {
  name: 'booth',
  title: 'Booth',
  formula: '(x + 2y − 7)² + (2x + y − 5)²',
  view: view([-10, 10], [-10, 10]),
  start: [-5, -5],
  minima: [minimum(1, 3, 0)],
  fMin: 0,
  note: 'A plain quadratic that shows the learning-rate limit: gradient descent is stable if and only if α < 2/L.',
  axes: XY,
  f(x, y) {
    const a = x + 2 * y - 7;
    const b = 2 * x + y - 5;
    return a * a + b * b;
  },
  fg(x, y, grad) {
    const a = x + 2 * y - 7;
    const b = 2 * x + y - 5;
    grad[0] = 2 * a + 4 * b;
    grad[1] = 4 * a + 2 * b;
    return a * a + b * b;
  },
};

const matyas: TestFunction = {
  name: 'matyas',
  title: 'Matyas',
  formula: '0.26(x² + y²) − 0.48xy',
  view: view([-10, 10], [-10, 10]),
  start: [8, -6],
  minima: [minimum(0, 0, 0)],
  fMin: 0,
  note: 'A rotated, flat-bottomed valley.',
  axes: XY,
  f: (x, y) => 0.26 * (x * x + y * y) - 0.48 * x * y,
  fg(x, y, grad) {
    grad[0] = 0.52 * x - 0.48 * y;
    grad[1] = 0.52 * y - 0.48 * x;
    return 0.26 * (x * x + y * y) - 0.48 * x * y;
  },
};

const saddle: TestFunction = {
  name: 'saddle',
  title: 'Saddle',
  formula: 'x² − y²',
  view: view([-2, 2], [-2, 2]),
  start: [1, 0.001],
  minima: [minimum(0, 0, 0, 'saddle')],
  fMin: null,
  note: 'A saddle point: gradient descent lingers, momentum and Adam escape. Unbounded below, so divergence is expected.',
  axes: XY,
  f: (x, y) => x * x - y * y,
  fg(x, y, grad) {
    grad[0] = 2 * x;
    grad[1] = -2 * y;
    return x * x - y * y;
  },
};

const monkeySaddle: TestFunction = {
  name: 'monkey-saddle',
  title: 'Monkey saddle',
  formula: 'x³ − 3xy²',
  view: view([-2, 2], [-2, 2]),
  start: [1, 0.2],
  minima: [minimum(0, 0, 0, 'saddle')],
  fMin: null,
  note: 'A flat, degenerate saddle (three valleys meet). Unbounded below.',
  axes: XY,
  f: (x, y) => x * x * x - 3 * x * y * y,
  fg(x, y, grad) {
    grad[0] = 3 * x * x - 3 * y * y;
    grad[1] = -6 * x * y;
    return x * x * x - 3 * x * y * y;
  },
};

const sixHumpCamel: TestFunction = {
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
  axes: XY,
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
};

const rastrigin: TestFunction = {
  name: 'rastrigin',
  title: 'Rastrigin',
  formula: '20 + x² − 10cos(2πx) + y² − 10cos(2πy)',
  view: view([-5.12, 5.12], [-5.12, 5.12]),
  start: [2.3, -1.7],
  minima: [minimum(0, 0, 0)],
  fMin: 0,
  note: 'Many local minima on a lattice: does a small α find the global one?',
  axes: XY,
  f: (x, y) => 20 + x * x - 10 * cos(TWO_PI * x) + y * y - 10 * cos(TWO_PI * y),
  fg(x, y, grad) {
    grad[0] = 2 * x + 20 * PI * sin(TWO_PI * x);
    grad[1] = 2 * y + 20 * PI * sin(TWO_PI * y);
    return 20 + x * x - 10 * cos(TWO_PI * x) + y * y - 10 * cos(TWO_PI * y);
  },
};

const ackley: TestFunction = {
  name: 'ackley',
  title: 'Ackley',
  formula: '−20·exp(−0.2·√(0.5(x² + y²))) − exp(0.5(cos 2πx + cos 2πy)) + e + 20',
  view: view([-5, 5], [-5, 5]),
  start: [3.2, 2.7],
  minima: [minimum(0, 0, 0)],
  fMin: 0,
  note: 'A nearly flat outer region around a deep central funnel.',
  axes: XY,
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
};

const styblinskiTang: TestFunction = {
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
  axes: XY,
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
};

const mccormick: TestFunction = {
  name: 'mccormick',
  title: 'McCormick',
  formula: 'sin(x + y) + (x − y)² − 1.5x + 2.5y + 1',
  view: view([-1.5, 4], [-3, 4]),
  start: [3, 3],
  minima: [minimum(-0.54719, -1.54719, -1.913223)],
  fMin: -1.9132229549810367,
  note: 'A gentle non-convex bowl.',
  axes: XY,
  f(x, y) {
    const d = x - y;
    return sin(x + y) + d * d - 1.5 * x + 2.5 * y + 1;
  },
  fg(x, y, grad) {
    const d = x - y;
    const c = cos(x + y);
    grad[0] = c + 2 * d - 1.5;
    grad[1] = c - 2 * d + 2.5;
    return sin(x + y) + d * d - 1.5 * x + 2.5 * y + 1;
  },
};

const twoBasins: TestFunction = {
  name: 'two-basins',
  title: 'Two basins',
  formula: 'x² + y² − 2·exp(−((x − 1)² + y²)/0.2) − 3·exp(−((x + 1)² + y²)/0.2)',
  view: view([-2, 2], [-2, 2]),
  start: [0.4, 1.2],
  minima: [minimum(-0.936301, 0, -2.06309), minimum(0.905318, 0, -1.092732, 'local')],
  fMin: -2.0630902517681946,
  note: 'A shallow and a deep basin: which one does each optimizer fall into?',
  axes: XY,
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
};

const goldsteinPrice: TestFunction = {
  name: 'goldstein-price',
  title: 'Goldstein–Price',
  formula:
    '[1 + (x + y + 1)²(19 − 14x + 3x² − 14y + 6xy + 3y²)]·[30 + (2x − 3y)²(18 − 32x + 12x² + 48y − 36xy + 27y²)]',
  view: view([-2, 2], [-2, 2]),
  start: [-1.5, 1.5],
  minima: [minimum(0, -1, 3)],
  fMin: 3,
  note: 'Values span six orders of magnitude: log-scaled colour is essential.',
  axes: XY,
  f(x, y) {
    const u = x + y + 1;
    const w = 2 * x - 3 * y;
    const p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
    const q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
    return (1 + u * u * p) * (30 + w * w * q);
  },
  fg(x, y, grad) {
    const u = x + y + 1;
    const w = 2 * x - 3 * y;
    const p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
    const q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
    const a = 1 + u * u * p;
    const b = 30 + w * w * q;
    // ∂p/∂x = ∂p/∂y = −14 + 6x + 6y, and ∂u/∂x = ∂u/∂y = 1, so ∂a/∂x = ∂a/∂y.
    const da = 2 * u * p + u * u * (-14 + 6 * x + 6 * y);
    const dbdx = 4 * w * q + w * w * (-32 + 24 * x - 36 * y);
    const dbdy = -6 * w * q + w * w * (48 - 36 * x + 54 * y);
    grad[0] = da * b + a * dbdx;
    grad[1] = da * b + a * dbdy;
    return a * b;
  },
};

/** Every built-in function, in the order of docs/functions.md (the picker's order). */
export const FUNCTIONS: readonly TestFunction[] = [
  sphere,
  ellipse,
  rosenbrock,
  beale,
  himmelblau,
  booth,
  matyas,
  saddle,
  monkeySaddle,
  sixHumpCamel,
  rastrigin,
  ackley,
  styblinskiTang,
  mccormick,
  twoBasins,
  goldsteinPrice,
];

/** The `problem.name` values of docs/scenario.md. */
export const FUNCTION_NAMES: readonly string[] = FUNCTIONS.map((fn) => fn.name);

/** The built-in function of that name, or undefined. */
export function getFunction(name: string): TestFunction | undefined {
  return FUNCTIONS.find((fn) => fn.name === name);
}
