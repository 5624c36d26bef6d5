/**
 * The shared cursor of the charts against step: a vertical line at the cursor step and a dot on
 * each line at its point there (`at`: the loss chart's value at the step, or the λmax chart's
 * last point at or before it, a model's every k-th step). Its own component subscribed to the
 * cursor, so during playback only this re-renders, 60 times a second, while the paths stay as
 * they are.
 */
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import type { ChartRun } from './ChartLines';
import type { ChartGeometry } from './geometry';

/** A series' point at a step; `step` where it lies elsewhere (the point before it). */
interface PointAt {
  value: number;
  step?: number;
  status: 'ok' | 'diverged' | 'pending';
}

export function ChartCursor<S extends { readonly index: number }>({
  geo,
  series,
  runs,
  at,
  testId = 'chart-cursor',
  ofStep,
}: {
  geo: ChartGeometry;
  series: readonly S[];
  /** By run index. */
  runs: readonly ChartRun[];
  at: (series: S, step: number) => PointAt;
  testId?: string;
  /** The x of the cursor step where x is not the step (evaluations of f: the selected run's). */
  ofStep?: (step: number) => number;
}) {
  const cursor = useApp(effectiveCursor);
  const x = geo.x(ofStep ? ofStep(cursor) : cursor);
  return (
    <g className="loss-chart__cursor" pointerEvents="none">
      <line
        className="loss-chart__cursor-line"
        x1={x}
        x2={x}
        y2={geo.plotHeight}
        data-testid={testId}
        data-step={cursor}
      />
      {series.map((s) => {
        const point = at(s, cursor);
        const y = geo.y(point.value);
        // No dot before a first point, past a divergence, or where the value cannot be placed
        // (±∞ or NaN: the gap's mark says why).
        if (point.status !== 'ok' || Number.isNaN(y)) return null;
        return (
          <circle
            key={s.index}
            className="loss-chart__cursor-dot"
            cx={point.step === undefined ? x : geo.x(point.step)}
            cy={Math.max(0, Math.min(geo.plotHeight, y))}
            r={4}
            style={{ color: runs[s.index]!.color }}
          />
        );
      })}
    </g>
  );
}
