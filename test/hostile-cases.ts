/**
 * Hostile input on every input path (issue 8, point 3), as one table. Each case names the path,
 * the input, the message the user is shown (a substring, or a pattern) and what must still hold
 * afterwards. The same table drives the unit test (test/hostile-inputs.test.ts, through each
 * path's real function) and the browser test (e2e/hostile.spec.ts, through the real UI).
 *
 * Paths and the functions behind them:
 * - url: `applyLink` (src/state/url-sync.ts) → `decodeLink`; the messages are the link notices.
 * - json: `openScenarioFile` (src/ui/share/open-file.ts) → `importScenario`; the message is the
 *   notice "Could not open …" or the list of what was ignored.
 * - formula: `checkFormula` (src/ui/problems/formula-check.ts), the formula editor's check.
 * - number: `parseHyperparam` (src/ui/optimizers/format.ts) for α, β1 and ε; `readSteps`
 *   (src/ui/timeline/steps.ts) for the steps field.
 * - csv: `parseCsv` (src/scenario/csv.ts), the "Your data" dialog's parse.
 * - cli: `src/cli/main.ts` as a child process; the message is its stderr.
 *
 * Every script-like payload sets `window.__pwned`; the browser test checks it stays undefined.
 */

import { DECODE_CASES } from './hostile-round2/cases-decode';
import { scenarioJson } from './hostile-scenario';
import { INFINITE_CASES } from './hostile-round2/cases-infinite';
import { OUTPUT_CLI_CASES } from './hostile-round2/cases-output';
import {
  cliCase,
  csvCase,
  formulaCase,
  jsonCase,
  numberCase,
  urlCase,
} from './hostile-round2/case-builders';
import { OPTIMIZER_TYPES } from '../src/scenario/types';

/** A payload that would set the sentinel if it ever ran as script or markup. */
export const PWN = 'window.__pwned=1';

export type HostilePath = 'url' | 'json' | 'formula' | 'number' | 'csv' | 'cli';

/** What must still hold after the input, beyond "nothing threw, nothing was polluted". */
export interface Holds {
  /** The input was refused as a whole: the app keeps what it showed (json, csv, number). */
  refused?: boolean;
  /** The scenario's steps afterwards (url, json). */
  steps?: number;
  /** The scenario's problem afterwards: a function's name or a problem type (url, json). */
  problem?: string;
  /** The number of runs afterwards (url, json). */
  runs?: number;
  /** The first run's label afterwards, kept as text (url, json). */
  label?: string;
  /** The value a number field commits (number). */
  value?: number;
  /** The points read (csv). */
  points?: number;
  /** The CLI's exit code (cli). */
  exitCode?: number;
}

interface Base {
  name: string;
  /**
   * The message shown, as a substring or a pattern (case as the function writes it; the CSV
   * dialog capitalises the first letter). null: accepted without any message.
   */
  expected: string | RegExp | null;
  holds?: Holds;
}

export type HostileCase =
  | (Base & { path: 'url'; /** The query string, without "?". */ input: string })
  | (Base & { path: 'json'; /** The file's text. */ input: string; fileName?: string })
  | (Base & { path: 'formula'; input: string })
  | (Base & { path: 'number'; field: 'lr' | 'beta1' | 'eps' | 'steps'; input: string })
  | (Base & { path: 'csv'; kind: 'regression' | 'classification'; input: string })
  | (Base & {
      path: 'cli';
      /** Arguments after `main.ts`; "{file}" is replaced by a file holding `file`. */
      input: string[];
      file?: string;
      stdin?: string;
    });

const MILLION = 'a'.repeat(1_000_000);
/** JSON of the first view with `patch` applied to the scenario. */
const scenario = (patch: Record<string, unknown>): string => scenarioJson(patch);
/** A scenario's JSON with one optimizer's fields replaced. */
const run = (fields: Record<string, unknown>): string =>
  scenario({ optimizers: [{ type: 'adam', lr: 0.05, ...fields }] });
/** The types validation lists when it refuses one, in the registry's order. */
const TYPES = OPTIMIZER_TYPES.join(', ');

