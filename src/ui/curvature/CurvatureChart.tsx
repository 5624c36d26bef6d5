/**
 * The Curvature chart (issue 20; docs/curvature-chart.md): λmax against step for each visible
 * run in its colour and its stability limit dashed, on a log axis (symlog where a value is not
 * positive: curvatureAxis says why); a cross where a run diverged, as on the loss chart; the
 * shared cursor, with the lines cut at it by the trails' clips (the limits are known ahead, so
 * they are drawn whole); clicking or dragging moves the cursor, hovering reads out λ, the limit
 * and α·λ. The axes, grid, cursor line and crosses are the loss chart's.
 */
import { useId, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useT } from '../../i18n';
import { chartDomain } from '../../plot/chart-scale';
import {
  curvatureAxis,
  curvatureSeries,
  limitSeries,
  snapStep,
  type CurvatureSeries,
} from '../../plot/curvature-series';
import { appStore, useApp } from '../../state/store';
import { ChartAxes } from '../charts/ChartAxes';
import { ChartDivergence } from '../charts/ChartDivergence';
import type { ChartRun } from '../charts/ChartLines';
import { ChartSvg } from '../charts/ChartSvg';
import { ChartTrailClips } from '../charts/ChartTrailClips';
import { CHART_MARGIN, chartGeometry } from '../charts/geometry';
import { usePlotPointer } from '../charts/use-plot-pointer';
import { useSize } from '../charts/use-size';
import type { CurvatureRun } from './curvature-model';
import { CurvatureCursor } from './CurvatureCursor';
import { CurvatureHover } from './CurvatureHover';
import { CurvatureLimits, CurvatureLines } from './CurvatureLines';
import { CurvatureKey } from './CurvatureKey';
import { HelpTip } from '../help/HelpTip';

export function CurvatureChart({
  runs,
  steps,
  selected,
  empty,
  help,
}: {
  runs: readonly CurvatureRun[];
  steps: number;
  selected: number;
  /** Said over the plot when there is nothing to draw (computing, every run hidden, …). */
  empty: string;
  /** What λmax and the limits are: the help bubble at the top right, after the key. */
  help: string;
}) {
  const t = useT();
  const trails = useApp((s) => s.trails);
  const container = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(container);
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const clipId = `curvature-clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const linesId = `${clipId}-lines`;
  const pastId = `${clipId}-past`;
  const futureId = `${clipId}-future`;
  const plotWidth = Math.max(1, width - CHART_MARGIN.left - CHART_MARGIN.right);

  const byIndex = useMemo(() => new Map(runs.map((run) => [run.index, run])), [runs]);
  const series = useMemo(
    () =>
      runs.flatMap((run) =>
        run.entry.state === 'done' && run.entry.data
          ? [
              curvatureSeries(
                {
                  index: run.index,
                  data: run.entry.data,
                  sharpness: run.sharpness,
                  divergedAt: run.divergedAt,
                  fresh: !run.stale,
                },
                plotWidth,
                steps,
              ),
            ]
          : [],
      ),
    [runs, plotWidth, steps],
  );
  const seriesByIndex = useMemo(() => new Map(series.map((s) => [s.index, s])), [series]);
  const limits = useMemo(
    () =>
      runs.flatMap((run) =>
        run.limitShown && run.line.limit.length > 0
          ? [limitSeries(run.index, run.line, plotWidth)]
          : [],
      ),
    [runs, plotWidth],
  );
  // ChartDivergence reads a run's colour and name by its index.
  const chartRuns = useMemo(() => {
    const list: ChartRun[] = [];
    for (const run of runs) list[run.index] = { color: run.color, name: run.name };
    return list;
  }, [runs]);

  const drawn = useMemo(() => [...series, ...limits], [series, limits]);
  const label = t('curvature.axis');
  const axis = useMemo(() => curvatureAxis(label, drawn), [label, drawn]);
  const [low, high] = useMemo(() => chartDomain(axis, drawn, { tight: true }), [axis, drawn]);
  const domain = useMemo((): [number, number] => [low, high], [low, high]);
  const geo = useMemo(
    () => chartGeometry(width, height, steps, axis, domain),
    [width, height, steps, axis, domain],
  );
  // A model's points are every k steps: the pointer reads the nearest of them.
  const every = Math.max(1, ...series.map((s: CurvatureSeries) => s.every));

  const stepAt = (event: ReactPointerEvent<Element>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const step = Math.round(geo.x.invert(event.clientX - box.left));
    return Math.max(0, Math.min(steps, step));
  };
  const seek = (event: ReactPointerEvent<Element>) => {
    const state = appStore.getState();
    state.pause();
    state.setCursor(stepAt(event));
  };
  const pointer = usePlotPointer({
    seek,
    hover: (event) => setHoverStep(event ? Math.min(steps, snapStep(stepAt(event), every)) : null),
  });

  const description = t('curvature.description', {
    scale: t(axis.kind === 'log' ? 'chart.scaleLog' : 'chart.scaleSymlog'),
  });

  return (
    <div
      className="curvature-chart"
      ref={container}
      data-testid="curvature-chart"
      data-scale={axis.kind}
      data-domain={`${low} ${high}`}
    >
      {width > 0 && height > 0 && (
        <ChartSvg
          className="curvature-chart__svg"
          width={width}
          height={height}
          label={description}
        >
          <defs>
            <clipPath id={clipId}>
              <rect y={-3} width={geo.plotWidth} height={geo.plotHeight + 6} />
            </clipPath>
            {trails !== 'whole' && (
              <ChartTrailClips geo={geo} pastId={pastId} futureId={futureId} />
            )}
          </defs>
          <g transform={`translate(${CHART_MARGIN.left},${CHART_MARGIN.top})`}>
            <ChartAxes geo={geo} showValues={drawn.length > 0} />
            {/* Room at the right for the help button (HTML, over the SVG). */}
            <CurvatureKey right={geo.plotWidth - 24} y={-9} />
            <g clipPath={`url(#${clipId})`}>
              <CurvatureLimits geo={geo} limits={limits} runs={byIndex} />
              <g clipPath={trails === 'whole' ? undefined : `url(#${pastId})`}>
                <CurvatureLines
                  id={linesId}
                  geo={geo}
                  series={series}
                  runs={byIndex}
                  selected={selected}
                />
              </g>
              {trails === 'faded' && (
                <use
                  href={`#${linesId}`}
                  className="loss-chart__future"
                  clipPath={`url(#${futureId})`}
                />
              )}
            </g>
            <ChartDivergence geo={geo} series={series} runs={chartRuns} />
            <CurvatureCursor geo={geo} series={series} runs={byIndex} />
            <rect
              className="curvature-chart__hit"
              width={geo.plotWidth}
              height={geo.plotHeight}
              data-testid="curvature-chart-plot"
              {...pointer}
            />
          </g>
        </ChartSvg>
      )}
      {width > 0 && height > 0 && (
        <span className="curvature-chart__help">
          <HelpTip
            term={t('curvature.axis')}
            text={`${help} ${t(axis.kind === 'log' ? 'jargon.logAxis' : 'jargon.symlog')}`}
            testId="curvature-help"
          />
        </span>
      )}
      {empty && (
        <div className="loss-chart__empty" role="status">
          {empty}
        </div>
      )}
      {hoverStep !== null && runs.length > 0 && (
        <CurvatureHover step={hoverStep} runs={runs} series={seriesByIndex} />
      )}
    </div>
  );
}
