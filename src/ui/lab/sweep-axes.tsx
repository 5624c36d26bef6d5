/** The sweep chart's frame: grid lines, α decades below (named α in the corner), value ticks left. */
import { memo } from 'react';
import { chartTicks, formatStep, formatTick, spacedTicks } from '../../plot/chart-scale';
import { linearTicks } from '../../plot/finite';
import { SWEEP_LR_MAX, SWEEP_LR_MIN } from '../../core/sweep';
import type { SweepGeometry } from './sweep-geometry';
import { PlotGrid } from '../charts/PlotGrid';

/** α ticks: every decade of the grid's range. */
const DECADES: number[] = [];
for (let e = Math.log10(SWEEP_LR_MIN); e <= Math.log10(SWEEP_LR_MAX) + 1e-9; e++) {
  DECADES.push(Number((10 ** e).toPrecision(1)));
}

export const SweepAxes = memo(function SweepAxes({
  geo,
  showValues,
}: {
  geo: SweepGeometry;
  /** False while there is nothing to scale the value axis to. */
  showValues: boolean;
}) {
  const { plotWidth, plotHeight, axis } = geo;
  const maxTicks = Math.floor(plotHeight / 26) + 1;
  const raw = !showValues
    ? []
    : axis.kind === 'linear'
      ? linearTicks(geo.domain, Math.min(5, maxTicks)).filter(Number.isInteger)
      : chartTicks(axis, geo.domain, maxTicks);
  const yTicks = spacedTicks(raw, geo.yPlotted, 16);
  return (
    <g className="plot-axes sweep-chart__axes" aria-hidden="true">
      <PlotGrid block="sweep-chart" geo={geo} xTicks={DECADES} yTicks={yTicks} />
      <g transform={`translate(0,${plotHeight})`}>
        {DECADES.map((t, i) => (
          <text
            key={t}
            x={geo.x(t)}
            y={15}
            textAnchor={i === 0 ? 'start' : i === DECADES.length - 1 ? 'end' : 'middle'}
          >
            {formatTick(t)}
          </text>
        ))}
      </g>
      {yTicks.map((t) => (
        <text key={t} x={-7} y={geo.yPlotted(t)} dy="0.32em" textAnchor="end">
          {axis.kind === 'linear' ? formatStep(t) : formatTick(t)}
        </text>
      ))}
      {/* The x axis' name sits in the corner left of its ticks; the y axis' in the bar above. */}
      <text
        className="plot__name sweep-chart__axis-name"
        x={-8}
        y={plotHeight + 15}
        textAnchor="end"
        data-testid="sweep-chart-x-axis"
      >
        α
      </text>
      <rect className="plot__frame sweep-chart__frame" width={plotWidth} height={plotHeight} />
    </g>
  );
});
