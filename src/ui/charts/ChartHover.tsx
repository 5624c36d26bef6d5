/**
 * The hover read-out: the step under the pointer and each visible run's value there, in its
 * colour, in the plotted units (f − f*, f, ‖∇f‖ or accuracy in %). A table classifier's run adds
 * its validation value there and the step where early stopping would stop (issue 22); a run on
 * mini-batches, the epoch and batch of that step (`note`, the selected run's).
 */
import { formatAxisReading, type ChartAxisSpec } from '../../plot/chart-scale';
import { valueAt, type ChartSeries } from '../../plot/chart-series';
import type { ChartRun } from './ChartLines';
import { ReadoutRow } from './ReadoutRow';
import { StepReadout } from './StepReadout';
import { useT } from '../../i18n';

/** A run's validation values on the chart's measure and its early-stopping step. */
export interface HoverHeldOut {
  values: Float64Array;
  stop: number | null;
}

export function ChartHover({
  step,
  spec,
  series,
  runs,
  heldOut,
  note,
}: {
  step: number;
  spec: ChartAxisSpec;
  series: readonly ChartSeries[];
  runs: readonly ChartRun[];
  heldOut?: ReadonlyMap<number, HoverHeldOut>;
  note?: string | null;
}) {
  const t = useT();
  return (
    <StepReadout block="loss-chart" testId="loss-chart-hover" step={step}>
      {note && (
        <div className="loss-chart__hover-note" data-testid="loss-chart-hover-epoch">
          {note}
        </div>
      )}
      {series.map((s) => {
        const run = runs[s.index]!;
        const { value, status } = valueAt(s, step);
        const held = heldOut?.get(s.index);
        const validation = held?.values[step];
        return (
          <div key={s.index}>
            <ReadoutRow block="loss-chart" color={run.color} name={run.name} numeric>
              {status === 'diverged'
                ? t('chart.diverged')
                : status === 'pending'
                  ? '…'
                  : formatAxisReading(spec, value)}
              {status === 'ok' && validation !== undefined && Number.isFinite(validation) && (
                <span className="loss-chart__hover-validation" data-testid="hover-validation">
                  {' · '}
                  {t('tables.hoverValidation', { value: formatAxisReading(spec, validation) })}
                </span>
              )}
            </ReadoutRow>
            {held && held.stop !== null && (
              <div className="loss-chart__hover-note" data-testid="hover-early-stop">
                {t('tables.hoverEarlyStop', { step: held.stop.toLocaleString('en-US') })}
              </div>
            )}
          </div>
        );
      })}
    </StepReadout>
  );
}