const url: HostileCase[] = [
  urlCase(
    'malformed percent-encoding in a value',
    'n=%FF%',
    'n: must be a number of steps; ignored',
    { steps: 500 },
  ),
  urlCase(
    'malformed percent-encoding in a key',
    '%E0%A4%A=1',
    '%E0%A4%A: is not a parameter Descent knows; ignored',
  ),
  urlCase('malformed percent-encoding in a label is kept as text', 'o=adam(label=%E0%A4%A)', null, {
    label: '%E0%A4%A',
    runs: 1,
  }),
  urlCase(
    'a 10⁶-character value',
    `p=${MILLION}`,
    'p: is 1,000,000 characters long (at most 2,000); ignored',
    { problem: 'rosenbrock' },
  ),
  urlCase(
    'a 10⁶-character key',
    `${MILLION}=1`,
    'aaaaaaaaaaaaaaaaaaaaa…: is not a parameter Descent knows; ignored',
  ),
  urlCase(
    'NaN as a start coordinate',
    'x0=NaN,2',
    'x0: expected 2 numbers separated by commas; ignored',
  ),
  urlCase(
    '1e309 (Infinity) as a start coordinate',
    'x0=1e309,2',
    'x0: expected 2 numbers separated by commas; ignored',
  ),
  urlCase(
    'Infinity as α',
    'o=adam(lr=Infinity)',
    'o (run 1) lr: must be a number, got "Infinity"; PyTorch’s default 0.001 is used',
    { runs: 1 },
  ),
  urlCase(
    '-1e309 as α',
    'o=adam(lr=-1e309)',
    'o (run 1) lr: must be a finite number, got -Infinity; PyTorch’s default 0.001 is used',
  ),
  urlCase(
    'negative α',
    'o=adam(lr=-1)',
    'o (run 1) lr: must be at least 0 and at most 10000, got -1; PyTorch’s default 0.001 is used',
  ),
  urlCase(
    'α = −0 and 1e-400 (which reads as 0) are a valid α of 0',
    'o=adam(lr=-0)&o=gd(lr=1e-400)',
    null,
    { runs: 2 },
  ),
  urlCase(
    'β1 = 1',
    'o=adam(lr=0.1,beta1=1)',
    'o (run 1) beta1: must be at least 0 and below 1, got 1; ignored',
  ),
  urlCase('ε = 0 is valid (as in PyTorch)', 'o=adam(lr=0.1,eps=0)', null, { runs: 1 }),
  urlCase(
    '10⁹ steps are clamped',
    'n=1000000000',
    'n: must be at least 1 and at most 1000000, got 1000000000; clamped to 1000000',
    { steps: 1_000_000 },
  ),
  urlCase('10⁶ steps are allowed', 'n=1000000', null, { steps: 1_000_000 }),
  urlCase(
    'zero steps',
    'n=0',
    'n: must be at least 1 and at most 1000000, got 0; the default is used: 500',
    { steps: 500 },
  ),
  urlCase(
    'an unknown optimizer',
    'o=sgd9000(lr=0.1)',
    `o (run 1) type: must be one of ${TYPES}; got "sgd9000"; run 1 left out`,
    { runs: 2 },
  ),
  urlCase(
    'an unknown problem',
    'p=notaproblem',
    /^p name: must name a built-in function \(.*\); got "notaproblem"; the default problem is shown$/,
    { problem: 'rosenbrock' },
  ),
  urlCase(
    '__proto__ as a parameter',
    '__proto__=1&constructor=2&prototype=3',
    '__proto__: is not a parameter Descent knows; ignored',
  ),
  urlCase(
    '__proto__ and constructor inside a run are never set',
    'o=adam(lr=0.1,__proto__=(polluted=1),constructor=(prototype=(polluted=1)))',
    null,
    { runs: 1 },
  ),
  urlCase(
    'a dotted key reaching the prototype from a run',
    'o=adam(lr=0.1,constructor.prototype.toString=1)',
    'o (run 1) constructor.prototype.toString: unknown field (adam takes lr, beta1',
    { runs: 1 },
  ),
  urlCase(
    'a dotted __proto__ key in a problem',
    'p=rosenbrock(__proto__.hasOwnProperty=1)',
    'p __proto__ hasOwnProperty: unknown field for a function problem',
    { problem: 'rosenbrock' },
  ),
  urlCase(
    'markup in a run’s label stays text',
    `o=adam(label=%3Cimg%20src%3Dx%20onerror%3D${encodeURIComponent(PWN)}%3E)`,
    null,
    { label: `<img src=x onerror=${PWN}>` },
  ),
  urlCase(
    '</script> as a problem',
    `p=%3C%2Fscript%3E%3Cscript%3E${encodeURIComponent(PWN)}%3C%2Fscript%3E`,
    'p name: must name a built-in function',
    { problem: 'rosenbrock' },
  ),
  urlCase(
    'javascript: as a run',
    `o=javascript:${PWN}`,
    'o: run 1: unexpected "=" at character 26 of "javascript:window.__pwned=1"; ignored',
    { runs: 2 },
  ),
  urlCase(
    'a template literal and backticks as a run',
    'o=%24%7Bwindow.__pwned%3D1%7D&o=%60window.__pwned%3D1%60',
    'got "${window.__pwned=1}"; run 1 left out',
    { runs: 2 },
  ),
  urlCase(
    'a formula that tries to reach Function',
    `p=expression(expr=constructor.constructor%28%22${encodeURIComponent(PWN)}%22%29%28%29)&n=40`,
    'p expr: A lone "." is not a number (at character 12, near "constructor.constructor("windo"); the default problem is shown',
    { problem: 'rosenbrock', steps: 40 },
  ),
  urlCase(
    'calls nested past the limit',
    'o=adam(schedule=cosine(tMax=a(b=c(d=e(f=1)))))',
    'nested deeper than 4 levels',
  ),
  urlCase(
    'a hundred parameters',
    Array.from({ length: 100 }, (_, i) => `k${i}=1`).join('&'),
    'link: has 100 parameters; the first 64 are read',
  ),
  urlCase(
    'nine runs',
    Array.from({ length: 9 }, () => 'o=gd').join('&'),
    'o: must hold 1 to 8 optimizers, got 9; the first 8 are shown',
    { runs: 8 },
  ),
  urlCase(
    'a 61-character label',
    `o=adam(label=${'x'.repeat(61)})`,
    'o (run 1) label: must be text of at most 60 characters',
  ),
  urlCase(
    'a selected run that does not exist',
    'sel=99',
    'sel: there is no run 99; run 1 is selected',
  ),
  urlCase(
    'a window running backwards',
    'win=1,0,0,1',
    'win: each range must run from low to high; ignored',
  ),
  urlCase(
    'a malformed data point',
    'p=linear-regression&d=1_2~x_y',
    'd: point 2 is not 2 to 65 numbers separated by "_"; ignored',
    { problem: 'linear-regression' },
  ),
  urlCase(
    'an unknown language and version',
    'lang=%3Cscript%3E&v=2',
    'lang: must be en or zh; ignored',
  ),
  urlCase(
    'an unknown lesson control',
    'show=__proto__,lr',
    'show: "__proto__" is not a control; ignored',
  ),
  // The note (issue 14, point 3; src/url/note-param.ts): plain text, capped, or nothing.
  urlCase(
    'a note holding markup and script is kept as plain text',
    `note=${encodeURIComponent(`<img src=x onerror="${PWN}"><script>${PWN}</script>`)}`,
    null,
  ),
  urlCase(
    'a note of control characters, a bidi override and a broken escape',
    'note=%00%1B%E2%80%AEabc%ED%A0%80',
    null,
  ),
  urlCase(
    'a note longer than 280 characters is cut',
    `note=${'word '.repeat(100)}`,
    'note: the text after 280 characters; ignored',
  ),
  urlCase(
    'a note of 27,000 characters is ignored',
    `note=${'%E4%B8%AD'.repeat(3000)}`,
    'note: is 27,000 characters long (at most 2,520); ignored',
  ),
];

