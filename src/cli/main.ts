/**
 * The entry point of the command line: `npm run --silent cli -- run FILE|-|LINK [--format
 * json|csv] [--summary]` and `… export --target pytorch|numpy [--lang en|zh] FILE|-|LINK` (the
 * command itself is command.ts).
 */
import { runCommand } from './command';
import { loadDataSets } from './data-files';

// A closed pipe (`| head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
// The shipped data sets (public/data/, about 110 KB), so that a scenario on one builds.
await loadDataSets();
process.exitCode = runCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
