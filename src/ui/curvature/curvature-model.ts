/**
 * What the Curvature tab draws for each visible run (docs/curvature-chart.md): its curvature
 * entry, the sharpness its line shows, its stability limit per step and whether that limit is
 * drawn, where it diverged; and the hint sentences the runs call for. No DOM.
 */
import { t } from '../../i18n';
import '../../i18n/en-curvature'; // its words load with this chunk (docs/i18n.md)
import { runDisplayName } from '../../i18n/text';
import {
  limitShown,
  shownSharpness,
  type Sharpness,
  type SharpnessView,
} from '../../plot/curvature-series';
import { runColor } from '../../plot/palette';
import { stabilityLine, type StabilityLine } from '../../plot/stability-line';
import type { OptimizerSpec, Scenario } from '../../scenario/types';
import { numericKey, type RunViews } from '../../state/run-views';
import type { CurvatureEntry, CurvatureView } from './curvature-scheduler';
import { isPreconditioned } from '../../core/curvature/stability';

/** One visible run on the Curvature chart. */
export interface CurvatureRun {
  index: number;
  name: string;
  color: string;
  spec: OptimizerSpec;
  entry: CurvatureEntry;
  /** The entry is for an earlier setting of the run, shown until its new one arrives. */
  stale: boolean;
  sharpness: Sharpness;
  line: StabilityLine;
  /** Its limit bounds the sharpness shown (no limit for Lion, none on the Hessian's for Adam). */
  limitShown: boolean;
  /** Where the run diverged, from its own results once they are those of this setting. */
  divergedAt: number | null;
}

/** The visible runs of `scenario` as the chart draws them, in the runs' order. */
export function curvatureRuns(
  scenario: Scenario,
  view: CurvatureView,
  mode: SharpnessView,
  paired: RunViews,
): CurvatureRun[] {
  return scenario.optimizers.flatMap((spec, index) => {
    const shown = view.runs[index];
    if (spec.hidden || !shown) return [];
    const { entry, stale } = shown;
    const sharpness = shownSharpness(spec, mode, entry.state === 'done' ? entry.data : null);
    const line = stabilityLine(spec, scenario.steps);
    // The cross needs the run's own results for this very setting (results lag a drag).
    const result = paired.runs.find((run) => run.index === index);
    const divergedAt =
      !stale && result?.fresh && numericKey(result.spec) === numericKey(spec)
        ? result.result.divergedAt
        : null;
    return [
      {
        index,
        name: runDisplayName(spec),
        color: runColor(spec.color, index),
        spec,
        entry,
        stale,
        sharpness,
        line,
        limitShown: limitShown(line, sharpness),
        divergedAt,
      },
    ];
  });
}

/** Whether any visible run is adaptive, so that the Hessian / own switch means something. */
export function hasAdaptive(runs: readonly CurvatureRun[]): boolean {
  return runs.some((run) => isPreconditioned(run.spec.type));
}

const names = (runs: readonly CurvatureRun[]) => runs.map((run) => run.name).join(', ');

/** What the tab says besides its chart: a line under it, and the help bubble's paragraph. */
export interface CurvatureWords {
  /** Under the chart: what the runs shown call for, or how to read it when nothing does. */
  foot: string[];
  /** The help bubble after the axis name: what λmax and the limits are, for the runs shown. */
  help: string[];
}

/** The words for the runs shown (adaptive runs' limit, Lion's lack of one, a model's sampling). */
export function curvatureWords(runs: readonly CurvatureRun[], mode: SharpnessView): CurvatureWords {
  const foot: string[] = [];
  const help = [t('curvature.help')];
  const none = runs.filter((run) => run.entry.state === 'none');
  if (none.length > 0) foot.push(t('curvature.none', { names: names(none) }));
  const unconditioned = runs.filter(
    (run) =>
      run.entry.state === 'done' &&
      isPreconditioned(run.spec.type) &&
      run.entry.data?.preconditioned === null,
  );
  if (mode === 'own' && unconditioned.length > 0)
    foot.push(t('curvature.noPreconditioned', { names: names(unconditioned) }));
  if (runs.some((run) => run.sharpness === 'preconditioned')) {
    foot.push(t('curvature.hintAdaptive'));
    help.push(t('curvature.helpAdaptive'));
  }
  if (runs.some((run) => run.spec.type === 'lion')) {
    foot.push(t('curvature.hintLion'));
    help.push(t('curvature.helpLion'));
  }
  // Rprop and Adafactor have no limit either (stability.ts, `sign`); Newton none below α = 2.
  const signLike = runs.filter((run) => run.spec.type === 'rprop' || run.spec.type === 'adafactor');
  if (signLike.length > 0) {
    foot.push(t('curvature.hintSign', { names: names(signLike) }));
    help.push(t('curvature.helpSign'));
  }
  const lbfgs = runs.filter((run) => run.spec.type === 'lbfgs');
  if (lbfgs.length > 0) {
    foot.push(t('curvature.hintLbfgs', { names: names(lbfgs) }));
    help.push(t('curvature.helpLbfgs'));
  }
  const newton = runs.filter((run) => run.spec.type === 'newton');
  if (newton.length > 0) {
    foot.push(t('curvature.hintNewton', { names: names(newton) }));
    help.push(t('curvature.helpNewton'));
  }
  // Schedule-Free's limit moves with the average's weight c (stability.ts, `schedule-free`).
  const scheduleFree = runs.filter(
    (run) => run.spec.type === 'schedule-free-sgd' || run.spec.type === 'schedule-free-adamw',
  );
  if (scheduleFree.length > 0) {
    foot.push(t('curvature.hintScheduleFree', { names: names(scheduleFree) }));
    help.push(t('curvature.helpScheduleFree'));
  }
  const every = Math.max(1, ...runs.map((run) => run.entry.data?.every ?? 1));
  if (every > 1) foot.push(t('curvature.hintEvery', { every }));
  return { foot: foot.length > 0 ? foot : [t('curvature.hint')], help };
}
