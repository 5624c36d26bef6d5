/**
 * The cross where a run diverged, at that step, level with its last value. Outside the lines'
 * clip (LossChart), and shown only once the cursor reaches that step unless the trails show the
 * whole path (src/state/trails.ts): a reveal must not announce a divergence before it happens.
 * Each cross subscribes to one boolean, so it renders once when the cursor gets there.
 */
import { memo } from 'react';
import type { ChartSeries } from '../../plot/chart-series';
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { reached } from '../../state/trails';
import { useT } from '../../i18n';
import type { ChartLayerProps } from './chart-layer';
import type { ChartRun } from './ChartLines';
import type { ChartGeometry } from './geometry';

export const ChartDivergence = memo(function ChartDivergence({
  geo,
  series,
  runs,
}: ChartLayerProps) {
  return (
    <g className="loss-chart__marks">
      {series.map((s) =>
        s.divergedAt === null ? null : (
          <Cross key={s.index} geo={geo} series={s} run={runs[s.index]!} at={s.divergedAt} />
        ),
      )}
    </g>
  );
});

function Cross({
  geo,
  series,
  run,
  at,
}: {
  geo: ChartGeometry;
  series: ChartSeries;
  run: ChartRun;
  at: number;
}) {
  const t = useT();
  const shown = useApp((s) => reached(s.trails, effectiveCursor(s), at));
  if (!shown) return null;
  // Level with its last value (the top if it has none to place).
  const last = series.values.length - 1;
  const y = last >= 0 ? clampY(geo.y(series.values[last]!), geo) : 0;
  const label = t('chart.runDiverged', { name: run.name, step: at });
  return (
    <g
      className={`loss-chart__run${series.fresh === false ? ' loss-chart__run--stale' : ''}`}
      style={{ color: run.color }}
    >
      <g
        className="loss-chart__diverged"
        transform={`translate(${geo.x(at)},${y})`}
        data-testid={`loss-diverged-${series.index}`}
        role="img"
        aria-label={label}
      >
        <title>{label}</title>
        <path className="loss-chart__diverged-halo" d="M-5,-5L5,5M-5,5L5,-5" />
        <path d="M-5,-5L5,5M-5,5L5,-5" />
      </g>
    </g>
  );
}

/** A value's pixel row kept on the plot; the top edge for one that cannot be placed. */
function clampY(y: number, geo: ChartGeometry): number {
  return Number.isNaN(y) ? 0 : Math.max(0, Math.min(geo.plotHeight, y));
}
