/**
 * One line per visible run in its colour, and a cross where a run diverged (the line stops at
 * its last finite point). Where a run's values are not finite (a formula that overflows), the
 * line has a gap and a bar along the top edge (+∞, NaN) or the bottom edge (−∞) marks it. Memoised on the series and the geometry: the cursor moving during
 * playback does not rebuild these paths.
 */
import { memo, useMemo } from 'react';
import { formatNonFinite } from '../../plot/chart-scale';
import { linePath, type ChartSeries } from '../../plot/chart-series';
import type { Gap } from '../../plot/gaps';
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
  const d = useMemo(
    () => linePath(series.values, series.indices, geo.x, geo.y, series.breaks),
    [series, geo],
  );
  const { divergedAt, values } = series;
  let marker: { x: number; y: number } | null = null;
  if (divergedAt !== null) {
    // At the step where it diverged, level with its last value (top if it has none to place).
    const last = values.length - 1;
    marker = { x: geo.x(divergedAt), y: last >= 0 ? clampY(geo.y(values[last]!), geo) : 0 };
  }
  return (
    <g
      className={`loss-chart__run${selected ? ' loss-chart__run--selected' : ''}${
        series.fresh === false ? ' loss-chart__run--stale' : ''
      }`}
      style={{ color: run.color }}
      data-fresh={series.fresh !== false}
    >
      <path
        className="loss-chart__line"
        d={d}
        data-testid={`loss-line-${series.index}`}
        data-points={series.indices.length}
      />
      {series.gaps.length > 0 && <GapMarks gaps={series.gaps} geo={geo} index={series.index} />}
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

/** A value's pixel row kept on the plot; the top edge for one that cannot be placed. */
function clampY(y: number, geo: ChartGeometry): number {
  return Number.isNaN(y) ? 0 : Math.max(0, Math.min(geo.plotHeight, y));
}

/** Bars over the steps without a finite value: at the bottom for −∞, at the top otherwise. */
function GapMarks({
  gaps,
  geo,
  index,
}: {
  gaps: readonly Gap[];
  geo: ChartGeometry;
  index: number;
}) {
  return (
    <g className="loss-chart__gaps" data-testid={`loss-gaps-${index}`} data-count={gaps.length}>
      {gaps.map((gap) => {
        const x1 = geo.x(gap.from - 0.5);
        const x2 = geo.x(gap.to + 0.5);
        const y = gap.value === -Infinity ? geo.plotHeight - 1.5 : 1.5;
        const label = `${formatNonFinite(gap.value)}: ${gap.from === gap.to ? gap.from : `${gap.from}–${gap.to}`}`;
        return (
          <line
            key={gap.from}
            className="loss-chart__gap"
            x1={x1}
            x2={Math.max(x2, x1 + 2)}
            y1={y}
            y2={y}
          >
            <title>{label}</title>
          </line>
        );
      })}
    </g>
  );
}