const json: HostileCase[] = [
  jsonCase('not JSON', '{oops', 'Could not open evil.json: not valid JSON', { refused: true }),
  jsonCase('an empty file', '', 'Could not open evil.json: not valid JSON', { refused: true }),
  jsonCase(
    'trailing garbage',
    `${scenario({})} <script>${PWN}</script>`,
    'Could not open evil.json: not valid JSON',
    { refused: true },
  ),
  jsonCase(
    'a list instead of an object',
    '[]',
    'Could not open evil.json: it does not hold a scenario (a JSON object)',
    { refused: true },
  ),
  jsonCase(
    'a bare string',
    JSON.stringify(`<img src=x onerror=${PWN}>`),
    'Could not open evil.json: it does not hold a scenario (a JSON object)',
    { refused: true },
  ),
  jsonCase(
    'binary bytes',
    '\u0000\u0001\u0002\u00ff\ufffd\u007f',
    'Could not open evil.json: not valid JSON',
    { refused: true },
  ),
  jsonCase(
    'a few megabytes',
    scenario({ padding: 'x'.repeat(3_000_000) }),
    'Could not open evil.json: too large for a scenario (over 1 MB)',
    { refused: true },
  ),
  jsonCase(
    'a file name with " is " in it',
    '{oops',
    'Could not open this is mine.json: not valid JSON',
    { refused: true },
    'this is mine.json',
  ),
  jsonCase('a byte-order mark (Windows Notepad) before valid JSON', `\uFEFF${scenario({})}`, null, {
    steps: 50,
    runs: 1,
  }),
  // Node's stack cannot print the lists ("[object Array]"), Chromium's can ("[[[[…").
  jsonCase(
    'lists nested 10⁵ levels deep',
    `{"problem":${'['.repeat(100_000)}${']'.repeat(100_000)},"optimizers":[{"type":"gd","lr":0.1}]}`,
    /problem: must be an object, got (?:\[object Array\]|\[+…); the default problem is shown/,
    { problem: 'rosenbrock', runs: 1 },
  ),
  jsonCase(
    'duplicated keys: the last one counts (JSON.parse)',
    '{"problem":{"type":"function","name":"rosenbrock"},"steps":10,"steps":20,"optimizers":[{"type":"gd","lr":0.1}]}',
    null,
    { steps: 20 },
  ),
  jsonCase(
    'wrong types',
    scenario({ steps: '200', optimizers: 'adam' }),
    'steps: must be a number, got "200"; the default is used: 200',
    { steps: 200, runs: 2 },
  ),
  jsonCase(
    '1e309 steps (Infinity once parsed)',
    scenario({}).replace('"steps":50', '"steps":1e309'),
    'steps: must be a finite number, got Infinity; clamped to 1000000',
    { steps: 1_000_000 },
  ),
  jsonCase(
    '1e-400 steps (0 once parsed)',
    scenario({}).replace('"steps":50', '"steps":1e-400'),
    'steps: must be at least 1 and at most 1000000, got 0; the default is used: 200',
  ),
  jsonCase(
    'NaN is not JSON',
    scenario({}).replace('"steps":50', '"steps":NaN'),
    'Could not open evil.json: not valid JSON',
    { refused: true },
  ),
  jsonCase(
    '10⁹ steps are clamped',
    scenario({ steps: 1e9 }),
    'steps: must be at least 1 and at most 1000000, got 1000000000; clamped to 1000000',
    { steps: 1_000_000 },
  ),
  jsonCase(
    'negative α, β1 = 1',
    run({ lr: -1, beta1: 1 }),
    'optimizers[0].lr: must be at least 0 and at most 10000, got -1; PyTorch’s default 0.001 is used',
    { runs: 1 },
  ),
  jsonCase(
    'β2 above 1 and a string ε',
    run({ beta2: 1.5, eps: '1e-8' }),
    'optimizers[0].eps: must be a number, got "1e-8"; ignored',
  ),
  jsonCase(
    'an unknown optimizer',
    scenario({ optimizers: [{ type: 'sgd9000', lr: 0.1 }] }),
    `optimizers[0].type: must be one of ${TYPES}; got "sgd9000"; run 1 left out`,
    { runs: 2 },
  ),
  jsonCase(
    'an unknown problem',
    scenario({ problem: { type: 'function', name: 'eval' } }),
    'problem.name: must name a built-in function',
    { problem: 'rosenbrock' },
  ),
  jsonCase(
    'an unknown problem type',
    scenario({ problem: { type: 'shell', cmd: 'rm -rf /' } }),
    'problem.type: must be one of function, expression',
    { problem: 'rosenbrock' },
  ),
  jsonCase(
    '__proto__ with a payload',
    '{"__proto__":{"polluted":1},"steps":30,"optimizers":[{"type":"gd","lr":0.1,"__proto__":{"polluted":1}}]}',
    '__proto__: unknown field for a scenario',
    { steps: 30, runs: 1 },
  ),
  jsonCase(
    'constructor.prototype with a payload',
    scenario({ constructor: { prototype: { polluted: 1 } } }),
    'constructor: unknown field for a scenario',
    { steps: 50 },
  ),
  jsonCase(
    'a dotted key reaching Object.prototype',
    scenario({ '__proto__.hasOwnProperty': 1 }),
    '__proto__.hasOwnProperty: unknown field for a scenario',
    { steps: 50, runs: 1 },
  ),
  jsonCase(
    'a dotted key reaching Object.prototype from a run',
    run({ 'constructor.prototype.toString': 1 }),
    'optimizers[0].constructor.prototype.toString: unknown field',
    { steps: 50, runs: 1 },
  ),
  jsonCase(
    'an inherited name as a run’s field',
    run({ toString: 1 }),
    'optimizers[0].toString: unknown field (adam takes',
    { runs: 1 },
  ),
  jsonCase('markup in a label stays text', run({ label: `<img src=x onerror=${PWN}>` }), null, {
    label: `<img src=x onerror=${PWN}>`,
  }),
  jsonCase(
    'a 10⁶-character label',
    run({ label: MILLION.slice(0, 900_000) }),
    'optimizers[0].label: must be text of at most 60 characters, got "aaaa',
  ),
  jsonCase(
    'javascript: as a colour',
    run({ color: `javascript:${PWN}` }),
    'optimizers[0].color: must be a colour like "#0072b2"',
  ),
  jsonCase(
    'a formula that tries to reach Function',
    scenario({
      problem: { type: 'expression', expr: `constructor.constructor("${PWN}")()` },
    }),
    'problem.expr: A lone "." is not a number (at character 12',
    { problem: 'rosenbrock', steps: 50, runs: 1 },
  ),
  jsonCase(
    'a hundred runs',
    scenario({ optimizers: Array.from({ length: 100 }, () => ({ type: 'gd', lr: 0.1 })) }),
    'optimizers: must hold 1 to 8 optimizers, got 100; the first 8 are shown',
    { runs: 8 },
  ),
];

const formula: HostileCase[] = [
  formulaCase(
    'constructor.constructor(…)()',
    `constructor.constructor("${PWN}")()`,
    'A lone "." is not a number',
  ),
  formulaCase('this', 'this', 'Unknown name "this"'),
  formulaCase('window', 'window', 'Unknown name "window"'),
  formulaCase('a member access', 'window.__pwned', 'A lone "." is not a number'),
  formulaCase(
    'constructor',
    'constructor(x)',
    'Unknown name "constructor"; use x, y, pi, e or a function like sin(…)',
  ),
  formulaCase('eval(1)', 'eval(1)', 'Unknown name "eval"'),
  formulaCase('x.__proto__', 'x.__proto__', 'A lone "." is not a number'),
  formulaCase('__proto__', '__proto__ * x', 'Unknown name "__proto__"'),
  formulaCase('a template literal', '${x}', 'Unexpected character "$"'),
  formulaCase('backticks', '`x`', 'Unexpected character "`"'),
  formulaCase('</script>', '</script>', 'Unexpected character "<"'),
  formulaCase('an img tag', `<img src=x onerror=${PWN}>`, 'Unexpected character "<"'),
  formulaCase('javascript:', 'javascript:x', 'Unexpected character ":"'),
  formulaCase(
    '10⁴ nested parentheses',
    `${'('.repeat(10_000)}x${')'.repeat(10_000)}`,
    'The formula is longer than 500 characters',
  ),
  formulaCase(
    '100 nested parentheses (within the length)',
    `${'('.repeat(100)}x${')'.repeat(100)}`,
    'The formula is nested too deeply (over 64)',
  ),
  formulaCase(
    '300 unary minus signs',
    `${'-'.repeat(300)}x`,
    'The formula is nested too deeply (over 64)',
  ),
  formulaCase(
    'a tower of powers',
    `${'x^'.repeat(200)}x`,
    'The formula is nested too deeply (over 64)',
  ),
  formulaCase(
    '501 characters',
    `${'x+'.repeat(250)}x`,
    'The formula is longer than 500 characters',
  ),
  formulaCase('10⁶ characters', 'x'.repeat(1_000_000), 'The formula is longer than 500 characters'),
  formulaCase(
    'a Cyrillic х that looks like x',
    'х^2 + y^2',
    'Unexpected character "х" (U+0445, not the letter x)',
  ),
  formulaCase(
    'a Greek ο that looks like o, in cos',
    'cοs(x)',
    'Unexpected character "ο" (U+03BF, not the letter o)',
  ),
  formulaCase('a right-to-left mark', 'x\u200f + y', 'Unexpected invisible character U+200F'),
  formulaCase('a right-to-left override', '\u202ex + y', 'Unexpected invisible character U+202E'),
  formulaCase('NUL', 'x\u0000', 'Unexpected invisible character U+0000'),
  formulaCase('full-width parentheses', '（x）', 'Unexpected character "（" (U+FF08)'),
  formulaCase('an emoji', 'x + 😀', 'Unexpected character "😀" (U+1F600)'),
  formulaCase('1e309', '1e309 * x', 'Number 1e309 is too large'),
  formulaCase('NaN', 'NaN', 'Unknown name "NaN"'),
  formulaCase('Infinity', 'Infinity * x', 'Unknown name "Infinity"'),
  formulaCase('a typographic minus and a times sign are accepted', 'x × y − 1', null),
];

const number: HostileCase[] = [
  numberCase('α: NaN', 'lr', 'NaN', 'Enter a number like 0.001 or 1e-3', { refused: true }),
  numberCase('α: Infinity', 'lr', 'Infinity', 'Enter a number like 0.001 or 1e-3', {
    refused: true,
  }),
  numberCase('α: 1e309', 'lr', '1e309', 'Needs 0 ≤ α ≤ 1e4', { refused: true }),
  numberCase('α: -1e309', 'lr', '-1e309', 'Needs 0 ≤ α ≤ 1e4', { refused: true }),
  numberCase('α: negative', 'lr', '-1', 'Needs 0 ≤ α ≤ 1e4', { refused: true }),
  numberCase('α: negative with a true minus sign', 'lr', '−0.5', 'Needs 0 ≤ α ≤ 1e4', {
    refused: true,
  }),
  numberCase('α: −0 is 0', 'lr', '-0', null, { value: 0 }),
  numberCase('α: 1e-400 underflows to 0', 'lr', '1e-400', null, { value: 0 }),
  numberCase('α: empty', 'lr', '', 'Enter a number like 0.001 or 1e-3', { refused: true }),
  numberCase('α: markup', 'lr', `<img src=x onerror=${PWN}>`, 'Enter a number like 0.001 or 1e-3', {
    refused: true,
  }),
  numberCase('α: a template literal', 'lr', '${1}', 'Enter a number like 0.001 or 1e-3', {
    refused: true,
  }),
  numberCase('α: hex', 'lr', '0x10', 'Enter a number like 0.001 or 1e-3', { refused: true }),
  numberCase('α: 10⁶ characters', 'lr', MILLION, 'Enter a number like 0.001 or 1e-3', {
    refused: true,
  }),
  numberCase(
    'α: 10⁵ digits then a letter (no regex backtracking)',
    'lr',
    `${'1'.repeat(100_000)}x`,
    'Enter a number like 0.001 or 1e-3',
    { refused: true },
  ),
  numberCase('β1: 1', 'beta1', '1', 'Needs 0 ≤ β1 < 1', { refused: true }),
  numberCase('β1: 1.5', 'beta1', '1.5', 'Needs 0 ≤ β1 < 1', { refused: true }),
  numberCase('ε: 0 is valid', 'eps', '0', null, { value: 0 }),
  numberCase('ε: negative', 'eps', '-1e-8', 'Needs 0 ≤ ε ≤ 1e4', { refused: true }),
  numberCase(
    'steps: 10⁹ are lowered to 10⁶, and said so',
    'steps',
    '1e9',
    'Steps run from 1 to 1,000,000: 1e9 became 1,000,000',
    { value: 1_000_000 },
  ),
  numberCase('steps: 10⁶ are allowed', 'steps', '1000000', null, { value: 1_000_000 }),
  numberCase('steps: 0', 'steps', '0', 'Steps run from 1 to 1,000,000: 0 became 1', { value: 1 }),
  numberCase(
    'steps: -1e309',
    'steps',
    '-1e309',
    'Enter a whole number of steps from 1 to 1,000,000',
    { refused: true },
  ),
  numberCase('steps: a fraction', 'steps', '2.5', 'Steps run from 1 to 1,000,000: 2.5 became 3', {
    value: 3,
  }),
];

const csvHeader = 'x,y\n';
const csv: HostileCase[] = [
  csvCase(
    'formula injection in a value',
    'regression',
    `${csvHeader}=cmd|' /C calc'!A0,1\n1,2\n3,4`,
    `line 2: column 1 is "=cmd|' /C calc'!A0", not a number`,
    { refused: true },
  ),
  csvCase(
    'formula injection as the header is only a header',
    'regression',
    `=HYPERLINK("http://x"),@SUM(1+1)\n1,2\n3,4`,
    'line 1 read as a header: =HYPERLINK("http://x"), @SUM(1+1)',
    { points: 2 },
  ),
  csvCase(
    'markup as the header',
    'regression',
    `<img src=x onerror=${PWN}>,y\n1,2\n3,4`,
    `line 1 read as a header: <img src=x onerror=${PWN}>, y`,
    { points: 2 },
  ),
  csvCase(
    '10⁵ rows',
    'regression',
    csvHeader + '0.1,0.2\n'.repeat(100_000),
    'the text is 800,004 characters long; at most 200,000 are read',
    { refused: true },
  ),
  csvCase(
    '2,001 rows',
    'regression',
    csvHeader + '1,2\n'.repeat(2001),
    'more than 2,000 points; keep at most that many',
    { refused: true },
  ),
  csvCase(
    'binary bytes',
    'regression',
    '\u0000\u0001\u0002\u00ff\ufffd\n\u0003\u0004',
    'line 2: expected 2 values (x, y), found 1',
    { refused: true },
  ),
  csvCase(
    'a wrong delimiter',
    'regression',
    '1|2\n3|4\n5|6',
    'line 2: expected 2 values (x, y), found 1',
    { refused: true },
  ),
  csvCase(
    'NaN',
    'regression',
    `${csvHeader}NaN,1\n1,2`,
    'line 2: column 1 is "NaN", not a finite number',
    { refused: true },
  ),
  csvCase(
    '1e309 and -1e309',
    'regression',
    `${csvHeader}1e309,1\n-1e309,2`,
    'line 2: column 1 is 1e309, larger than 1e+6 in size',
    { refused: true },
  ),
  csvCase(
    '1e-400 and -0 are 0',
    'regression',
    `${csvHeader}1e-400,1\n-0,2`,
    'line 1 read as a header: x, y',
    { points: 2 },
  ),
  csvCase(
    'a 190,000-digit number (the message is cut)',
    'regression',
    `${csvHeader}${'9'.repeat(190_000)},1\n1,2`,
    'line 2: column 1 is 99999999999999999999999999999999999999…, larger than 1e+6 in size',
    { refused: true },
  ),
  csvCase(
    '190,000 digits then a letter (no regex backtracking)',
    'regression',
    `${csvHeader}${'1'.repeat(190_000)}x,1\n1,2`,
    'line 2: column 1 is "11111111111111111111111111111111111111…", not a number',
    { refused: true },
  ),
  csvCase(
    'a 190,000-character header (the warning is cut)',
    'regression',
    `${'h'.repeat(190_000)},y\n1,2\n3,4`,
    /^line 1 read as a header: h{30,60}…, y$/,
    { points: 2 },
  ),
  csvCase(
    'a label that is not 0 or 1',
    'classification',
    'x1,x2,label\n0,0,0\n1,1,2',
    'line 3: label must be 0 or 1, not 2',
    { refused: true },
  ),
  csvCase(
    'prototype names as the header',
    'regression',
    '__proto__,constructor\n1,2\n3,4',
    'line 1 read as a header: __proto__, constructor',
    { points: 2 },
  ),
];

const cli: HostileCase[] = [
  cliCase(
    'no arguments',
    [],
    'descent: usage: descent run FILE|-|LINK [--format json|csv] [--summary]',
    2,
  ),
  cliCase('an unknown command', ['frobnicate'], 'descent: unknown command "frobnicate"; usage:', 2),
  cliCase(
    '--steps abc',
    ['run', '{file}', '--steps', 'abc'],
    'descent: unknown option --steps; usage:',
    2,
    { file: scenario({}) },
  ),
  cliCase(
    'a bad --format',
    ['run', '{file}', '--format', '$(touch /tmp/pwned)'],
    'descent: --format: must be json or csv, got $(touch /tmp/pwned)',
    2,
    { file: scenario({}) },
  ),
  cliCase(
    'a missing file',
    ['run', '/nonexistent/descent.json'],
    'descent: /nonexistent/descent.json: no such file',
    2,
  ),
  cliCase('a directory', ['run', '/tmp'], 'descent: /tmp: is a directory', 2),
  cliCase(
    'two files',
    ['run', 'a.json', 'b.json'],
    'descent: one scenario at a time, got "a.json" and "b.json"',
    2,
  ),
  cliCase('not JSON on stdin', ['run', '-'], 'descent: stdin: not valid JSON', 2, {
    stdin: '{oops',
  }),
  cliCase(
    '10⁹ steps in a file',
    ['run', '{file}'],
    'descent: steps: must be at least 1 and at most 1000000, got 1000000000',
    2,
    { file: scenario({ steps: 1e9 }) },
  ),
  cliCase(
    'a dotted key reaching Object.prototype in a file',
    ['run', '{file}'],
    'descent: __proto__.hasOwnProperty: unknown field for a scenario',
    2,
    { file: scenario({ '__proto__.hasOwnProperty': 1 }) },
  ),
  cliCase(
    'negative α in a file',
    ['run', '{file}'],
    'descent: optimizers[0].lr: must be at least 0 and at most 10000, got -1',
    2,
    { file: run({ lr: -1 }) },
  ),
  cliCase(
    'lists nested 10⁵ levels deep in a file',
    ['run', '{file}'],
    'descent: problem: must be an object, got [object Array]',
    2,
    { file: `{"problem":${'['.repeat(100_000)}${']'.repeat(100_000)}}` },
  ),
  cliCase('a byte-order mark before valid JSON', ['run', '{file}', '--summary'], null, 0, {
    file: `\uFEFF${scenario({ steps: 5 })}`,
  }),
  cliCase(
    'a link with bad values runs what the app shows, with warnings',
    ['run', '?n=abc&o=adam(lr=-1)&p=%3Cscript%3E', '--summary'],
    'descent: warning: n: must be a number of steps; ignored',
    0,
  ),
  cliCase(
    'a link with malformed percent-encoding',
    ['run', 'https://example.org/?o=adam(label=%E0%A4%A)&n=%FF', '--summary'],
    'descent: warning: n: must be a number of steps; ignored',
    0,
  ),
  cliCase(
    'a link with 10⁹ steps is clamped, with a warning',
    ['run', '?n=1000000000&o=gd(lr=0.001)', '--summary'],
    'descent: warning: n: must be at least 1 and at most 1000000, got 1000000000; clamped to 1000000',
    0,
  ),
  cliCase(
    'javascript: reads as a link naming nothing known: the first view, with a warning',
    ['run', `javascript:${PWN}`, '--summary'],
    'descent: warning: javascript:window.__pwn…: is not a parameter Descent knows; ignored',
    0,
  ),
];

/**
 * Every case, in the order of the paths; then the second round's (issue 23), kept in files of
 * their own by class: a bad field costs only itself, windows, lone surrogates, long messages
 * (cases-decode.ts); infinite and overflowing values (cases-infinite.ts); the CLI's echoed
 * control characters (cases-output.ts, whose export cases have a runner of their own).
 */
export const HOSTILE_CASES: readonly HostileCase[] = [
  ...url,
  ...json,
  ...formula,
  ...number,
  ...csv,
  ...cli,
  ...DECODE_CASES,
  ...INFINITE_CASES,
  ...OUTPUT_CLI_CASES,
];

/** The cases of one path. */
export function casesOf<P extends HostilePath>(path: P): Extract<HostileCase, { path: P }>[] {
  return HOSTILE_CASES.filter((c): c is Extract<HostileCase, { path: P }> => c.path === path);
}

/** A short title for a test: the name, and the input cut to 60 characters. */
export function titleOf(c: HostileCase): string {
  const input = Array.isArray(c.input) ? c.input.join(' ') : c.input;
  const shown = input.length > 60 ? `${input.slice(0, 57)}…` : input;
  return `${c.path}: ${c.name} — ${JSON.stringify(shown)}`;
}
