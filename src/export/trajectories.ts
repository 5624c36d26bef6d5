/**
 * Trajectories as data files. JSON is exactly the CLI's `--format json` output (src/cli/format.ts,
 * pure, reused here), so a file saved from the app and one written by `descent run LINK` compare
 * equal. CSV is one row per run and step, like the CLI's, with the run's name added; for models,
 * whose hundreds of parameters per row would make an unreadable file, the columns are the point's
 * coordinates on the landscape's 2D plane, and a comment line at the top says so.
 * Text cells go through `csvText` (safe-text.ts): no cell a spreadsheet would run as a formula.
 */
import { formatJson } from '../cli/format';
import type { RunResult } from '../core/run';
import { csvNumber as num, csvText } from './safe-text';

/** JSON of all runs, the CLI's format: `{"runs":[{"optimizer":…,"trajectory":[[x,y],…],…}]}`. */
export function trajectoriesJson(results: readonly RunResult[]): string {
  return [...formatJson(results)].join('');
}

/** What the CSV writes beside the runs. */
export interface CsvOptions {
  /** The name of each run as the app shows it. */
  names: readonly string[];
  /**
   * For a model: the runs projected on the landscape's plane (dim 2, aligned with `results`),
   * the names of its two axes, and the model's number of parameters.
   */
  plane?: { results: readonly RunResult[]; axes: readonly [string, string]; parameters: number };
  /** For a classifier: accuracy per run per step (0 … 1). */
  accuracy?: readonly Float64Array[] | null;
}

/** A column name from an axis name: `PC 1` → `pc1`, `direction 2` → `direction2`. */
function columnName(axis: string): string {
  return axis.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * One row per run and step: `run,label,optimizer,step,x,y,loss,grad_norm,lr` (and `accuracy` for
 * classifiers). `lr` is the learning rate of the step that leaves that point, empty on the last
 * point; a diverged run's rows stop at its last valid point (as in the CLI).
 */
export function* trajectoriesCsv(
  results: readonly RunResult[],
  options: CsvOptions,
): Generator<string> {
  const { plane, accuracy } = options;
  const coords = plane ? plane.axes.map(columnName) : ['x', 'y'];
  if (plane) {
    yield `# ${plane.parameters} parameters per point: the columns ${coords.join(' and ')} are each point's coordinates on the landscape's 2D plane (${plane.axes.join(', ')}), not the parameters. The JSON export holds every parameter.\n`;
  }
  const header = ['run', 'label', 'optimizer', 'step', ...coords, 'loss', 'grad_norm', 'lr'];
  if (accuracy) header.push('accuracy');
  // A 2D run that averages (ASGD, Schedule-Free: docs/optimizers.md, "Two points") adds its
  // averaged point; a model's plane has no projection of it.
  const averaging = !plane && results.some((result) => result.averaged);
  if (averaging) header.push('averaged_x', 'averaged_y');
  yield `${header.map(csvText).join(',')}\n`;
  for (let r = 0; r < results.length; r++) {
    const result = results[r]!;
    const drawn = plane ? plane.results[r] : result;
    const name = csvText(options.names[r] ?? '');
    const type = csvText(result.optimizer.type);
    const rows: string[] = [];
    for (let k = 0; k < result.loss.length; k++) {
      const x = num(drawn?.trajectory[k * 2]);
      const y = num(drawn?.trajectory[k * 2 + 1]);
      const lr = k < result.lr.length ? num(result.lr[k]) : '';
      let row = `${r},${name},${type},${k},${x},${y},${num(result.loss[k])},${num(result.gradNorm[k])},${lr}`;
      if (accuracy) row += `,${num(accuracy[r]?.[k])}`;
      if (averaging)
        row += `,${num(result.averaged?.[k * 2])},${num(result.averaged?.[k * 2 + 1])}`;
      rows.push(`${row}\n`);
    }
    yield rows.join('');
  }
}
