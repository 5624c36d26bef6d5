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

/** A chart's plot area inside its margins, at least one pixel each way. */
export function plotArea(
  width: number,
  height: number,
  margin: { top: number; right: number; bottom: number; left: number },
) {
  return {
    plotWidth: Math.max(1, width - margin.left - margin.right),
    plotHeight: Math.max(1, height - margin.top - margin.bottom),
  };
}

export function chartGeometry(
  width: number,
  height: number,
  steps: number,
  spec: ChartAxisSpec,
  domain: [number, number],
): ChartGeometry {
  const { plotWidth, plotHeight } = plotArea(width, height, CHART_MARGIN);
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
