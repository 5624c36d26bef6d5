/**
 * One line per visible run in its colour (the line stops at its last finite point; the cross
 * where a run diverged is ChartDivergence's). Where a run's values are not finite (a formula that
 * overflows), the line has a gap and a bar along the top edge (+∞, NaN) or the bottom edge (−∞)
 * marks it. Memoised on the series' arrays and the geometry: the cursor moving during playback does not
 * rebuild these paths; the part after the cursor is cut off by a clip LossChart moves
 * (src/state/trails.ts), and each line only updates its data-last-step, outside React.
 */
import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import { formatNonFinite } from '../../plot/chart-scale';
import { linePath, type ChartSeries } from '../../plot/chart-series';
import { selectedLast } from '../../plot/draw-order';
import type { Gap } from '../../plot/gaps';
import type { ChartGeometry } from './geometry';
import { appStore } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { lastDrawnStep } from '../../state/trails';

/** What the chart knows about a run besides its values. */
export interface ChartRun {
  color: string;
  name: string;
}

export const ChartLines = memo(function ChartLines({
  geo,
  series,
  runs,
  selected,
}: {
  geo: ChartGeometry;
  series: readonly ChartSeries[];
  runs: readonly ChartRun[];
  /** The selected run's index: drawn last (on top) and a little heavier, as on the landscape. */
  selected: number;
}) {
  const order = selectedLast(series, selected);
  return (
    <g className="loss-chart__lines">
      {order.map((s) => (
        <Line
          key={s.index}
          geo={geo}
          series={s}
          run={runs[s.index]!}
          selected={s.index === selected}
        />
      ))}
    </g>
  );
});

/** The props a Line draws: its series' arrays, not the series object, which is new per change. */
function sameLine(a: LineProps, b: LineProps): boolean {
  const x = a.series;
  const y = b.series;
  return (
    a.geo === b.geo &&
    a.selected === b.selected &&
    a.run.color === b.run.color &&
    x.index === y.index &&
    x.values === y.values &&
    x.indices === y.indices &&
    x.breaks === y.breaks &&
    x.gaps === y.gaps &&
    x.fresh === y.fresh
  );
}

interface LineProps {
  geo: ChartGeometry;
  series: ChartSeries;
  run: ChartRun;
  selected: boolean;
}

const Line = memo(function Line({ geo, series, run, selected }: LineProps) {
  // On the arrays, not the series object: a run an input did not change keeps its values and
  // their decimation (chart-series.ts), so its path is not rebuilt (issue 17: 4 of the 28 ms of
  // main-thread work per slider input went to rebuilding every run's path).
  const { values, indices, breaks } = series;
  const d = useMemo(
    () => linePath(values, indices, geo.x, geo.y, breaks),
    [values, indices, breaks, geo],
  );
  const path = useRef<SVGPathElement>(null);
  useLastStepAttribute(path, series.values.length - 1);
  return (
    <g
      className={`loss-chart__run${selected ? ' loss-chart__run--selected' : ''}${
        series.fresh === false ? ' loss-chart__run--stale' : ''
      }`}
      style={{ color: run.color }}
      data-fresh={series.fresh !== false}
    >
      <path
        className="plot__line loss-chart__line"
        d={d}
        data-testid={`loss-line-${series.index}`}
        data-points={series.indices.length}
        ref={path}
      />
      {series.gaps.length > 0 && <GapMarks gaps={series.gaps} geo={geo} index={series.index} />}
    </g>
  );
}, sameLine);

/**
 * The line's `data-last-step`, the last step drawn solid (the part after it is cut off by the
 * clip LossChart moves; tests and tools read the step here). Written to the element from a
 * store subscription, not rendered: it changes every frame of playback, and a render of every
 * line per frame was most of playback's React work (issue 17: 6 of 11.5 renders per frame).
 */
function useLastStepAttribute(path: RefObject<SVGPathElement | null>, last: number): void {
  useEffect(() => {
    let written: string | null = null;
    const write = () => {
      const state = appStore.getState();
      const step = String(lastDrawnStep(state.trails, effectiveCursor(state), last));
      if (step === written || !path.current) return;
      written = step;
      path.current.setAttribute('data-last-step', step);
    };
    write();
    return appStore.subscribe(write);
  }, [path, last]);
}

/** Bars over the steps without a finite value: at the bottom for −∞, at the top otherwise. */
function GapMarks({
  gaps,
  geo,
  index,
}: {
  gaps: readonly Gap[];
  geo: ChartGeometry;
  index: number;
}) {
  return (
    <g className="loss-chart__gaps" data-testid={`loss-gaps-${index}`} data-count={gaps.length}>
      {gaps.map((gap) => {
        const x1 = geo.x(gap.from - 0.5);
        const x2 = geo.x(gap.to + 0.5);
        const y = gap.value === -Infinity ? geo.plotHeight - 1.5 : 1.5;
        const label = `${formatNonFinite(gap.value)}: ${gap.from === gap.to ? gap.from : `${gap.from}–${gap.to}`}`;
        return (
          <line
            key={gap.from}
            className="loss-chart__gap"
            x1={x1}
            x2={Math.max(x2, x1 + 2)}
            y1={y}
            y2={y}
          >
            <title>{label}</title>
          </line>
        );
      })}
    </g>
  );
}
