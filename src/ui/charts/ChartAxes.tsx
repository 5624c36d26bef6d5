/** The loss chart's frame: subtle grid lines, step and value ticks, and the axis names. */
import { memo } from 'react';
import { chartTicks, formatAxisValue, formatStep, spacedTicks } from '../../plot/chart-scale';
import { linearTicks } from '../../plot/finite';
import { CHART_MARGIN, type ChartGeometry } from './geometry';
import { PlotGrid } from './PlotGrid';
import { useT } from '../../i18n';

/** The scale's name after the axis name, two spaces apart (src/i18n/en.ts, `chart`). */
const SCALE_KEYS = {
  log: 'chart.scaleLog',
  symlog: 'chart.scaleSymlog',
  percent: 'chart.scalePercent',
} as const;

export const ChartAxes = memo(function ChartAxes({
  geo,
  showValues,
}: {
  geo: ChartGeometry;
  /** False while there is nothing to scale the value axis to (no results yet). */
  showValues: boolean;
}) {
  const t = useT();
  const { plotWidth, plotHeight } = geo;
  const xTicks = linearTicks(
    geo.x.domain() as [number, number],
    Math.max(2, Math.floor(plotWidth / 70)),
  ).filter(Number.isInteger);
  // Labels 12 px high need ~16 px each; symlog ticks bunch up around 0.
  const yTicks = showValues
    ? spacedTicks(
        chartTicks(geo.spec, geo.domain, Math.floor(plotHeight / 26) + 1),
        geo.yPlotted,
        16,
      )
    : [];
  return (
    <g className="plot-axes loss-chart__axes" aria-hidden="true">
      <PlotGrid block="loss-chart" geo={geo} xTicks={xTicks} yTicks={yTicks} />
      <g transform={`translate(0,${plotHeight})`}>
        {xTicks.map((t) => (
          <text key={t} x={geo.x(t)} y={16} textAnchor="middle">
            {formatStep(t)}
          </text>
        ))}
      </g>
      {yTicks.map((t) => (
        <text key={t} x={-7} y={geo.yPlotted(t)} dy="0.32em" textAnchor="end">
          {formatAxisValue(geo.spec, t)}
        </text>
      ))}
      <text
        className="plot__name loss-chart__axis-name"
        x={-CHART_MARGIN.left + 6}
        y={-9}
        data-testid="loss-chart-axis"
      >
        {geo.spec.kind === 'percent' ? t('chart.axisAccuracy') : geo.spec.label}
        <tspan className="plot__scale loss-chart__axis-scale">{`  ${t(SCALE_KEYS[geo.spec.kind])}`}</tspan>
      </text>
      <rect className="plot__frame loss-chart__frame" width={plotWidth} height={plotHeight} />
    </g>
  );
});
