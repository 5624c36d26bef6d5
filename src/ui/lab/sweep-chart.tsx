/**
 * The sweep chart: a metric against α on a log axis, one line per visible run in its colour,
 * broken where α diverged (a bar along the top edge in the run's colour, × where it starts), each run's current α as a
 * vertical line (the selected run's solid and labelled). Clicking or dragging on the plot sets
 * the selected run's α; ← / → step along the grid, Page Up / Down by a decade.
 */
import { focusedByKeyboard } from '../timeline/shortcuts';
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useSize } from '../charts/use-size';
import { usePlotPointer } from '../charts/use-plot-pointer';
import { useT } from '../../i18n';
import '../../i18n/en-lab'; // its words load with this chunk (docs/i18n.md)
import { SweepAxes } from './sweep-axes';
import { SweepHover } from './sweep-hover';
import {
  divergedRanges,
  metricValue,
  pickLr,
  stepLr,
  sweepDomain,
  sweepGeometry,
  sweepLine,
  type SweepAxis,
  type SweepChartRun,
  type SweepGeometry,
} from './sweep-geometry';
import { formatLr } from './sweep-model';
import { SWEEP_MARGIN } from './sweep-geometry';
import { ChartSvg } from '../charts/ChartSvg';
import { selectedLast } from '../../plot/draw-order';

export function SweepChart({
  runs,
  axis,
  selected,
  onSetLr,
}: {
  /** The visible runs, in order. */
  runs: readonly SweepChartRun[];
  axis: SweepAxis;
  selected: SweepChartRun | null;
  onSetLr: (lr: number) => void;
}) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(container);
  const [hoverX, setHoverX] = useState<number | null>(null);

  const domain = useMemo(
    () =>
      sweepDomain(
        axis,
        runs.map((r) => r.entry.points),
      ),
    [axis, runs],
  );
  const geo = useMemo(
    () => sweepGeometry(width, height, axis, domain),
    [width, height, axis, domain],
  );
  const lrs = runs[0]?.entry.lrs ?? selected?.entry.lrs ?? [];
  const hasValues = runs.some((r) =>
    r.entry.points.some((p) => metricValue(p, axis.metric) !== null),
  );

  const xOf = (event: PointerEvent<Element>) =>
    event.clientX - event.currentTarget.getBoundingClientRect().left;
  const set = (event: PointerEvent<Element>) => onSetLr(pickLr(xOf(event), geo, lrs));
  const pointer = usePlotPointer({
    seek: set,
    hover: (event) => setHoverX(event ? xOf(event) : null),
    enabled: selected !== null,
  });

  const onKeyDown = (event: KeyboardEvent<SVGRectElement>) => {
    if (!selected || event.altKey || event.ctrlKey || event.metaKey) return;
    const lr = selected.lr;
    const keys: Record<string, () => number> = {
      ArrowLeft: () => stepLr(lr, lrs, -1),
      ArrowDown: () => stepLr(lr, lrs, -1),
      ArrowRight: () => stepLr(lr, lrs, 1),
      ArrowUp: () => stepLr(lr, lrs, 1),
      PageDown: () => Math.max(lrs[0]!, Number((lr / 10).toPrecision(3))),
      PageUp: () => Math.min(lrs[lrs.length - 1]!, Number((lr * 10).toPrecision(3))),
      Home: () => lrs[0]!,
      End: () => lrs[lrs.length - 1]!,
    };
    // As for every slider (docs/app.md, "Keyboard"): Home/End set α to the sweep's ends only when
    // the chart was reached by keyboard; after a click they jump the timeline.
    if ((event.key === 'Home' || event.key === 'End') && !focusedByKeyboard(event.currentTarget))
      return;
    const next = keys[event.key];
    if (!next) return;
    event.preventDefault(); // the timeline's arrows do not apply here
    onSetLr(next());
  };

  const order = selectedLast(runs, selected?.index);
  const label = selected
    ? t('sweep.descriptionSelected', { axis: axis.label, name: selected.name })
    : t('sweep.description', { axis: axis.label });

  return (
    <div className="plot-box sweep-chart" ref={container} data-testid="sweep-chart">
      {width > 0 && height > 0 && (
        <ChartSvg
          className="plot-box__svg sweep-chart__svg"
          width={width}
          height={height}
          role="group"
          label={label}
        >
          <g transform={`translate(${SWEEP_MARGIN.left},${SWEEP_MARGIN.top})`}>
            <SweepAxes geo={geo} showValues={hasValues} />
            {order.map((run) => (
              <SweepRunLine
                key={run.index}
                run={run}
                geo={geo}
                selected={run === selected}
                row={runs.indexOf(run)}
              />
            ))}
            {order.map((run) => (
              <LrLine key={run.index} run={run} geo={geo} selected={run === selected} />
            ))}
            {hoverX !== null && (
              <line
                className="sweep-chart__hover-line"
                x1={hoverX}
                x2={hoverX}
                y2={geo.plotHeight}
              />
            )}
            <rect
              className="sweep-chart__hit"
              width={geo.plotWidth}
              height={geo.plotHeight}
              data-testid="sweep-chart-plot"
              tabIndex={selected ? 0 : -1}
              role="slider"
              aria-label={
                selected ? t('sweep.slider', { name: selected.name }) : t('hyperparam.lr')
              }
              aria-valuemin={lrs[0]}
              aria-valuemax={lrs[lrs.length - 1]}
              aria-valuenow={selected?.lr}
              aria-valuetext={selected ? `α = ${formatLr(selected.lr)}` : undefined}
              onKeyDown={onKeyDown}
              {...pointer}
            />
          </g>
        </ChartSvg>
      )}
      {hoverX !== null && lrs.length > 0 && (
        <SweepHover px={hoverX} geo={geo} runs={runs} lrs={lrs} axis={axis} />
      )}
    </div>
  );
}

