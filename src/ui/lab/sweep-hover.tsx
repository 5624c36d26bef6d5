/** The sweep chart's read-out under the pointer. */
import { formatReading } from '../../plot/chart-scale';
import { useT } from '../../i18n';
import '../../i18n/en-lab'; // its words load with this chunk (docs/i18n.md)
import {
  metricValue,
  pickLr,
  SWEEP_MARGIN,
  type SweepAxis,
  type SweepChartRun,
  type SweepGeometry,
} from './sweep-geometry';
import { formatLr } from './sweep-model';
import { ReadoutRow } from '../charts/ReadoutRow';

/** Under the pointer: the α a click would set and each run's value at the nearest grid α. */
export function SweepHover({
  px,
  geo,
  runs,
  lrs,
  axis,
}: {
  px: number;
  geo: SweepGeometry;
  runs: readonly SweepChartRun[];
  lrs: readonly number[];
  axis: SweepAxis;
}) {
  const t = useT();
  const lr = pickLr(px, geo, lrs);
  let nearest = 0;
  lrs.forEach((g, i) => {
    if (Math.abs(geo.x(g) - px) < Math.abs(geo.x(lrs[nearest]!) - px)) nearest = i;
  });
  const left = px + SWEEP_MARGIN.left < geo.width / 2;
  return (
    <div
      className={`plot-readout sweep-chart__hover${left ? ' sweep-chart__hover--right' : ''}`}
      aria-hidden="true"
    >
      <div className="plot-readout__title sweep-chart__hover-title">α = {formatLr(lr)}</div>
      {runs.map((run) => {
        const point = run.entry.points[nearest];
        const v = metricValue(point, axis.metric);
        const text = !point
          ? '…'
          : point.divergedAt !== null
            ? t('sweep.divergedAt', { step: point.divergedAt })
            : v === null
              ? t('sweep.notReached')
              : axis.kind === 'linear'
                ? t('sweep.stepsValue', { value: v })
                : formatReading(axis.kind === 'log' ? v - axis.offset : v);
        return (
          <ReadoutRow key={run.index} block="sweep-chart" color={run.color} name={run.name}>
            {text}
          </ReadoutRow>
        );
      })}
      {lrs[nearest] !== lr && (
        <div className="sweep-chart__hover-note">
          {t('sweep.nearest', { lr: formatLr(lrs[nearest]!) })}
        </div>
      )}
    </div>
  );
}
