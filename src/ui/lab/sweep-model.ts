/**
 * What a run's sweep depends on (its cache key), and the fair comparison: each run's best α
 * from its sweep, the patches that set it, and the sentence that says what was done.
 */
import { OPTIMIZER_TITLES } from '../../core/optimizers';
import { bestLrIndex, type SweepPoint } from '../../core/sweep';
import type { OptimizerSpec, Scenario } from '../../scenario/types';
import { t } from '../../i18n';
import { optimizerTitle, runDisplayName, TUNED_SUFFIX } from '../../i18n/text';

/** Fields of a run that do not change its sweep: α is the swept variable, the rest is paint. */
const NOT_SWEPT = new Set(['lr', 'label', 'color', 'hidden']);

/** JSON with object keys sorted, so that equal specs give equal text whatever their key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The key of run `runIndex`'s sweep over `lrs`: everything its values depend on (problem,
 * start, steps, seed, the run's other hyperparameters and schedule, the grid) and nothing else,
 * so that moving this run's α, recolouring, renaming or hiding it keeps its sweep.
 */
export function sweepKey(scenario: Scenario, runIndex: number, lrs: readonly number[]): string {
  const spec = scenario.optimizers[runIndex];
  const swept = spec
    ? Object.fromEntries(Object.entries(spec).filter(([k]) => !NOT_SWEPT.has(k)))
    : null;
  return stableJson({
    problem: scenario.problem,
    start: scenario.start,
    steps: scenario.steps,
    seed: scenario.seed,
    spec: swept,
    lrs,
  });
}

/** Marks a name the fair comparison gave (and may give again); defined beside runDisplayName. */
export { TUNED_SUFFIX };

/** The run's name as shown (runDisplayName: its label, an automatic one translated, or its type). */
export function runName(spec: OptimizerSpec): string {
  return runDisplayName(spec);
}

/**
 * The label a tuned run gets: "Adam · tuned α" when it has no label of its own or one that an
 * earlier tuning gave; a label the user wrote is theirs and stays.
 */
export function tunedLabel(spec: OptimizerSpec): string {
  if (spec.label !== undefined && !spec.label.endsWith(TUNED_SUFFIX)) return spec.label;
  return OPTIMIZER_TITLES[spec.type] + TUNED_SUFFIX;
}

/**
 * The label after α was set by hand: a "· tuned α" suffix no longer holds, so an automatic
 * "Adam · tuned α" goes (back to the type's title); a label the user wrote stays.
 */
export function untunedLabel(spec: OptimizerSpec): string | undefined {
  return spec.label === OPTIMIZER_TITLES[spec.type] + TUNED_SUFFIX ? undefined : spec.label;
}

/**
 * An α as the lab writes it: three significant digits, exponent form below 0.001 ("2.15e-4"), plain above ("0.00215"),
 * as the hyperparameter fields accept it.
 *
 * @example formatLr(0.000215) // → "2.15e-4"
 */
export function formatLr(lr: number): string {
  if (lr !== 0 && Math.abs(lr) < 1e-3) {
    return lr
      .toExponential(2)
      .replace(/\.?0+e/, 'e')
      .replace('e+', 'e');
  }
  return String(Number(lr.toPrecision(3)));
}

/** One run's outcome of the fair comparison. */
export interface TuneStep {
  index: number;
  /** The name it had before (without a tuned suffix), for the message. */
  name: string;
  /** The patch to apply, or null when every α diverged (the run keeps its α). */
  patch: Pick<OptimizerSpec, 'lr' | 'label'> | null;
}

/** The tuning of every run whose sweep is complete, and a message saying what was done. */
export function tunePlan(
  optimizers: readonly OptimizerSpec[],
  sweeps: readonly (readonly (SweepPoint | undefined)[] | null)[],
): { steps: TuneStep[]; message: string } {
  const steps: TuneStep[] = [];
  optimizers.forEach((spec, index) => {
    const points = sweeps[index];
    if (!points) return;
    // An automatic "Adam · tuned α" is named by its type, in the language shown.
    const name = (untunedLabel(spec) ?? optimizerTitle(spec.type)).replace(TUNED_SUFFIX, '');
    const best = bestLrIndex(points);
    steps.push({
      index,
      name,
      patch: best === null ? null : { lr: points[best]!.lr, label: tunedLabel(spec) },
    });
  });
  const parts = steps.map((s) =>
    s.patch
      ? t('sweep.tunedRun', { name: s.name, lr: formatLr(s.patch.lr) })
      : t('sweep.tunedDiverged', { name: s.name }),
  );
  const message = parts.length
    ? t('sweep.tunedMessage', { runs: parts.join(t('sweep.tunedJoin')) })
    : '';
  return { steps, message };
}
