/**
 * Issue 23, class 8 (infinite values), part of the table of test/hostile-cases.ts. Formulas whose values are huge or overflow to ±∞ or NaN are valid
 * formulas: they are accepted without a message (expected null), and what matters is that the
 * app then draws them without freezing, failing or writing NaN into the page — checked by
 * e2e/hostile-infinite.spec.ts and test/hostile-round2/scales-nonfinite.test.ts. A number the
 * parser cannot hold (1e309) is refused with its message.
 */
import type { HostileCase } from '../hostile-cases';

/** A formula as the `expr` of a link, parentheses percent-encoded as links write them. */
const expr = (formula: string): string =>
  encodeURIComponent(formula).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);

export const INFINITE_CASES: HostileCase[] = [
  {
    path: 'url',
    name: 'a constant formula at Number.MAX_VALUE (froze the tab 18 s)',
    input: `v=1&p=expression(expr=1.7976931348623157e308)&n=40`,
    expected: null,
    holds: { problem: 'expression', steps: 40, runs: 2 },
  },
  {
    path: 'url',
    name: 'a formula that is +∞ everywhere: 1/0',
    input: `v=1&p=expression(expr=${expr('1/0')})&n=40`,
    expected: null,
    holds: { problem: 'expression', steps: 40 },
  },
  {
    path: 'url',
    name: 'a formula that is −∞ everywhere: log(0)',
    input: `v=1&p=expression(expr=${expr('log(0)')})&n=40`,
    expected: null,
    holds: { problem: 'expression', steps: 40 },
  },
  {
    path: 'url',
    name: 'a power tower that overflows: 2^2^2^2^2',
    input: `v=1&p=expression(expr=${expr('2^2^2^2^2')})&n=40&seed=7`,
    expected: null,
    holds: { problem: 'expression', steps: 40 },
  },
  {
    path: 'url',
    name: 'a product that overflows, with a second run kept: 1e308*10',
    input: `v=1&p=expression(expr=${expr('1e308*10')})&o=adam(lr=0.1)&o=gd(lr=0.3)&n=40`,
    expected: null,
    holds: { problem: 'expression', steps: 40, runs: 2 },
  },
  {
    path: 'url',
    name: 'a gradient at Number.MAX_VALUE scale: x*1e308',
    input: `v=1&p=expression(expr=${expr('x*1e308')})&n=40`,
    expected: null,
    holds: { problem: 'expression', steps: 40 },
  },
  {
    path: 'url',
    name: 'NaN everywhere: 0/0',
    input: `v=1&p=expression(expr=${expr('0/0')})&n=40`,
    expected: null,
    holds: { problem: 'expression', steps: 40 },
  },
  {
    path: 'formula',
    name: 'a formula unbounded below at double range: -1e308*x^2-1e308*y^2',
    input: '-1e308*x^2-1e308*y^2',
    expected: null,
  },
  {
    path: 'formula',
    name: 'exp overflowing off the start: exp(1000*x)',
    input: 'exp(1000*x)',
    expected: null,
  },
  {
    path: 'url',
    name: 'a number past the doubles: 1e309',
    input: `v=1&p=expression(expr=1e309)&n=40`,
    expected: 'p expr: Number 1e309 is too large',
    holds: { problem: 'rosenbrock', steps: 40 },
  },
];
