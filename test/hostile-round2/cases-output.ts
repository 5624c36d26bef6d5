/**
 * Issue 23, classes 3, 4 and 9 (what Descent writes). The CLI cases are part of the table of
 * test/hostile-cases.ts; cases-output.test.ts also runs them in-process, and the export cases.
 *
 * - OUTPUT_CLI_CASES are `cli` cases as the table has them: the message is the CLI's stderr, in
 *   which every control character, line break and bidi control of an echoed fragment is an
 *   escape (`\x1b`, `\n`, `\u202e`; fragments a validator quotes as JSON keep JSON's `\u001b`).
 * - EXPORT_CASES are a new path, `export`: a run's label, and what the trajectories CSV (the app's
 *   and the CLI's), the SVG legend and the JSON hold for it.
 */
import type { HostileCase } from '../hostile-cases';
import { scenarioJson } from '../hostile-scenario';
import { cliCase } from './case-builders';

/** A scenario file of 5 steps with `patch` applied. */
const scenario = (patch: Record<string, unknown>): string => scenarioJson(patch, 5);

const NOT_A_PARAMETER = 'is not a parameter Descent knows; ignored';

export const OUTPUT_CLI_CASES: (HostileCase & { path: 'cli' })[] = [
  cliCase(
    'clear-screen escape in a link key',
    ['run', '?v=1&n=5&%1B%5B2J=1', '--summary'],
    `descent: warning: \\x1b[2J: ${NOT_A_PARAMETER}`,
    0,
  ),
  cliCase(
    'a terminal-title escape (OSC … BEL) in a link key',
    ['run', '?v=1&n=5&%1B%5D0%3Bpwned%07=1', '--summary'],
    `descent: warning: \\x1b]0;pwned\\x07: ${NOT_A_PARAMETER}`,
    0,
  ),
  cliCase(
    'a newline in a link key cannot forge a line of its own',
    ['run', '?v=1&n=5&x%0Adescent:%20all%20good=1', '--summary'],
    `descent: warning: x\\ndescent: all good: ${NOT_A_PARAMETER}`,
    0,
  ),
  cliCase(
    'a carriage return in a link key cannot overwrite the line',
    ['run', '?v=1&n=5&a%0Db=1', '--summary'],
    `descent: warning: a\\rb: ${NOT_A_PARAMETER}`,
    0,
  ),
  cliCase(
    'an escape in an optimizer type',
    ['run', '?v=1&n=5&o=sgd%1B%5B2J', '--summary'],
    /^descent: warning: o \(run 1\) type: must be one of .*; got "sgd\\u001b\[2J"; run 1 left out$/,
    0,
  ),
  cliCase(
    'a right-to-left override in a problem name',
    ['run', '?v=1&n=5&p=%E2%80%AEkcabkcab', '--summary'],
    /^descent: warning: p name: must name a built-in function \(.*\); got "\\u202ekcabkcab"; the default problem is shown$/,
    0,
  ),
  cliCase(
    'a C1 control-sequence introducer (U+009B) as the command',
    ['\u009b2J'],
    'descent: unknown command "\\x9b2J"; usage: descent run FILE|-|LINK',
    2,
  ),
  cliCase(
    'a bidi override in --format',
    ['run', 'x.json', '--format', '\u202ecsv'],
    'descent: --format: must be json or csv, got \\u202ecsv',
    2,
  ),
  cliCase(
    'a file name with an escape and a newline',
    ['run', '/nonexistent/a\u001b[2Jb\nc.json'],
    'descent: /nonexistent/a\\x1b[2Jb\\nc.json: no such file',
    2,
  ),
  cliCase(
    'an escape as a field name in a file',
    ['run', '{file}'],
    'descent: \\x1b[2J: unknown field for a scenario',
    2,
    { file: scenario({ '\u001b[2J': 1 }) },
  ),
  cliCase(
    'an escape and a newline as a number in a file',
    ['run', '{file}'],
    'descent: optimizers[0].lr: must be a number, got "\\u001b[31m\\n"',
    2,
    { file: scenario({ optimizers: [{ type: 'adam', lr: '\u001b[31m\n' }] }) },
  ),
];

/** A run label and what each export holds for it. */
export interface ExportCase {
  path: 'export';
  name: string;
  label: string;
  /** The label's cell as written in a CSV row (between the commas), app and CLI alike. */
  csvCell: string;
  /** The label's text in the SVG legend, as an XML parser reads it. */
  svgText: string;
  /** The label in the JSON, once parsed. */
  jsonLabel: string;
}

const FFFD = '\uFFFD';

export const EXPORT_CASES: ExportCase[] = [
  {
    path: 'export',
    name: 'the issue’s HYPERLINK formula',
    label: '=HYPERLINK("http://x","y")',
    csvCell: `"'=HYPERLINK(""http://x"",""y"")"`,
    svgText: '=HYPERLINK("http://x","y")',
    jsonLabel: '=HYPERLINK("http://x","y")',
  },
  {
    // A CSV cell is one line (src/export/safe-text.ts, csvText): the line break becomes a space,
    // and " =1+1" is still prefixed as a formula.
    path: 'export',
    name: 'a leading carriage return',
    label: '\r=1+1',
    csvCell: `"' =1+1"`,
    svgText: '\r=1+1',
    jsonLabel: '\r=1+1',
  },
  {
    path: 'export',
    name: 'a DDE command',
    label: "=cmd|' /C calc'!A0",
    csvCell: `"'=cmd|' /C calc'!A0"`,
    svgText: "=cmd|' /C calc'!A0",
    jsonLabel: "=cmd|' /C calc'!A0",
  },
  ...(
    [
      ['a leading +', '+1+1'],
      ['a leading - (text, not a number we wrote)', '-2+3'],
      ['a leading @', '@SUM(A1:A9)'],
      ['a leading tab', '\t=1+1'],
      ['a formula after a space', ' =1+1'],
      ['a full-width equals sign', '＝1+1'],
    ] as const
  ).map(([name, label]): ExportCase => ({
    path: 'export',
    name,
    label,
    csvCell: `"'${label}"`,
    svgText: label,
    jsonLabel: label,
  })),
  ...(
    [
      ['U+0001 (the issue’s a%01b)', 'a\u0001b'],
      ['U+001B (escape)', 'a\u001bb'],
      ['U+000B (vertical tab)', 'a\u000bb'],
      ['U+FFFE', 'a\ufffeb'],
      ['U+FFFF', 'a\uffffb'],
    ] as const
  ).map(([name, label]): ExportCase => ({
    path: 'export',
    name: `${name} in a label`,
    label,
    csvCell: `a${FFFD}b`,
    svgText: `a${FFFD}b`,
    jsonLabel: label,
  })),
  {
    path: 'export',
    name: 'a lone surrogate in a label',
    label: 'a\ud800b',
    csvCell: `a${FFFD}b`,
    svgText: `a${FFFD}b`,
    jsonLabel: `a${FFFD}b`,
  },
  {
    path: 'export',
    name: 'a C1 control (CSI) in a label',
    label: 'a\u009b2Jb',
    csvCell: `a${FFFD}2Jb`,
    svgText: 'a\u009b2Jb',
    jsonLabel: 'a\u009b2Jb',
  },
  {
    path: 'export',
    name: 'a comma and quotes, and a leading quote, are text',
    label: `'Adam, "fast"`,
    csvCell: `"'Adam, ""fast"""`,
    svgText: `'Adam, "fast"`,
    jsonLabel: `'Adam, "fast"`,
  },
];
