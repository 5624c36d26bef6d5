/**
 * The built-in functions with one minimum, or none (docs/functions.md): bowls, valleys and
 * saddles, whose lessons are conditioning, curvature and scale. Formulas exactly as in
 * docs/functions.md (the golden trajectories were computed with them); each gradient is derived
 * by hand and checked against central differences in test/core/functions.test.ts.
 */
import { minimum, testFunction, view } from './test-function';

const { sin, cos } = Math;

export const sphere = testFunction({
  name: 'sphere',
  title: 'Sphere',
  formula: 'x² + y²',
  view: view([-3, 3], [-3, 3]),
  start: [2.5, -2],
  minima: [minimum(0, 0, 0)],
  fMin: 0,
  note: 'An isotropic bowl: every method works. The baseline.',
  f: (x, y) => x * x + y * y,
  fg(x, y, grad) {
    grad[0] = 2 * x;
    grad[1] = 2 * y;
    return x * x + y * y;
  },
});

export const ellipse = testFunction({
  name: 'ellipse',
  title: 'Ill-conditioned ellipse',
  formula: '0.1x² + 2y²',
  view: view([-5, 5], [-3, 3]),
  start: [-4, 1.5],
  minima: [minimum(0, 0, 0)],
  fMin: 0,
  note: 'An ill-conditioned bowl (κ = 20): gradient descent zig-zags across and crawls along; momentum and Adam fix it.',
  f: (x, y) => 0.1 * x * x + 2 * y * y,
  fg(x, y, grad) {
    grad[0] = 0.2 * x;
    grad[1] = 4 * y;
    return 0.1 * x * x + 2 * y * y;
  },
});

export const rosenbrock = testFunction({
  name: 'rosenbrock',
  title: 'Rosenbrock',
  formula: '(1 − x)² + 100(y − x²)²',
  view: view([-2, 2], [-1, 3]),
  start: [-1.5, 2],
  minima: [minimum(1, 1, 0)],
  fMin: 0,
  note: 'A curved, narrow valley: fast into the valley, slow along it.',
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
});

export const beale = testFunction({
  name: 'beale',
  title: 'Beale',
  formula: '(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²',
  view: view([-4.5, 4.5], [-4.5, 4.5]),
  start: [1, 1.4],
  minima: [minimum(3, 0.5, 0)],
  fMin: 0,
  note: 'Flat plateaus and sharp ridges: the gradient’s scale varies by orders of magnitude.',
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
});

export const booth = testFunction({
  name: 'booth',
  title: 'Booth',
  formula: '(x + 2y − 7)² + (2x + y − 5)²',
  view: view([-10, 10], [-10, 10]),
  start: [-5, -5],
  minima: [minimum(1, 3, 0)],
  fMin: 0,
  note: 'A plain quadratic that shows the learning-rate limit: gradient descent is stable if and only if α < 2/L.',
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
});

export const matyas = testFunction({
  name: 'matyas',
  title: 'Matyas',
  formula: '0.26(x² + y²) − 0.48xy',
  view: view([-10, 10], [-10, 10]),
  start: [8, -6],
  minima: [minimum(0, 0, 0)],
  fMin: 0,
  note: 'A rotated, flat-bottomed valley.',
  f: (x, y) => 0.26 * (x * x + y * y) - 0.48 * x * y,
  fg(x, y, grad) {
    grad[0] = 0.52 * x - 0.48 * y;
    grad[1] = 0.52 * y - 0.48 * x;
    return 0.26 * (x * x + y * y) - 0.48 * x * y;
  },
});

export const saddle = testFunction({
  name: 'saddle',
  title: 'Saddle',
  formula: 'x² − y²',
  view: view([-2, 2], [-2, 2]),
  start: [1, 0.001],
  minima: [minimum(0, 0, 0, 'saddle')],
  fMin: null,
  note: 'A saddle point: gradient descent lingers, momentum and Adam escape. Unbounded below, so divergence is expected.',
  f: (x, y) => x * x - y * y,
  fg(x, y, grad) {
    grad[0] = 2 * x;
    grad[1] = -2 * y;
    return x * x - y * y;
  },
});

export const monkeySaddle = testFunction({
  name: 'monkey-saddle',
  title: 'Monkey saddle',
  formula: 'x³ − 3xy²',
  view: view([-2, 2], [-2, 2]),
  start: [1, 0.2],
  minima: [minimum(0, 0, 0, 'saddle')],
  fMin: null,
  note: 'A flat, degenerate saddle (three valleys meet). Unbounded below.',
  f: (x, y) => x * x * x - 3 * x * y * y,
  fg(x, y, grad) {
    grad[0] = 3 * x * x - 3 * y * y;
    grad[1] = -6 * x * y;
    return x * x * x - 3 * x * y * y;
  },
});

export const mccormick = testFunction({
  name: 'mccormick',
  title: 'McCormick',
  formula: 'sin(x + y) + (x − y)² − 1.5x + 2.5y + 1',
  view: view([-1.5, 4], [-3, 4]),
  start: [3, 3],
  minima: [minimum(-0.54719, -1.54719, -1.913223)],
  fMin: -1.9132229549810367,
  note: 'A gentle non-convex bowl.',
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
});

export const goldsteinPrice = testFunction({
  name: 'goldstein-price',
  title: 'Goldstein–Price',
  formula:
    '[1 + (x + y + 1)²(19 − 14x + 3x² − 14y + 6xy + 3y²)]·[30 + (2x − 3y)²(18 − 32x + 12x² + 48y − 36xy + 27y²)]',
  view: view([-2, 2], [-2, 2]),
  start: [-1.5, 1.5],
  minima: [minimum(0, -1, 3)],
  fMin: 3,
  note: 'Values span six orders of magnitude: log-scaled colour is essential.',
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
});
