/** The loss chart's screen geometry: plot area, margins and the step/value ⇄ pixel scales. */
import { scaleLinear, type ScaleLinear } from 'd3';
import { chartYScale, plotted, type ChartAxisSpec } from '../../plot/chart-scale';

/** Room for the axis name above, value ticks on the left and step ticks below. */
export const CHART_MARGIN = { top: 26, right: 16, bottom: 24, left: 50 } as const;

export interface ChartGeometry {
  width: number;
  height: number;
  plotWidth: number;
  plotHeight: number;
  /** Step → x pixel in the plot area. */
  x: ScaleLinear<number, number>;
  /** Raw value (f or ‖∇f‖) → y pixel, through the axis' offset, floor and scale. */
  y: (value: number) => number;
  /** Plotted value (after offset and floor) → y pixel, for ticks. */
  yPlotted: (value: number) => number;
  spec: ChartAxisSpec;
  domain: [number, number];
}

export function chartGeometry(
  width: number,
  height: number,
  steps: number,
  spec: ChartAxisSpec,
  domain: [number, number],
): ChartGeometry {
  const plotWidth = Math.max(1, width - CHART_MARGIN.left - CHART_MARGIN.right);
  const plotHeight = Math.max(1, height - CHART_MARGIN.top - CHART_MARGIN.bottom);
  const yPlotted = chartYScale(spec, domain, [plotHeight, 0]);
  return {
    width,
    height,
    plotWidth,
    plotHeight,
    x: scaleLinear()
      .domain([0, Math.max(1, steps)])
      .range([0, plotWidth]),
    y: (value) => yPlotted(plotted(spec, value)),
    yPlotted,
    spec,
    domain,
  };
}
