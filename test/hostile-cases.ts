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
const TYPES =
  'gd, momentum, nesterov, adagrad, rmsprop, adadelta, adam, adamw, amsgrad, adamax, nadam, radam, lion';

const url: HostileCase[] = [
  {
    path: 'url',
    name: 'malformed percent-encoding in a value',
    input: 'n=%FF%',
    expected: 'n: must be a number of steps; ignored',
    holds: { steps: 500 },
  },
  {
    path: 'url',
    name: 'malformed percent-encoding in a key',
    input: '%E0%A4%A=1',
    expected: '%E0%A4%A: is not a parameter Descent knows; ignored',
  },
  {
    path: 'url',
    name: 'malformed percent-encoding in a label is kept as text',
    input: 'o=adam(label=%E0%A4%A)',
    expected: null,
    holds: { label: '%E0%A4%A', runs: 1 },
  },
  {
    path: 'url',
    name: 'a 10⁶-character value',
    input: `p=${MILLION}`,
    expected: 'p: is 1,000,000 characters long (at most 2,000); ignored',
    holds: { problem: 'rosenbrock' },
  },
  {
    path: 'url',
    name: 'a 10⁶-character key',
    input: `${MILLION}=1`,
    expected: 'aaaaaaaaaaaaaaaaaaaaa…: is not a parameter Descent knows; ignored',
  },
  {
    path: 'url',
    name: 'NaN as a start coordinate',
    input: 'x0=NaN,2',
    expected: 'x0: expected 2 numbers separated by commas; ignored',
  },
  {
    path: 'url',
    name: '1e309 (Infinity) as a start coordinate',
    input: 'x0=1e309,2',
    expected: 'x0: expected 2 numbers separated by commas; ignored',
  },
  {
    path: 'url',
    name: 'Infinity as α',
    input: 'o=adam(lr=Infinity)',
    expected: 'o (run 1) lr: must be a number, got "Infinity"; PyTorch’s default 0.001 is used',
    holds: { runs: 1 },
  },
  {
    path: 'url',
    name: '-1e309 as α',
    input: 'o=adam(lr=-1e309)',
    expected:
      'o (run 1) lr: must be a finite number, got -Infinity; PyTorch’s default 0.001 is used',
  },
  {
    path: 'url',
    name: 'negative α',
    input: 'o=adam(lr=-1)',
    expected:
      'o (run 1) lr: must be at least 0 and at most 10000, got -1; PyTorch’s default 0.001 is used',
  },
  {
    path: 'url',
    name: 'α = −0 and 1e-400 (which reads as 0) are a valid α of 0',
    input: 'o=adam(lr=-0)&o=gd(lr=1e-400)',
    expected: null,
    holds: { runs: 2 },
  },
  {
    path: 'url',
    name: 'β1 = 1',
    input: 'o=adam(lr=0.1,beta1=1)',
    expected: 'o (run 1) beta1: must be at least 0 and below 1, got 1; ignored',
  },
  {
    path: 'url',
    name: 'ε = 0 is valid (as in PyTorch)',
    input: 'o=adam(lr=0.1,eps=0)',
    expected: null,
    holds: { runs: 1 },
  },
  {
    path: 'url',
    name: '10⁹ steps are clamped',
    input: 'n=1000000000',
    expected: 'n: must be at least 1 and at most 1000000, got 1000000000; clamped to 1000000',
    holds: { steps: 1_000_000 },
  },
  {
    path: 'url',
    name: '10⁶ steps are allowed',
    input: 'n=1000000',
    expected: null,
    holds: { steps: 1_000_000 },
  },
  {
    path: 'url',
    name: 'zero steps',
    input: 'n=0',
    expected: 'n: must be at least 1 and at most 1000000, got 0; the default is used: 500',
    holds: { steps: 500 },
  },
  {
    path: 'url',
    name: 'an unknown optimizer',
    input: 'o=sgd9000(lr=0.1)',
    expected: `o (run 1) type: must be one of ${TYPES}; got "sgd9000"; run 1 left out`,
    holds: { runs: 2 },
  },
  {
    path: 'url',
    name: 'an unknown problem',
    input: 'p=notaproblem',
    expected:
      /^p name: must name a built-in function \(.*\); got "notaproblem"; the default problem is shown$/,
    holds: { problem: 'rosenbrock' },
  },
  {
    path: 'url',
    name: '__proto__ as a parameter',
    input: '__proto__=1&constructor=2&prototype=3',
    expected: '__proto__: is not a parameter Descent knows; ignored',
  },
  {
    path: 'url',
    name: '__proto__ and constructor inside a run are never set',
    input: 'o=adam(lr=0.1,__proto__=(polluted=1),constructor=(prototype=(polluted=1)))',
    expected: null,
    holds: { runs: 1 },
  },
  {
    path: 'url',
    name: 'a dotted key reaching the prototype from a run',
    input: 'o=adam(lr=0.1,constructor.prototype.toString=1)',
    expected: 'o (run 1) constructor.prototype.toString: unknown field (adam takes lr, beta1',
    holds: { runs: 1 },
  },
  {
    path: 'url',
    name: 'a dotted __proto__ key in a problem',
    input: 'p=rosenbrock(__proto__.hasOwnProperty=1)',
    expected: 'p __proto__ hasOwnProperty: unknown field for a function problem',
    holds: { problem: 'rosenbrock' },
  },
  {
    path: 'url',
    name: 'markup in a run’s label stays text',
    input: `o=adam(label=%3Cimg%20src%3Dx%20onerror%3D${encodeURIComponent(PWN)}%3E)`,
    expected: null,
    holds: { label: `<img src=x onerror=${PWN}>` },
  },
  {
    path: 'url',
    name: '</script> as a problem',
    input: `p=%3C%2Fscript%3E%3Cscript%3E${encodeURIComponent(PWN)}%3C%2Fscript%3E`,
    expected: 'p name: must name a built-in function',
    holds: { problem: 'rosenbrock' },
  },
  {
    path: 'url',
    name: 'javascript: as a run',
    input: `o=javascript:${PWN}`,
    expected: 'o: run 1: unexpected "=" at character 26 of "javascript:window.__pwned=1"; ignored',
    holds: { runs: 2 },
  },
  {
    path: 'url',
    name: 'a template literal and backticks as a run',
    input: 'o=%24%7Bwindow.__pwned%3D1%7D&o=%60window.__pwned%3D1%60',
    expected: 'got "${window.__pwned=1}"; run 1 left out',
    holds: { runs: 2 },
  },
  {
    path: 'url',
    name: 'a formula that tries to reach Function',
    input: `p=expression(expr=constructor.constructor%28%22${encodeURIComponent(PWN)}%22%29%28%29)&n=40`,
    expected:
      'p expr: A lone "." is not a number (at character 12, near "constructor.constructor("windo"); the default problem is shown',
    holds: { problem: 'rosenbrock', steps: 40 },
  },
  {
    path: 'url',
    name: 'calls nested past the limit',
    input: 'o=adam(schedule=cosine(tMax=a(b=c(d=e(f=1)))))',
    expected: 'nested deeper than 4 levels',
  },
  {
    path: 'url',
    name: 'a hundred parameters',
    input: Array.from({ length: 100 }, (_, i) => `k${i}=1`).join('&'),
    expected: 'link: has 100 parameters; the first 64 are read',
  },
  {
    path: 'url',
    name: 'nine runs',
    input: Array.from({ length: 9 }, () => 'o=gd').join('&'),
    expected: 'o: must hold 1 to 8 optimizers, got 9; the first 8 are shown',
    holds: { runs: 8 },
  },
  {
    path: 'url',
    name: 'a 61-character label',
    input: `o=adam(label=${'x'.repeat(61)})`,
    expected: 'o (run 1) label: must be text of at most 60 characters',
  },
  {
    path: 'url',
    name: 'a selected run that does not exist',
    input: 'sel=99',
    expected: 'sel: there is no run 99; run 1 is selected',
  },
  {
    path: 'url',
    name: 'a window running backwards',
    input: 'win=1,0,0,1',
    expected: 'win: each range must run from low to high; ignored',
  },
  {
    path: 'url',
    name: 'a malformed data point',
    input: 'p=linear-regression&d=1_2~x_y',
    expected: 'd: point 2 is not 2 or 3 numbers separated by "_"; ignored',
    holds: { problem: 'linear-regression' },
  },
  {
    path: 'url',
    name: 'an unknown language and version',
    input: 'lang=%3Cscript%3E&v=2',
    expected: 'lang: must be en or zh; ignored',
  },
  {
    path: 'url',
    name: 'an unknown lesson control',
    input: 'show=__proto__,lr',
    expected: 'show: "__proto__" is not a control; ignored',
  },
  // The note (issue 14, point 3; src/url/note-param.ts): plain text, capped, or nothing.
  {
    path: 'url',
    name: 'a note holding markup and script is kept as plain text',
    input: `note=${encodeURIComponent(`<img src=x onerror="${PWN}"><script>${PWN}</script>`)}`,
    expected: null,
  },
  {
    path: 'url',
    name: 'a note of control characters, a bidi override and a broken escape',
    input: 'note=%00%1B%E2%80%AEabc%ED%A0%80',
    expected: null,
  },
  {
    path: 'url',
    name: 'a note longer than 280 characters is cut',
    input: `note=${'word '.repeat(100)}`,
    expected: 'note: the text after 280 characters; ignored',
  },
  {
    path: 'url',
    name: 'a note of 27,000 characters is ignored',
    input: `note=${'%E4%B8%AD'.repeat(3000)}`,
    expected: 'note: is 27,000 characters long (at most 2,520); ignored',
  },
];

