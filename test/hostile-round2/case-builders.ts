/**
 * How the hostile tables write their cases (test/hostile-cases.ts, cases-output.ts): one call a
 * case, its fields in a fixed order, so that a table reads as a list of inputs and outcomes.
 * `expected` is the message shown (a substring or a pattern; null: accepted without any);
 * `holds` is what must still hold after the input (test/hostile-cases.ts, Holds).
 */
import type { HostileCase, Holds } from '../hostile-cases';

type CaseOf<P extends HostileCase['path']> = Extract<HostileCase, { path: P }>;
type Expected = string | RegExp | null;

/** `holds` only when given: a case without it has no such field. */
const holding = (holds?: Holds) => (holds ? { holds } : {});

/** A link's query string (without "?"). */
export const urlCase = (
  name: string,
  input: string,
  expected: Expected,
  holds?: Holds,
): CaseOf<'url'> => ({ path: 'url', name, input, expected, ...holding(holds) });

/** A scenario file's text, opened under `fileName` when given. */
export const jsonCase = (
  name: string,
  input: string,
  expected: Expected,
  holds?: Holds,
  fileName?: string,
): CaseOf<'json'> => ({
  path: 'json',
  name,
  input,
  expected,
  ...holding(holds),
  ...(fileName === undefined ? {} : { fileName }),
});

/** A formula typed into the editor. */
export const formulaCase = (
  name: string,
  input: string,
  expected: Expected,
  holds?: Holds,
): CaseOf<'formula'> => ({ path: 'formula', name, input, expected, ...holding(holds) });

/** Text typed into a number field. */
export const numberCase = (
  name: string,
  field: CaseOf<'number'>['field'],
  input: string,
  expected: Expected,
  holds?: Holds,
): CaseOf<'number'> => ({ path: 'number', name, field, input, expected, ...holding(holds) });

/** A CSV text pasted for a model of `kind`. */
export const csvCase = (
  name: string,
  kind: CaseOf<'csv'>['kind'],
  input: string,
  expected: Expected,
  holds?: Holds,
): CaseOf<'csv'> => ({ path: 'csv', name, kind, input, expected, ...holding(holds) });

/**
 * The CLI's arguments after `main.ts` ("{file}" stands for a file holding `more.file`), the first
 * line expected on stderr and the exit code.
 */
export const cliCase = (
  name: string,
  input: string[],
  expected: Expected,
  exitCode: number,
  more: { file?: string; stdin?: string } = {},
): CaseOf<'cli'> => ({ path: 'cli', name, input, expected, holds: { exitCode }, ...more });
