/**
 * The Curvature chart's cursor: the vertical line at the cursor step, as on the other charts, and
 * a dot on each λmax line at its last point at or before it (a model's every k-th step). Its own
 * component subscribed to the cursor, so playback re-renders only this.
 */
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { curvatureAt, type CurvatureSeries } from '../../plot/curvature-series';
import type { ChartGeometry } from '../charts/geometry';
import type { CurvatureRun } from './curvature-model';

export function CurvatureCursor({
  geo,
  series,
  runs,
}: {
  geo: ChartGeometry;
  series: readonly CurvatureSeries[];
  runs: ReadonlyMap<number, CurvatureRun>;
}) {
  const cursor = useApp(effectiveCursor);
  const x = geo.x(cursor);
  return (
    <g className="loss-chart__cursor" pointerEvents="none">
      <line
        className="loss-chart__cursor-line"
        x1={x}
        x2={x}
        y2={geo.plotHeight}
        data-testid="curvature-cursor"
        data-step={cursor}
      />
      {series.map((s) => {
        const { value, step, status } = curvatureAt(s, cursor);
        const y = geo.y(value);
        // No dot before the first point, past a divergence, or where λ cannot be placed.
        if (status !== 'ok' || Number.isNaN(y)) return null;
        return (
          <circle
            key={s.index}
            className="loss-chart__cursor-dot"
            cx={geo.x(step)}
            cy={Math.max(0, Math.min(geo.plotHeight, y))}
            r={4}
            style={{ color: runs.get(s.index)!.color }}
          />
        );
      })}
    </g>
  );
}