const json: HostileCase[] = [
  {
    path: 'json',
    name: 'not JSON',
    input: '{oops',
    expected: 'Could not open evil.json: not valid JSON',
    holds: { refused: true },
  },
  {
    path: 'json',
    name: 'an empty file',
    input: '',
    expected: 'Could not open evil.json: not valid JSON',
    holds: { refused: true },
  },
  {
    path: 'json',
    name: 'trailing garbage',
    input: `${scenario({})} <script>${PWN}</script>`,
    expected: 'Could not open evil.json: not valid JSON',
    holds: { refused: true },
  },
  {
    path: 'json',
    name: 'a list instead of an object',
    input: '[]',
    expected: 'Could not open evil.json: it does not hold a scenario (a JSON object)',
    holds: { refused: true },
  },
  {
    path: 'json',
    name: 'a bare string',
    input: JSON.stringify(`<img src=x onerror=${PWN}>`),
    expected: 'Could not open evil.json: it does not hold a scenario (a JSON object)',
    holds: { refused: true },
  },
  {
    path: 'json',
    name: 'binary bytes',
    input: '\u0000\u0001\u0002\u00ff\ufffd\u007f',
    expected: 'Could not open evil.json: not valid JSON',
    holds: { refused: true },
  },
  {
    path: 'json',
    name: 'a few megabytes',
    input: scenario({ padding: 'x'.repeat(3_000_000) }),
    expected: 'Could not open evil.json: too large for a scenario (over 1 MB)',
    holds: { refused: true },
  },
  {
    path: 'json',
    name: 'a file name with " is " in it',
    fileName: 'this is mine.json',
    input: '{oops',
    expected: 'Could not open this is mine.json: not valid JSON',
    holds: { refused: true },
  },
  {
    path: 'json',
    name: 'a byte-order mark (Windows Notepad) before valid JSON',
    input: `\uFEFF${scenario({})}`,
    expected: null,
    holds: { steps: 50, runs: 1 },
  },
  {
    path: 'json',
    name: 'lists nested 10⁵ levels deep',
    input: `{"problem":${'['.repeat(100_000)}${']'.repeat(100_000)},"optimizers":[{"type":"gd","lr":0.1}]}`,
    // Node's stack cannot print the lists ("[object Array]"), Chromium's can ("[[[[…").
    expected:
      /problem: must be an object, got (?:\[object Array\]|\[+…); the default problem is shown/,
    holds: { problem: 'rosenbrock', runs: 1 },
  },
  {
    path: 'json',
    name: 'duplicated keys: the last one counts (JSON.parse)',
    input:
      '{"problem":{"type":"function","name":"rosenbrock"},"steps":10,"steps":20,"optimizers":[{"type":"gd","lr":0.1}]}',
    expected: null,
    holds: { steps: 20 },
  },
  {
    path: 'json',
    name: 'wrong types',
    input: scenario({ steps: '200', optimizers: 'adam' }),
    expected: 'steps: must be a number, got "200"; the default is used: 200',
    holds: { steps: 200, runs: 2 },
  },
  {
    path: 'json',
    name: '1e309 steps (Infinity once parsed)',
    input: scenario({}).replace('"steps":50', '"steps":1e309'),
    expected: 'steps: must be a finite number, got Infinity; clamped to 1000000',
    holds: { steps: 1_000_000 },
  },
  {
    path: 'json',
    name: '1e-400 steps (0 once parsed)',
    input: scenario({}).replace('"steps":50', '"steps":1e-400'),
    expected: 'steps: must be at least 1 and at most 1000000, got 0; the default is used: 200',
  },
  {
    path: 'json',
    name: 'NaN is not JSON',
    input: scenario({}).replace('"steps":50', '"steps":NaN'),
    expected: 'Could not open evil.json: not valid JSON',
    holds: { refused: true },
  },
  {
    path: 'json',
    name: '10⁹ steps are clamped',
    input: scenario({ steps: 1e9 }),
    expected: 'steps: must be at least 1 and at most 1000000, got 1000000000; clamped to 1000000',
    holds: { steps: 1_000_000 },
  },
  {
    path: 'json',
    name: 'negative α, β1 = 1',
    input: run({ lr: -1, beta1: 1 }),
    expected:
      'optimizers[0].lr: must be at least 0 and at most 10000, got -1; PyTorch’s default 0.001 is used',
    holds: { runs: 1 },
  },
  {
    path: 'json',
    name: 'β2 above 1 and a string ε',
    input: run({ beta2: 1.5, eps: '1e-8' }),
    expected: 'optimizers[0].eps: must be a number, got "1e-8"; ignored',
  },
  {
    path: 'json',
    name: 'an unknown optimizer',
    input: scenario({ optimizers: [{ type: 'sgd9000', lr: 0.1 }] }),
    expected: `optimizers[0].type: must be one of ${TYPES}; got "sgd9000"; run 1 left out`,
    holds: { runs: 2 },
  },
  {
    path: 'json',
    name: 'an unknown problem',
    input: scenario({ problem: { type: 'function', name: 'eval' } }),
    expected: 'problem.name: must name a built-in function',
    holds: { problem: 'rosenbrock' },
  },
  {
    path: 'json',
    name: 'an unknown problem type',
    input: scenario({ problem: { type: 'shell', cmd: 'rm -rf /' } }),
    expected: 'problem.type: must be one of function, expression',
    holds: { problem: 'rosenbrock' },
  },
  {
    path: 'json',
    name: '__proto__ with a payload',
    input:
      '{"__proto__":{"polluted":1},"steps":30,"optimizers":[{"type":"gd","lr":0.1,"__proto__":{"polluted":1}}]}',
    expected: '__proto__: unknown field for a scenario',
    holds: { steps: 30, runs: 1 },
  },
  {
    path: 'json',
    name: 'constructor.prototype with a payload',
    input: scenario({ constructor: { prototype: { polluted: 1 } } }),
    expected: 'constructor: unknown field for a scenario',
    holds: { steps: 50 },
  },
  {
    path: 'json',
    name: 'a dotted key reaching Object.prototype',
    input: scenario({ '__proto__.hasOwnProperty': 1 }),
    expected: '__proto__.hasOwnProperty: unknown field for a scenario',
    holds: { steps: 50, runs: 1 },
  },
  {
    path: 'json',
    name: 'a dotted key reaching Object.prototype from a run',
    input: run({ 'constructor.prototype.toString': 1 }),
    expected: 'optimizers[0].constructor.prototype.toString: unknown field',
    holds: { steps: 50, runs: 1 },
  },
  {
    path: 'json',
    name: 'an inherited name as a run’s field',
    input: run({ toString: 1 }),
    expected: 'optimizers[0].toString: unknown field (adam takes',
    holds: { runs: 1 },
  },
  {
    path: 'json',
    name: 'markup in a label stays text',
    input: run({ label: `<img src=x onerror=${PWN}>` }),
    expected: null,
    holds: { label: `<img src=x onerror=${PWN}>` },
  },
  {
    path: 'json',
    name: 'a 10⁶-character label',
    input: run({ label: MILLION.slice(0, 900_000) }),
    expected: 'optimizers[0].label: must be text of at most 60 characters, got "aaaa',
  },
  {
    path: 'json',
    name: 'javascript: as a colour',
    input: run({ color: `javascript:${PWN}` }),
    expected: 'optimizers[0].color: must be a colour like "#0072b2"',
  },
  {
    path: 'json',
    name: 'a formula that tries to reach Function',
    input: scenario({
      problem: { type: 'expression', expr: `constructor.constructor("${PWN}")()` },
    }),
    expected: 'problem.expr: A lone "." is not a number (at character 12',
    holds: { problem: 'rosenbrock', steps: 50, runs: 1 },
  },
  {
    path: 'json',
    name: 'a hundred runs',
    input: scenario({ optimizers: Array.from({ length: 100 }, () => ({ type: 'gd', lr: 0.1 })) }),
    expected: 'optimizers: must hold 1 to 8 optimizers, got 100; the first 8 are shown',
    holds: { runs: 8 },
  },
];

const formula: HostileCase[] = [
  {
    path: 'formula',
    name: 'constructor.constructor(…)()',
    input: `constructor.constructor("${PWN}")()`,
    expected: 'A lone "." is not a number',
  },
  { path: 'formula', name: 'this', input: 'this', expected: 'Unknown name "this"' },
  { path: 'formula', name: 'window', input: 'window', expected: 'Unknown name "window"' },
  {
    path: 'formula',
    name: 'a member access',
    input: 'window.__pwned',
    expected: 'A lone "." is not a number',
  },
  {
    path: 'formula',
    name: 'constructor',
    input: 'constructor(x)',
    expected: 'Unknown name "constructor"; use x, y, pi, e or a function like sin(…)',
  },
  { path: 'formula', name: 'eval(1)', input: 'eval(1)', expected: 'Unknown name "eval"' },
  {
    path: 'formula',
    name: 'x.__proto__',
    input: 'x.__proto__',
    expected: 'A lone "." is not a number',
  },
  {
    path: 'formula',
    name: '__proto__',
    input: '__proto__ * x',
    expected: 'Unknown name "__proto__"',
  },
  {
    path: 'formula',
    name: 'a template literal',
    input: '${x}',
    expected: 'Unexpected character "$"',
  },
  { path: 'formula', name: 'backticks', input: '`x`', expected: 'Unexpected character "`"' },
  { path: 'formula', name: '</script>', input: '</script>', expected: 'Unexpected character "<"' },
  {
    path: 'formula',
    name: 'an img tag',
    input: `<img src=x onerror=${PWN}>`,
    expected: 'Unexpected character "<"',
  },
  {
    path: 'formula',
    name: 'javascript:',
    input: 'javascript:x',
    expected: 'Unexpected character ":"',
  },
  {
    path: 'formula',
    name: '10⁴ nested parentheses',
    input: `${'('.repeat(10_000)}x${')'.repeat(10_000)}`,
    expected: 'The formula is longer than 500 characters',
  },
  {
    path: 'formula',
    name: '100 nested parentheses (within the length)',
    input: `${'('.repeat(100)}x${')'.repeat(100)}`,
    expected: 'The formula is nested too deeply (over 64)',
  },
  {
    path: 'formula',
    name: '300 unary minus signs',
    input: `${'-'.repeat(300)}x`,
    expected: 'The formula is nested too deeply (over 64)',
  },
  {
    path: 'formula',
    name: 'a tower of powers',
    input: `${'x^'.repeat(200)}x`,
    expected: 'The formula is nested too deeply (over 64)',
  },
  {
    path: 'formula',
    name: '501 characters',
    input: `${'x+'.repeat(250)}x`,
    expected: 'The formula is longer than 500 characters',
  },
  {
    path: 'formula',
    name: '10⁶ characters',
    input: 'x'.repeat(1_000_000),
    expected: 'The formula is longer than 500 characters',
  },
  {
    path: 'formula',
    name: 'a Cyrillic х that looks like x',
    input: 'х^2 + y^2',
    expected: 'Unexpected character "х" (U+0445, not the letter x)',
  },
  {
    path: 'formula',
    name: 'a Greek ο that looks like o, in cos',
    input: 'cοs(x)',
    expected: 'Unexpected character "ο" (U+03BF, not the letter o)',
  },
  {
    path: 'formula',
    name: 'a right-to-left mark',
    input: 'x\u200f + y',
    expected: 'Unexpected invisible character U+200F',
  },
  {
    path: 'formula',
    name: 'a right-to-left override',
    input: '\u202ex + y',
    expected: 'Unexpected invisible character U+202E',
  },
  {
    path: 'formula',
    name: 'NUL',
    input: 'x\u0000',
    expected: 'Unexpected invisible character U+0000',
  },
  {
    path: 'formula',
    name: 'full-width parentheses',
    input: '（x）',
    expected: 'Unexpected character "（" (U+FF08)',
  },
  {
    path: 'formula',
    name: 'an emoji',
    input: 'x + 😀',
    expected: 'Unexpected character "😀" (U+1F600)',
  },
  { path: 'formula', name: '1e309', input: '1e309 * x', expected: 'Number 1e309 is too large' },
  { path: 'formula', name: 'NaN', input: 'NaN', expected: 'Unknown name "NaN"' },
  { path: 'formula', name: 'Infinity', input: 'Infinity * x', expected: 'Unknown name "Infinity"' },
  {
    path: 'formula',
    name: 'a typographic minus and a times sign are accepted',
    input: 'x × y − 1',
    expected: null,
  },
];

const number: HostileCase[] = [
  {
    path: 'number',
    name: 'α: NaN',
    field: 'lr',
    input: 'NaN',
    expected: 'Enter a number like 0.001 or 1e-3',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'α: Infinity',
    field: 'lr',
    input: 'Infinity',
    expected: 'Enter a number like 0.001 or 1e-3',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'α: 1e309',
    field: 'lr',
    input: '1e309',
    expected: 'Needs 0 ≤ α ≤ 1e4',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'α: -1e309',
    field: 'lr',
    input: '-1e309',
    expected: 'Needs 0 ≤ α ≤ 1e4',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'α: negative',
    field: 'lr',
    input: '-1',
    expected: 'Needs 0 ≤ α ≤ 1e4',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'α: negative with a true minus sign',
    field: 'lr',
    input: '−0.5',
    expected: 'Needs 0 ≤ α ≤ 1e4',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'α: −0 is 0',
    field: 'lr',
    input: '-0',
    expected: null,
    holds: { value: 0 },
  },
  {
    path: 'number',
    name: 'α: 1e-400 underflows to 0',
    field: 'lr',
    input: '1e-400',
    expected: null,
    holds: { value: 0 },
  },
  {
    path: 'number',
    name: 'α: empty',
    field: 'lr',
    input: '',
    expected: 'Enter a number like 0.001 or 1e-3',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'α: markup',
    field: 'lr',
    input: `<img src=x onerror=${PWN}>`,
    expected: 'Enter a number like 0.001 or 1e-3',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'α: a template literal',
    field: 'lr',
    input: '${1}',
    expected: 'Enter a number like 0.001 or 1e-3',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'α: hex',
    field: 'lr',
    input: '0x10',
    expected: 'Enter a number like 0.001 or 1e-3',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'α: 10⁶ characters',
    field: 'lr',
    input: MILLION,
    expected: 'Enter a number like 0.001 or 1e-3',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'α: 10⁵ digits then a letter (no regex backtracking)',
    field: 'lr',
    input: `${'1'.repeat(100_000)}x`,
    expected: 'Enter a number like 0.001 or 1e-3',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'β1: 1',
    field: 'beta1',
    input: '1',
    expected: 'Needs 0 ≤ β1 < 1',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'β1: 1.5',
    field: 'beta1',
    input: '1.5',
    expected: 'Needs 0 ≤ β1 < 1',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'ε: 0 is valid',
    field: 'eps',
    input: '0',
    expected: null,
    holds: { value: 0 },
  },
  {
    path: 'number',
    name: 'ε: negative',
    field: 'eps',
    input: '-1e-8',
    expected: 'Needs 0 ≤ ε ≤ 1e4',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'steps: 10⁹ are lowered to 10⁶, and said so',
    field: 'steps',
    input: '1e9',
    expected: 'Steps run from 1 to 1,000,000: 1e9 became 1,000,000',
    holds: { value: 1_000_000 },
  },
  {
    path: 'number',
    name: 'steps: 10⁶ are allowed',
    field: 'steps',
    input: '1000000',
    expected: null,
    holds: { value: 1_000_000 },
  },
  {
    path: 'number',
    name: 'steps: 0',
    field: 'steps',
    input: '0',
    expected: 'Steps run from 1 to 1,000,000: 0 became 1',
    holds: { value: 1 },
  },
  {
    path: 'number',
    name: 'steps: -1e309',
    field: 'steps',
    input: '-1e309',
    expected: 'Enter a whole number of steps from 1 to 1,000,000',
    holds: { refused: true },
  },
  {
    path: 'number',
    name: 'steps: a fraction',
    field: 'steps',
    input: '2.5',
    expected: 'Steps run from 1 to 1,000,000: 2.5 became 3',
    holds: { value: 3 },
  },
];

const csvHeader = 'x,y\n';
const csv: HostileCase[] = [
  {
    path: 'csv',
    name: 'formula injection in a value',
    kind: 'regression',
    input: `${csvHeader}=cmd|' /C calc'!A0,1\n1,2\n3,4`,
    expected: `line 2: column 1 is "=cmd|' /C calc'!A0", not a number`,
    holds: { refused: true },
  },
  {
    path: 'csv',
    name: 'formula injection as the header is only a header',
    kind: 'regression',
    input: `=HYPERLINK("http://x"),@SUM(1+1)\n1,2\n3,4`,
    expected: 'line 1 read as a header: =HYPERLINK("http://x"), @SUM(1+1)',
    holds: { points: 2 },
  },
  {
    path: 'csv',
    name: 'markup as the header',
    kind: 'regression',
    input: `<img src=x onerror=${PWN}>,y\n1,2\n3,4`,
    expected: `line 1 read as a header: <img src=x onerror=${PWN}>, y`,
    holds: { points: 2 },
  },
  {
    path: 'csv',
    name: '10⁵ rows',
    kind: 'regression',
    input: csvHeader + '0.1,0.2\n'.repeat(100_000),
    expected: 'the text is 800,004 characters long; at most 200,000 are read',
    holds: { refused: true },
  },
  {
    path: 'csv',
    name: '2,001 rows',
    kind: 'regression',
    input: csvHeader + '1,2\n'.repeat(2001),
    expected: 'more than 2,000 points; keep at most that many',
    holds: { refused: true },
  },
  {
    path: 'csv',
    name: 'binary bytes',
    kind: 'regression',
    input: '\u0000\u0001\u0002\u00ff\ufffd\n\u0003\u0004',
    expected: 'line 2: expected 2 values (x, y), found 1',
    holds: { refused: true },
  },
  {
    path: 'csv',
    name: 'a wrong delimiter',
    kind: 'regression',
    input: '1|2\n3|4\n5|6',
    expected: 'line 2: expected 2 values (x, y), found 1',
    holds: { refused: true },
  },
  {
    path: 'csv',
    name: 'NaN',
    kind: 'regression',
    input: `${csvHeader}NaN,1\n1,2`,
    expected: 'line 2: column 1 is "NaN", not a finite number',
    holds: { refused: true },
  },
  {
    path: 'csv',
    name: '1e309 and -1e309',
    kind: 'regression',
    input: `${csvHeader}1e309,1\n-1e309,2`,
    expected: 'line 2: column 1 is 1e309, larger than 1e+6 in size',
    holds: { refused: true },
  },
  {
    path: 'csv',
    name: '1e-400 and -0 are 0',
    kind: 'regression',
    input: `${csvHeader}1e-400,1\n-0,2`,
    expected: 'line 1 read as a header: x, y',
    holds: { points: 2 },
  },
  {
    path: 'csv',
    name: 'a 190,000-digit number (the message is cut)',
    kind: 'regression',
    input: `${csvHeader}${'9'.repeat(190_000)},1\n1,2`,
    expected:
      'line 2: column 1 is 99999999999999999999999999999999999999…, larger than 1e+6 in size',
    holds: { refused: true },
  },
  {
    path: 'csv',
    name: '190,000 digits then a letter (no regex backtracking)',
    kind: 'regression',
    input: `${csvHeader}${'1'.repeat(190_000)}x,1\n1,2`,
    expected: 'line 2: column 1 is "11111111111111111111111111111111111111…", not a number',
    holds: { refused: true },
  },
  {
    path: 'csv',
    name: 'a 190,000-character header (the warning is cut)',
    kind: 'regression',
    input: `${'h'.repeat(190_000)},y\n1,2\n3,4`,
    expected: /^line 1 read as a header: h{30,60}…, y$/,
    holds: { points: 2 },
  },
  {
    path: 'csv',
    name: 'a label that is not 0 or 1',
    kind: 'classification',
    input: 'x1,x2,label\n0,0,0\n1,1,2',
    expected: 'line 3: label must be 0 or 1, not 2',
    holds: { refused: true },
  },
  {
    path: 'csv',
    name: 'prototype names as the header',
    kind: 'regression',
    input: '__proto__,constructor\n1,2\n3,4',
    expected: 'line 1 read as a header: __proto__, constructor',
    holds: { points: 2 },
  },
];

const cli: HostileCase[] = [
  {
    path: 'cli',
    name: 'no arguments',
    input: [],
    expected: 'descent: usage: descent run FILE|-|LINK [--format json|csv] [--summary]',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: 'an unknown command',
    input: ['frobnicate'],
    expected: 'descent: unknown command "frobnicate"; usage:',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: '--steps abc',
    input: ['run', '{file}', '--steps', 'abc'],
    file: scenario({}),
    expected: 'descent: unknown option --steps; usage:',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: 'a bad --format',
    input: ['run', '{file}', '--format', '$(touch /tmp/pwned)'],
    file: scenario({}),
    expected: 'descent: --format: must be json or csv, got $(touch /tmp/pwned)',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: 'a missing file',
    input: ['run', '/nonexistent/descent.json'],
    expected: 'descent: /nonexistent/descent.json: no such file',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: 'a directory',
    input: ['run', '/tmp'],
    expected: 'descent: /tmp: is a directory',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: 'two files',
    input: ['run', 'a.json', 'b.json'],
    expected: 'descent: one scenario at a time, got "a.json" and "b.json"',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: 'not JSON on stdin',
    input: ['run', '-'],
    stdin: '{oops',
    expected: 'descent: stdin: not valid JSON',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: '10⁹ steps in a file',
    input: ['run', '{file}'],
    file: scenario({ steps: 1e9 }),
    expected: 'descent: steps: must be at least 1 and at most 1000000, got 1000000000',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: 'a dotted key reaching Object.prototype in a file',
    input: ['run', '{file}'],
    file: scenario({ '__proto__.hasOwnProperty': 1 }),
    expected: 'descent: __proto__.hasOwnProperty: unknown field for a scenario',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: 'negative α in a file',
    input: ['run', '{file}'],
    file: run({ lr: -1 }),
    expected: 'descent: optimizers[0].lr: must be at least 0 and at most 10000, got -1',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: 'lists nested 10⁵ levels deep in a file',
    input: ['run', '{file}'],
    file: `{"problem":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    expected: 'descent: problem: must be an object, got [object Array]',
    holds: { exitCode: 2 },
  },
  {
    path: 'cli',
    name: 'a byte-order mark before valid JSON',
    input: ['run', '{file}', '--summary'],
    file: `\uFEFF${scenario({ steps: 5 })}`,
    expected: null,
    holds: { exitCode: 0 },
  },
  {
    path: 'cli',
    name: 'a link with bad values runs what the app shows, with warnings',
    input: ['run', '?n=abc&o=adam(lr=-1)&p=%3Cscript%3E', '--summary'],
    expected: 'descent: warning: n: must be a number of steps; ignored',
    holds: { exitCode: 0 },
  },
  {
    path: 'cli',
    name: 'a link with malformed percent-encoding',
    input: ['run', 'https://example.org/?o=adam(label=%E0%A4%A)&n=%FF', '--summary'],
    expected: 'descent: warning: n: must be a number of steps; ignored',
    holds: { exitCode: 0 },
  },
  {
    path: 'cli',
    name: 'a link with 10⁹ steps is clamped, with a warning',
    input: ['run', '?n=1000000000&o=gd(lr=0.001)', '--summary'],
    expected:
      'descent: warning: n: must be at least 1 and at most 1000000, got 1000000000; clamped to 1000000',
    holds: { exitCode: 0 },
  },
  {
    path: 'cli',
    name: 'javascript: reads as a link naming nothing known: the first view, with a warning',
    input: ['run', `javascript:${PWN}`, '--summary'],
    expected:
      'descent: warning: javascript:window.__pwn…: is not a parameter Descent knows; ignored',
    holds: { exitCode: 0 },
  },
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
