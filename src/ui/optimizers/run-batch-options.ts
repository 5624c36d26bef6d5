/**
 * The entries of a run card's batch select (docs/scenario.md, `optimizers[i].batchSize`): the
 * problem's own setting first, then the sizes the problem's own batch menu offers below n, then
 * the full batch (n). Pure, so the menu is tested without React.
 */
import { isRegression, type ProblemSpec } from '../../kinds/registry';
import { runBatchLimit } from '../../scenario/run-batch';
import { BATCH_SIZES, MODEL_BATCH_SIZES } from '../problems/batch-sizes';

/** One entry: `size` undefined is the problem's; `label` as the select shows it. */
export interface RunBatchOption {
  size: number | undefined;
  label: string;
}

/** The words of the entries, in the language shown (src/i18n/en-runs.ts `runs.batch`). */
export interface RunBatchWords {
  problems(size: string): string;
  one: string;
  full(n: number): string;
}

/**
 * The select's entries for a run on `problem` whose own size is `current`; null where the
 * problem has no data (a function: no batches to choose). A size set by a link that the menu
 * lacks is listed too, so the select shows what the run does.
 */
export function runBatchOptions(
  problem: ProblemSpec,
  current: number | undefined,
  words: RunBatchWords,
): RunBatchOption[] | null {
  const n = runBatchLimit(problem);
  if (n === null) return null;
  const menu = isRegression(problem) ? BATCH_SIZES : MODEL_BATCH_SIZES;
  const sizes = new Set(menu.filter((size) => size < n));
  if (current !== undefined && current < n) sizes.add(current);
  const own = 'batchSize' in problem ? problem.batchSize : undefined;
  const label = (size: number) =>
    size >= n ? words.full(n) : size === 1 ? words.one : String(size);
  return [
    { size: undefined, label: words.problems(label(own ?? n)) },
    ...[...sizes].sort((a, b) => a - b).map((size) => ({ size, label: label(size) })),
    { size: n, label: label(n) },
  ];
}
