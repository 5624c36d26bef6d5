/**
 * The headless command line over the core (main.ts runs it on the process):
 *   npm run --silent cli -- run FILE|LINK [--format json|csv] [--summary] [--curvature
 *     [--curvature-every K]]
 *   npm run --silent cli -- export --target pytorch|numpy [--lang en|zh] FILE|LINK
 * `export` prints the scenario as a Python script (src/export/code, docs/code-export.md).
 * FILE is a scenario JSON file, or `-` for stdin. Bad input exits with code 2, prints nothing on
 * stdout and one line on stderr naming the field and the reason. Every stderr line starts with
 * `descent:` and has what it quotes escaped (stderrLine in format.ts).
 * LINK is a link of the app (`https://…/?v=1&o=…`) or its query string (`?v=1&o=…`): the CLI
 * computes exactly what the link shows, reading it as leniently as the app does; what the app
 * would list as ignored is printed on stderr as warnings (docs/links.md).
 * Output goes through `io`, so tests run the command in-process over many inputs.
 */
import { existsSync, readFileSync } from 'node:fs';
// Every type's rule at hand: Node loads nothing on demand (src/core/optimizers/all-rules.ts).
import '../core/optimizers/all-rules';
import { run, runSettings } from '../core/run';
import { buildProblem } from '../core/problems';
import {
  CURVATURE_DEFAULTS,
  curvatureOfRun,
  type RunCurvature,
} from '../core/curvature/run-curvature';
import {
  CODE_LANGUAGES,
  CODE_TARGETS,
  exportCode,
  type CodeLanguage,
  type CodeTarget,
} from '../export/code';
import { formatIssue, validateScenario } from '../scenario/validate';
import { formatCsv, formatJson, formatSummary, stderrLine } from './format';
import { decodeLink } from '../url/codec';
import type { Scenario } from '../scenario/types';

const USAGE =
  'usage: descent run FILE|-|LINK [--format json|csv] [--summary] [--curvature [--curvature-every K]] | ' +
  'descent export --target pytorch|numpy [--lang en|zh] FILE|-|LINK';

/** Where the command writes: stdout and stderr. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A failure to report as one line on stderr with exit code 2. */
class InputError extends Error {}

type Options =
  | {
      command: 'run';
      file: string;
      format: 'json' | 'csv';
      summary: boolean;
      curvature: boolean;
      /** Models: curvature at every how many points (--curvature-every, default 10). */
      curvatureEvery: number;
    }
  | { command: 'export'; file: string; target: CodeTarget; language: CodeLanguage };

/** The value of `--name VALUE` or `--name=VALUE` at rest[i], checked against `choices`. */
function optionValue<T extends string>(
  rest: readonly string[],
  i: number,
  name: string,
  choices: readonly T[],
): { value: T; next: number } | null {
  const arg = rest[i]!;
  if (arg !== name && !arg.startsWith(`${name}=`)) return null;
  const value = arg === name ? rest[i + 1] : arg.slice(name.length + 1);
  if (!choices.includes(value as T))
    throw new InputError(`${name}: must be ${choices.join(' or ')}, got ${value ?? 'nothing'}`);
  return { value: value as T, next: arg === name ? i + 1 : i };
}

/** The value of `--name K` or `--name=K` at rest[i]: a whole number from 1 to 10⁶. */
function positiveInteger(
  rest: readonly string[],
  i: number,
  name: string,
): { value: number; next: number } {
  const arg = rest[i]!;
  const text = arg === name ? rest[i + 1] : arg.slice(name.length + 1);
  const value = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || !(value >= 1 && value <= 1e6))
    throw new InputError(
      `${name}: must be a whole number of steps from 1 to 1000000, got ${text ?? 'nothing'}`,
    );
  return { value, next: arg === name ? i + 1 : i };
}

