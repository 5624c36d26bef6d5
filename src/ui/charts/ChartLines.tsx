/**
 * One line per visible run in its colour, and a cross where a run diverged (the line stops at
 * its last finite point). Memoised on the series and the geometry: the cursor moving during
 * playback does not rebuild these paths.
 */
import { memo, useMemo } from 'react';
import { linePath, type ChartSeries } from '../../plot/chart-series';
import type { ChartGeometry } from './geometry';
import { useT } from '../../i18n';

/** What the chart knows about a run besides its values. */
export interface ChartRun {
  color: string;
  name: string;
}

export const ChartLines = memo(function ChartLines({
  geo,
  series,
  runs,
  selected,
}: {
  geo: ChartGeometry;
  series: readonly ChartSeries[];
  runs: readonly ChartRun[];
  /** The selected run's index: drawn last (on top) and a little heavier, as on the landscape. */
  selected: number;
}) {
  const order = [...series].sort(
    (a, b) => Number(a.index === selected) - Number(b.index === selected),
  );
  return (
    <g className="loss-chart__lines">
      {order.map((s) => (
        <Line
          key={s.index}
          geo={geo}
          series={s}
          run={runs[s.index]!}
          selected={s.index === selected}
        />
      ))}
    </g>
  );
});

const Line = memo(function Line({
  geo,
  series,
  run,
  selected,
}: {
  geo: ChartGeometry;
  series: ChartSeries;
  run: ChartRun;
  selected: boolean;
}) {
  const t = useT();
  const d = useMemo(() => linePath(series.values, series.indices, geo.x, geo.y), [series, geo]);
  const { divergedAt, values } = series;
  let marker: { x: number; y: number } | null = null;
  if (divergedAt !== null) {
    // At the step where it diverged, level with its last finite value (top if there is none).
    const last = values.length - 1;
    marker = { x: geo.x(divergedAt), y: last >= 0 ? clampY(geo.y(values[last]!), geo) : 0 };
  }
  return (
    <g
      className={`loss-chart__run${selected ? ' loss-chart__run--selected' : ''}`}
      style={{ color: run.color }}
    >
      <path
        className="loss-chart__line"
        d={d}
        data-testid={`loss-line-${series.index}`}
        data-points={series.indices.length}
      />
      {marker && (
        <g
          className="loss-chart__diverged"
          transform={`translate(${marker.x},${marker.y})`}
          data-testid={`loss-diverged-${series.index}`}
          role="img"
          aria-label={t('chart.runDiverged', { name: run.name, step: divergedAt })}
        >
          <title>{t('chart.runDiverged', { name: run.name, step: divergedAt })}</title>
          <path className="loss-chart__diverged-halo" d="M-5,-5L5,5M-5,5L5,-5" />
          <path d="M-5,-5L5,5M-5,5L5,-5" />
        </g>
      )}
    </g>
  );
});

function clampY(y: number, geo: ChartGeometry): number {
  return Math.max(0, Math.min(geo.plotHeight, y));
}
