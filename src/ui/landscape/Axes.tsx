/** Ticks, grid-free axes and axis names around the plot area. */
import { linearTicks } from '../../plot/finite';
import type { Geometry } from './geometry';

const format = (v: number) => {
  const text = Math.abs(v) < 1e-12 ? '0' : String(+v.toPrecision(6));
  return text.replace('-', '−');
};

export function Axes({ geo, names }: { geo: Geometry; names: readonly [string, string] }) {
  // Bounded whatever the window (d3's own ticks allocate by a subnormal window's width).
  const xTicks = linearTicks(geo.view.x, Math.max(2, Math.round(geo.plotWidth / 90)));
  const yTicks = linearTicks(geo.view.y, Math.max(2, Math.round(geo.plotHeight / 70)));
  return (
    <g className="landscape__axes" aria-hidden="true">
      <g transform={`translate(0,${geo.plotHeight})`}>
        {xTicks.map((t) => (
          <g key={t} transform={`translate(${geo.x(t)},0)`}>
            <line y2={5} />
            <text y={17} textAnchor="middle">
              {format(t)}
            </text>
          </g>
        ))}
        <text className="landscape__axis-name" x={geo.plotWidth} y={30} textAnchor="end">
          {names[0]}
        </text>
      </g>
      <g>
        {yTicks.map((t) => (
          <g key={t} transform={`translate(0,${geo.y(t)})`}>
            <line x2={-5} />
            <text x={-8} dy="0.32em" textAnchor="end">
              {format(t)}
            </text>
          </g>
        ))}
        <text className="landscape__axis-name" x={-40} y={0} dy="0.7em" textAnchor="start">
          {names[1]}
        </text>
      </g>
      <rect className="landscape__frame" width={geo.plotWidth} height={geo.plotHeight} />
    </g>
  );
}
