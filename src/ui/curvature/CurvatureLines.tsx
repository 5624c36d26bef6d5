/**
 * The Curvature chart's lines: each run's λmax (solid, in its colour; a model's points are every
 * k-th step, placed at their own steps) and its stability limit per step (dashed, same colour,
 * following the schedule), the limit labelled at its right end with its formula and value, "2/α =
 * 4.44". Labels that would overlap are moved apart; equal ones are drawn once. Tests and tools
 * read the values from the data- attributes, never from pixels.
 */
import { memo, useMemo } from 'react';
import { linePath } from '../../plot/chart-series';
import { selectedLast } from '../../plot/draw-order';
import type { CurvatureSeries, LimitSeries } from '../../plot/curvature-series';
import { limitLabel } from '../../plot/stability-line';
import { placeLabels, type PlacedLabel } from '../../plot/limit-labels';
import type { ChartGeometry } from '../charts/geometry';
import type { CurvatureRun } from './curvature-model';

/** The last finite value of an array and its index, or null. */
function lastFinite(values: ArrayLike<number>): { value: number; at: number } | null {
  for (let i = values.length - 1; i >= 0; i--)
    if (Number.isFinite(values[i]!)) return { value: values[i]!, at: i };
  return null;
}

export const CurvatureLines = memo(function CurvatureLines({
  geo,
  series,
  runs,
  selected,
}: {
  geo: ChartGeometry;
  series: readonly CurvatureSeries[];
  runs: ReadonlyMap<number, CurvatureRun>;
  selected: number;
}) {
  const order = selectedLast(series, selected);
  return (
    <g className="curvature-chart__lines">
      {order.map((s) => (
        <LambdaLine
          key={s.index}
          geo={geo}
          series={s}
          run={runs.get(s.index)!}
          selected={s.index === selected}
        />
      ))}
    </g>
  );
});

function LambdaLine({
  geo,
  series,
  run,
  selected,
}: {
  geo: ChartGeometry;
  series: CurvatureSeries;
  run: CurvatureRun;
  selected: boolean;
}) {
  const { values, indices, breaks, steps } = series;
  const d = useMemo(
    () => linePath(values, indices, (i) => geo.x(steps[i]!), geo.y, breaks),
    [values, indices, breaks, steps, geo],
  );
  const last = lastFinite(values);
  return (
    <g
      className={`curvature-chart__run${selected ? ' curvature-chart__run--selected' : ''}${
        series.fresh === false ? ' curvature-chart__run--stale' : ''
      }`}
      style={{ color: run.color }}
    >
      <path
        className="plot__line curvature-chart__line"
        d={d}
        data-testid={`curvature-line-${series.index}`}
        data-sharpness={series.sharpness}
        data-every={series.every}
        data-samples={values.length}
        data-points={indices.length}
        data-first-value={values.length > 0 ? values[0] : undefined}
        data-last-value={last?.value}
        data-last-step={last ? steps[last.at] : undefined}
        data-fresh={series.fresh !== false}
      />
    </g>
  );
}

export const CurvatureLimits = memo(function CurvatureLimits({
  geo,
  limits,
  runs,
}: {
  geo: ChartGeometry;
  limits: readonly LimitSeries[];
  runs: ReadonlyMap<number, CurvatureRun>;
}) {
  const labels: PlacedLabel[] = [];
  const lines = limits.map((limit) => {
    const run = runs.get(limit.index)!;
    const last = lastFinite(limit.values);
    const d = linePath(limit.values, limit.indices, geo.x, geo.y, limit.breaks);
    if (last) {
      const y = geo.y(last.value);
      if (Number.isFinite(y) && y >= 0 && y <= geo.plotHeight)
        labels.push({
          index: limit.index,
          text: limitLabel(run.line.factor[last.at]!, run.line.decay, last.value),
          color: run.color,
          // Above its line, the line readable under it.
          y: y - 4,
        });
    }
    return (
      <path
        key={limit.index}
        className="curvature-chart__limit"
        style={{ color: run.color }}
        d={d}
        data-testid={`curvature-limit-${limit.index}`}
        data-limit={last?.value}
        data-first-limit={limit.values.length > 0 ? limit.values[0] : undefined}
        data-factor={last ? run.line.factor[last.at] : undefined}
      />
    );
  });
  return (
    <g className="curvature-chart__limits">
      {lines}
      {placeLabels(labels, geo.plotHeight).map((label) => (
        <text
          key={label.index}
          className="curvature-chart__limit-label"
          style={{ color: label.color }}
          x={geo.plotWidth - 4}
          y={label.y}
          textAnchor="end"
          data-testid={`curvature-limit-label-${label.index}`}
        >
          {label.text}
        </text>
      ))}
    </g>
  );
});
