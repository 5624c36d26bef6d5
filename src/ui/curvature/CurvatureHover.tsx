/**
 * The Curvature chart's read-out under the pointer: the step, and for each visible run its λmax
 * there (the preconditioned one for an adaptive run), its limit at that step with the formula
 * ("2/α = 4.44") and α·λ, the number a limit's factor (2, 38, …) bounds. In the run's colour.
 */
import { useT } from '../../i18n';
import '../../i18n/en-curvature'; // its words load with this chunk (docs/i18n.md)
import { formatReading } from '../../plot/chart-scale';
import { curvatureAt, type CurvatureSeries } from '../../plot/curvature-series';
import { limitLabel } from '../../plot/stability-line';
import { ReadoutRow } from '../charts/ReadoutRow';
import { StepReadout } from '../charts/StepReadout';
import type { CurvatureRun } from './curvature-model';

export function CurvatureHover({
  step,
  runs,
  series,
}: {
  step: number;
  runs: readonly CurvatureRun[];
  series: ReadonlyMap<number, CurvatureSeries>;
}) {
  const t = useT();
  return (
    <StepReadout block="curvature-chart" testId="curvature-hover" step={step}>
      {runs.map((run) => (
        <ReadoutRow
          key={run.index}
          block="curvature-chart"
          color={run.color}
          name={run.name}
          numeric
        >
          {reading(run, series.get(run.index), step, t)}
        </ReadoutRow>
      ))}
    </StepReadout>
  );
}

function reading(
  run: CurvatureRun,
  series: CurvatureSeries | undefined,
  step: number,
  t: ReturnType<typeof useT>,
): string {
  if (!series) return '…';
  const at = curvatureAt(series, step);
  if (at.status === 'diverged') return t('chart.diverged');
  if (at.status === 'pending') return '…';
  const lambda = formatReading(at.value);
  const { line } = run;
  // The step at.step → at.step + 1 is the one λ there decides; the last point has none after it.
  const k = Math.min(at.step, line.lr.length - 1);
  if (!run.limitShown || k < 0) return t('curvature.readoutNoLimit', { lambda });
  const limit = limitLabel(line.factor[k]!, line.decay, line.limit[k]!);
  const product = formatReading(line.lr[k]! * at.value);
  return t(
    run.sharpness === 'preconditioned' ? 'curvature.readoutPreconditioned' : 'curvature.readout',
    { lambda, limit, product },
  );
}
