/**
 * The shared cursor: a vertical line at the cursor step and a dot on each line there. Its own
 * component subscribed to the cursor, so during playback only this re-renders, 60 times a
 * second, while the paths stay as they are.
 */
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { valueAt } from '../../plot/chart-series';
import type { ChartLayerProps } from './chart-layer';

export function ChartCursor({ geo, series, runs }: ChartLayerProps) {
  const cursor = useApp(effectiveCursor);
  const x = geo.x(cursor);
  return (
    <g className="loss-chart__cursor" pointerEvents="none">
      <line
        className="loss-chart__cursor-line"
        x1={x}
        x2={x}
        y2={geo.plotHeight}
        data-testid="chart-cursor"
        data-step={cursor}
      />
      {series.map((s) => {
        const { value, status } = valueAt(s, cursor);
        const y = geo.y(value);
        // No dot where the value cannot be placed (±∞ or NaN): the gap's mark says why.
        if (status !== 'ok' || Number.isNaN(y)) return null;
        return (
          <circle
            key={s.index}
            className="loss-chart__cursor-dot"
            cx={x}
            cy={Math.max(0, Math.min(geo.plotHeight, y))}
            r={4}
            style={{ color: runs[s.index]!.color }}
          />
        );
      })}
    </g>
  );
}
