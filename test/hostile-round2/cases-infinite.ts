/**
 * Issue 23, class 8 (infinite values), part of the table of test/hostile-cases.ts. Formulas whose values are huge or overflow to ±∞ or NaN are valid
 * formulas: they are accepted without a message (expected null), and what matters is that the
 * app then draws them without freezing, failing or writing NaN into the page — checked by
 * e2e/hostile-infinite.spec.ts and test/hostile-round2/scales-nonfinite.test.ts. A number the
 * parser cannot hold (1e309) is refused with its message.
 */
import type { HostileCase, Holds } from '../hostile-cases';

/** A formula as the `expr` of a link, parentheses percent-encoded as links write them. */
const expr = (formula: string): string =>
  encodeURIComponent(formula).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);

/**
 * A link opening `formula` (`tail` the rest of its query: 40 steps by default), accepted without
 * a message and kept as the problem for 40 steps; `holds` adds what else must hold.
 */
const formulaLink = (
  name: string,
  formula: string,
  holds: Holds = {},
  tail = '&n=40',
): HostileCase => ({
  path: 'url',
  name,
  input: `v=1&p=expression(expr=${expr(formula)})${tail}`,
  expected: null,
  holds: { problem: 'expression', steps: 40, ...holds },
});

export const INFINITE_CASES: HostileCase[] = [
  formulaLink(
    'a constant formula at Number.MAX_VALUE (froze the tab 18 s)',
    '1.7976931348623157e308',
    { runs: 2 },
  ),
  formulaLink('a formula that is +∞ everywhere: 1/0', '1/0'),
  formulaLink('a formula that is −∞ everywhere: log(0)', 'log(0)'),
  formulaLink('a power tower that overflows: 2^2^2^2^2', '2^2^2^2^2', {}, '&n=40&seed=7'),
  formulaLink(
    'a product that overflows, with a second run kept: 1e308*10',
    '1e308*10',
    { runs: 2 },
    '&o=adam(lr=0.1)&o=gd(lr=0.3)&n=40',
  ),
  formulaLink('a gradient at Number.MAX_VALUE scale: x*1e308', 'x*1e308'),
  formulaLink('NaN everywhere: 0/0', '0/0'),
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
