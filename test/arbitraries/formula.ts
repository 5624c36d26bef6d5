/**
 * Random formulas as text, for property tests of the expression language. `smooth` ones are
 * differentiable everywhere they are finite (the risky functions are wrapped so their arguments
 * stay in their domain), so central differences must agree with exact derivatives: the gradient
 * (test/core/expression-properties.test.ts) and the Hessian (test/core/curvature.test.ts).
 */
import fc from 'fast-check';

export const leaf = fc.oneof(
  fc.constantFrom('x', 'y', 'x', 'y', 'pi', 'e'),
  fc.integer({ min: 1, max: 9 }).map(String),
  fc.constantFrom('0.5', '1e-1', '2.5'),
);

export const { smooth } = fc.letrec<{ smooth: string }>((tie) => ({
  smooth: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(tie('smooth'), fc.constantFrom(' + ', ' - ', '*', ' ', ''), tie('smooth'))
      // Juxtaposition only where it is implicit multiplication, never digits after digits.
      .map(([a, op, b]) => (op === ' ' || op === '' ? `(${a})(${b})` : `(${a})${op}(${b})`)),
    fc.tuple(tie('smooth'), tie('smooth')).map(([a, b]) => `(${a})/(1 + (${b})^2)`),
    fc.tuple(tie('smooth'), fc.constantFrom(2, 3)).map(([a, n]) => `(${a})^${n}`),
    tie('smooth').map((a) => `-(${a})`),
    fc
      .tuple(
        fc.constantFrom('sin(#)', 'cos(#)', 'tanh(#)', 'exp(sin(#))', 'log(1 + (#)^2)'),
        tie('smooth'),
      )
      .map(([f, a]) => f.replace('#', a)),
    tie('smooth').map((a) => `sqrt(2 + sin(${a}))`),
    tie('smooth').map((a) => `tan(0.5 sin(${a}))`),
    tie('smooth').map((a) => `(1.5 + cos(${a}))^(x/3)`),
  ),
}));
