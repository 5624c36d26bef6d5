/**
 * The hover read-out: the step under the pointer and each visible run's value there, in its
 * colour, in the plotted units (f − f*, f, ‖∇f‖ or accuracy in %).
 */
import { formatAxisReading, type ChartAxisSpec } from '../../plot/chart-scale';
import { valueAt, type ChartSeries } from '../../plot/chart-series';
import type { ChartRun } from './ChartLines';
import { ReadoutRow } from './ReadoutRow';
import { StepReadout } from './StepReadout';
import { useT } from '../../i18n';

export function ChartHover({
  step,
  spec,
  series,
  runs,
}: {
  step: number;
  spec: ChartAxisSpec;
  series: readonly ChartSeries[];
  runs: readonly ChartRun[];
}) {
  const t = useT();
  return (
    <StepReadout block="loss-chart" testId="loss-chart-hover" step={step}>
      {series.map((s) => {
        const run = runs[s.index]!;
        const { value, status } = valueAt(s, step);
        return (
          <ReadoutRow key={s.index} block="loss-chart" color={run.color} name={run.name} numeric>
            {status === 'diverged'
              ? t('chart.diverged')
              : status === 'pending'
                ? '…'
                : formatAxisReading(spec, value)}
          </ReadoutRow>
        );
      })}
    </StepReadout>
  );
}
