/**
 * A chart's plot area behind its lines: the background and a grid line at each tick, across for
 * the values (`yTicks`) and down for the steps or α (`xTicks`). Classes `plot__bg
 * <block>__plot-bg` and `plot__grid <block>__grid` (styles/plot.css).
 */

/** What the grid needs of a chart's geometry (the loss chart's and the sweep's have it). */
interface PlotArea {
  plotWidth: number;
  plotHeight: number;
  x(tick: number): number;
  yPlotted(tick: number): number;
}

interface PlotGridProps {
  block: string;
  geo: PlotArea;
  xTicks: readonly number[];
  yTicks: readonly number[];
}

export function PlotGrid({ block, geo, xTicks, yTicks }: PlotGridProps) {
  const { plotWidth: width, plotHeight: height } = geo;
  const xs = xTicks.map((t) => geo.x(t));
  const ys = yTicks.map((t) => geo.yPlotted(t));
  return (
    <>
      <rect className={`plot__bg ${block}__plot-bg`} width={width} height={height} />
      {ys.map((y, i) => (
        <line key={`gy${i}`} className={`plot__grid ${block}__grid`} x2={width} y1={y} y2={y} />
      ))}
      {xs.map((x, i) => (
        <line key={`gx${i}`} className={`plot__grid ${block}__grid`} x1={x} x2={x} y2={height} />
      ))}
    </>
  );
}
