/**
 * The clips that cut the chart's lines at the cursor (src/state/trails.ts): the past up to the
 * cursor step, and the future after it (drawn faded, or not at all). Only these two rectangles
 * follow playback; the lines' paths are never rebuilt per frame (docs/app.md, "Trails").
 */
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import type { ChartGeometry } from './geometry';

/** Room around the plot so that lines on its edges keep their round caps and full width. */
const PAD = 3;

export function ChartTrailClips({
  geo,
  pastId,
  futureId,
  ofStep,
}: {
  geo: ChartGeometry;
  pastId: string;
  futureId: string;
  /** The x of the cursor step where x is not the step (evaluations of f: the selected run's). */
  ofStep?: (step: number) => number;
}) {
  const cursor = useApp(effectiveCursor);
  const x = Math.max(0, Math.min(geo.plotWidth, geo.x(ofStep ? ofStep(cursor) : cursor)));
  const height = geo.plotHeight + 2 * PAD;
  return (
    <>
      <clipPath id={pastId}>
        <rect
          x={-PAD}
          y={-PAD}
          width={x + PAD}
          height={height}
          data-testid="chart-past-clip"
          data-step={cursor}
        />
      </clipPath>
      <clipPath id={futureId}>
        <rect x={x} y={-PAD} width={Math.max(0, geo.plotWidth - x + PAD)} height={height} />
      </clipPath>
    </>
  );
}