function parseArgs(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'run' && command !== 'export')
    throw new InputError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  let file: string | undefined;
  let format: 'json' | 'csv' = 'json';
  let summary = false;
  let curvature = false;
  let curvatureEvery: number | undefined;
  let target: CodeTarget | undefined;
  let language: CodeLanguage = 'en';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const formatOption = command === 'run' && optionValue(rest, i, '--format', ['json', 'csv']);
    const targetOption = command === 'export' && optionValue(rest, i, '--target', CODE_TARGETS);
    const langOption = command === 'export' && optionValue(rest, i, '--lang', CODE_LANGUAGES);
    if (command === 'run' && arg === '--summary') summary = true;
    else if (command === 'run' && arg === '--curvature') curvature = true;
    else if (
      command === 'run' &&
      (arg === '--curvature-every' || arg.startsWith('--curvature-every='))
    )
      ({ value: curvatureEvery, next: i } = positiveInteger(rest, i, '--curvature-every'));
    else if (formatOption) ({ value: format, next: i } = formatOption);
    else if (targetOption) ({ value: target, next: i } = targetOption);
    else if (langOption) ({ value: language, next: i } = langOption);
    else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}; ${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new InputError(`one scenario at a time, got "${file}" and "${arg}"; ${USAGE}`);
  }
  if (file === undefined) throw new InputError(`missing FILE; ${USAGE}`);
  if (command === 'run') {
    if (curvature && (summary || format === 'csv'))
      throw new InputError(
        `--curvature: only with the JSON output (no --summary, no --format csv)`,
      );
    if (curvatureEvery !== undefined && !curvature)
      throw new InputError('--curvature-every: only with --curvature');
    return {
      command,
      file,
      format,
      summary,
      curvature,
      curvatureEvery: curvatureEvery ?? CURVATURE_DEFAULTS.every,
    };
  }
  if (target === undefined)
    throw new InputError(`--target: required, ${CODE_TARGETS.join(' or ')}; ${USAGE}`);
  return { command, file, target, language };
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (error as Error).message;
    throw new InputError(`${file}: ${reason}`);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    // A byte-order mark (Windows Notepad writes one) is not JSON, but is no reason to refuse.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(
      `${file === '-' ? 'stdin' : file}: not valid JSON (${(error as Error).message})`,
    );
  }
}

/** A link or a query string, rather than a file name. */
function isLink(argument: string): boolean {
  if (/^(?:https?:\/\/|\?)/i.test(argument)) return true;
  return argument.includes('=') && !existsSync(argument);
}

function scenarioOfLink(link: string, io: CommandIo): Scenario {
  const at = link.indexOf('?');
  const query = at < 0 ? link : link.slice(at + 1).replace(/#.*$/, '');
  const { state, notices } = decodeLink(query);
  for (const notice of notices)
    io.stderr(stderrLine(`warning: ${notice.param}: ${notice.message}`));
  return state.scenario;
}

function scenarioOfFile(file: string): Scenario {
  const validation = validateScenario(parseJson(readInput(file), file));
  if (!validation.ok) {
    const [first, ...others] = validation.errors;
    const more = others.length > 0 ? ` (and ${others.length} more)` : '';
    throw new InputError(`${formatIssue(first!)}${more}`);
  }
  return validation.scenario;
}

/**
 * Each run's curvature (issue 20, docs/curvature.md): the run replayed by the core
 * (curvatureOfRun), every point's λmax and λmin for a 2-parameter problem, every `every`-th
 * point's λmax and top 3 for a model, and the preconditioned sharpness of adaptive optimizers.
 */
function curvatureOf(scenario: Scenario, every: number): RunCurvature[] {
  const problem = buildProblem(scenario.problem);
  const settings = runSettings(scenario, problem);
  return scenario.optimizers.map((spec) => curvatureOfRun(problem, spec, settings, { every }));
}

/** The line and exit code for a failure: 2 for bad input, 1 for a fault of ours. */
function report(error: unknown, io: CommandIo): number {
  if (error instanceof InputError) {
    io.stderr(stderrLine(error.message));
    return 2;
  }
  // Still one escaped line, never a raw stack trace (DESCENT_DEBUG=1 adds the trace after it).
  io.stderr(stderrLine(`internal error: ${String(error)}`));
  if (process.env.DESCENT_DEBUG) console.error(error);
  return 1;
}

/** Runs `descent ARGS…` and returns the exit code: 0, 2 for bad input, 1 for a fault of ours. */
export function runCommand(argv: readonly string[], io: CommandIo): number {
  let output: Iterable<string>;
  try {
    const options = parseArgs(argv);
    const scenario = isLink(options.file)
      ? scenarioOfLink(options.file, io)
      : scenarioOfFile(options.file);
    if (options.command === 'export') {
      output = [exportCode(scenario, options.target, { language: options.language })];
    } else {
      const results = run(scenario);
      output = options.summary
        ? [formatSummary(results)]
        : options.format === 'csv'
          ? formatCsv(results)
          : formatJson(
              results,
              options.curvature ? curvatureOf(scenario, options.curvatureEvery) : undefined,
            );
    }
  } catch (error) {
    return report(error, io);
  }
  try {
    for (const chunk of output) io.stdout(chunk);
  } catch (error) {
    return report(error, io);
  }
  return 0;
}
