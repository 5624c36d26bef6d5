/** `descent …args` run in-process, its output collected: what the CLI's tests share. */
import { runCommand } from '../../src/cli/command';

export function runCli(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCommand(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}
