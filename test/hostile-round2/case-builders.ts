/**
 * How the hostile tables write their cases (test/hostile-cases.ts, cases-output.ts): one call a
 * case, its fields in a fixed order, so that a table reads as a list of inputs and outcomes.
 * `expected` is the message shown (a substring or a pattern; null: accepted without any);
 * `holds` is what must still hold after the input (test/hostile-cases.ts, Holds).
 */
import type { HostileCase, Holds } from '../hostile-cases';

type CaseOf<P extends HostileCase['path']> = Extract<HostileCase, { path: P }>;
type Expected = string | RegExp | null;

/** The fields every case has; `holds` only when given (a case without it has no such field). */
const base = <P extends string>(path: P, name: string, expected: Expected, holds?: Holds) => ({
  path,
  name,
  expected,
  ...(holds ? { holds } : {}),
});

/** A link's query string (without "?"). */
export const urlCase = (name: string, input: string, expected: Expected, holds?: Holds) =>
  ({ ...base('url', name, expected, holds), input }) satisfies CaseOf<'url'>;

/** A scenario file's text, opened under `fileName` when given. */
export const jsonCase = (
  name: string,
  input: string,
  expected: Expected,
  holds?: Holds,
  fileName?: string,
) =>
  ({
    ...base('json', name, expected, holds),
    input,
    ...(fileName === undefined ? {} : { fileName }),
  }) satisfies CaseOf<'json'>;

/** A formula typed into the editor. */
export const formulaCase = (name: string, input: string, expected: Expected, holds?: Holds) =>
  ({ ...base('formula', name, expected, holds), input }) satisfies CaseOf<'formula'>;

/** Text typed into the number field `field`. */
export const numberCase = (
  name: string,
  field: CaseOf<'number'>['field'],
  ...[input, expected, holds]: [string, Expected, Holds?]
) => ({ ...base('number', name, expected, holds), field, input }) satisfies CaseOf<'number'>;

/** A CSV text pasted for a model of `kind`. */
export const csvCase = (
  name: string,
  kind: CaseOf<'csv'>['kind'],
  ...[input, expected, holds]: [string, Expected, Holds?]
) => ({ ...base('csv', name, expected, holds), kind, input }) satisfies CaseOf<'csv'>;

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
): CaseOf<'cli'> => ({ ...base('cli', name, expected, { exitCode }), input, ...more });
