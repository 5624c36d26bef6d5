/**
 * Class 4 of issue 23: the CLI echoed control characters. For any text in a link, a file name or
 * an argument, every line the command line writes on stderr starts with `descent:` and holds no
 * control character, lone surrogate, line separator or bidi control (they are written as
 * escapes: `\x1b`, `\n`, `\u202e`); a failure is exactly one line. The command runs in-process
 * (runCommand) over generated inputs, and as a child process for a few cases, as users run it.
 */
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { stderrLine } from '../../src/cli/format';
import { hostileText } from './hostile-text';

/** Whether a terminal could act on code point `cp`, or draw it as a line break or reordering. */
function unsafeForTerminal(cp: number): boolean {
  return (
    cp <= 0x1f ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0xd800 && cp <= 0xdfff) ||
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}

/** Every stderr line starts with `descent: ` and holds nothing a terminal acts on. */
function expectSafeStderr(stderr: string): string[] {
  expect(stderr === '' || stderr.endsWith('\n')).toBe(true);
  const lines = stderr.split('\n').slice(0, -1);
  for (const line of lines) {
    expect(line.startsWith('descent: ')).toBe(true);
    for (const char of line) expect(unsafeForTerminal(char.codePointAt(0)!)).toBe(false);
  }
  return lines;
}

/** Ways to put a text into the command line: link keys and values, file names, arguments. */
const PLACES: ((text: string) => string[])[] = [
  (text) => ['run', `?v=1&n=3&${text}=1`, '--summary'],
  (text) => ['run', `?v=1&n=3&o=${text}`, '--summary'],
  (text) => ['run', `?v=1&n=3&p=${text}`, '--summary'],
  (text) => ['run', `?v=1&n=3&o=adam(lr=${text})`, '--summary'],
  (text) => ['run', `?v=1&n=3&o=adam(${text}=1)`, '--summary'],
  (text) => ['run', `?v=1&n=3&x0=${text}`, '--summary'],
  (text) => ['run', `https://x.example/?v=1&n=${text}`, '--summary'],
  (text) => ['run', `/nonexistent/${text}.json`],
  (text) => ['run', '/nonexistent.json', '--format', text],
  (text) => ['run', '/nonexistent.json', `--${text}`],
  (text) => [text],
];

describe('the CLI escapes what it echoes (issue 23, class 4)', () => {
  it('stderrLine: any message is one line starting `descent: `, with nothing a terminal acts on', () => {
    fc.assert(
      fc.property(hostileText(12), (message) => {
        expect(expectSafeStderr(stderrLine(message))).toHaveLength(1);
      }),
      { numRuns: 3000 },
    );
  });

  it('for any text in a link, a file name or an argument, stderr lines are safe', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PLACES.length - 1 }), hostileText(), (place, text) => {
        const { code, stderr } = runCli(PLACES[place]!(text));
        const lines = expectSafeStderr(stderr);
        if (code !== 0) expect(lines).toHaveLength(1);
      }),
      { numRuns: 600 },
    );
  });

  it('as a child process: clear-screen, newline and bidi override come out escaped', () => {
    const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const run = (args: string[]) =>
      spawnSync(TSX, ['src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 30_000 });

    const clear = run(['run', '?v=1&n=3&%1B%5B2J=1&%0Adescent:%20ok=1', '--summary']);
    expect(clear.status).toBe(0);
    expect(expectSafeStderr(clear.stderr)).toEqual([
      'descent: warning: \\x1b[2J: is not a parameter Descent knows; ignored',
      'descent: warning: \\ndescent: ok: is not a parameter Descent knows; ignored',
    ]);

    const file = run(['run', '/nonexistent/a\u001b]0;x\u0007\u202egnp.exe\nb.json']);
    expect(file.status).toBe(2);
    expect(file.stdout).toBe('');
    expect(expectSafeStderr(file.stderr)).toEqual([
      'descent: /nonexistent/a\\x1b]0;x\\x07\\u202egnp.exe\\nb.json: no such file',
    ]);
  });
});