function SweepRunLine({
  run,
  geo,
  selected,
  row,
}: {
  run: SweepChartRun;
  geo: SweepGeometry;
  selected: boolean;
  /** The run's place among those drawn: its diverged bar has its own row along the top edge. */
  row: number;
}) {
  const { d, diverged } = useMemo(
    () => sweepLine(run.entry.points, run.entry.lrs, geo, geo.axis.metric),
    [run.entry, run.entry.done, geo], // eslint-disable-line react-hooks/exhaustive-deps -- entries fill in place
  );
  const ranges = useMemo(
    () => divergedRanges(run.entry.points, run.entry.lrs),
    [run.entry, run.entry.done], // eslint-disable-line react-hooks/exhaustive-deps -- entries fill in place
  );
  const className = `sweep-chart__run${selected ? ' sweep-chart__run--selected' : ''}${run.stale ? ' sweep-chart__run--stale' : ''}`;
  return (
    <g className={className} style={{ color: run.color }}>
      <path
        className="plot__line sweep-chart__line"
        d={d}
        data-testid={`sweep-line-${run.index}`}
        data-points={run.entry.done}
      />
      {ranges.length > 0 && (
        <g
          className="sweep-chart__diverged"
          data-testid={`sweep-diverged-${run.index}`}
          transform={`translate(0,${6 + 6 * row})`}
        >
          <title>{`${run.name} diverged at ${diverged.length} of the α swept: ${ranges
            .map((r) =>
              r.from === r.to ? formatLr(r.from) : `${formatLr(r.from)} to ${formatLr(r.to)}`,
            )
            .join(', ')}`}</title>
          {ranges.map((r) => (
            <g key={r.from}>
              <line className="sweep-chart__diverged-bar" x1={geo.x(r.from)} x2={geo.x(r.to)} />
              <path
                className="sweep-chart__diverged-cross"
                transform={`translate(${geo.x(r.from)},0)`}
                d="M-3.5,-3.5L3.5,3.5M-3.5,3.5L3.5,-3.5"
              />
            </g>
          ))}
        </g>
      )}
    </g>
  );
}

/** A run's current α: dashed for the others, solid and labelled for the selected run. */
function LrLine({
  run,
  geo,
  selected,
}: {
  run: SweepChartRun;
  geo: SweepGeometry;
  selected: boolean;
}) {
  const x = geo.x(run.lr);
  const text = `α = ${formatLr(run.lr)}`;
  const right = x > geo.plotWidth - 70;
  return (
    <g
      className={`sweep-chart__lr${selected ? ' sweep-chart__lr--selected' : ''}`}
      style={{ color: run.color }}
      data-testid={`sweep-lr-${run.index}`}
      data-lr={run.lr}
    >
      <line x1={x} x2={x} y1={0} y2={geo.plotHeight} />
      {selected && (
        <text x={right ? x - 5 : x + 5} y={geo.plotHeight - 6} textAnchor={right ? 'end' : 'start'}>
          {text}
        </text>
      )}
    </g>
  );
}
