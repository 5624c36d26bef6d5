/**
 * The built-in functions (docs/functions.md) written in the expression language, for their
 * exact second derivatives (formula-hessian.ts: symbolic differentiation, compiled). The value
 * and gradient the runs use stay the hand-written ones of functions-bowls.ts and
 * functions-basins.ts; test/core/curvature.test.ts checks that every formula here is the same
 * function as the core's at points all over its view, so the two cannot drift apart.
 */
export const FUNCTION_FORMULAS: Readonly<Record<string, string>> = {
  sphere: 'x^2 + y^2',
  ellipse: '0.1*x^2 + 2*y^2',
  rosenbrock: '(1 - x)^2 + 100*(y - x^2)^2',
  beale: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
  himmelblau: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  booth: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
  matyas: '0.26*(x^2 + y^2) - 0.48*x*y',
  saddle: 'x^2 - y^2',
  'monkey-saddle': 'x^3 - 3*x*y^2',
  'six-hump-camel': '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
  rastrigin: '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
  ackley: '-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20',
  'styblinski-tang': '0.5*(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)',
  mccormick: 'sin(x + y) + (x - y)^2 - 1.5*x + 2.5*y + 1',
  'two-basins': 'x^2 + y^2 - 2*exp(-((x - 1)^2 + y^2)/0.2) - 3*exp(-((x + 1)^2 + y^2)/0.2)',
  'goldstein-price':
    '(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))*(30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))',
};
