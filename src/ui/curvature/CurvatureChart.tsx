/**
 * The Curvature chart (issue 20; docs/curvature-chart.md): λmax against step for each visible
 * run in its colour and its stability limit dashed, on a log axis (symlog where a value is not
 * positive: curvatureAxis says why); a cross where a run diverged, as on the loss chart; the
 * shared cursor, with the lines cut at it by the trails' clips (the limits are known ahead, so
 * they are drawn whole); clicking or dragging moves the cursor, hovering reads out λ, the limit
 * and α·λ. The frame (axes, clips, trails, pointer), cursor and crosses are the loss chart's.
 */
import { useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/en-curvature'; // its words load with this chunk (docs/i18n.md)
import { chartDomain } from '../../plot/chart-scale';
import {
  curvatureAt,
  curvatureAxis,
  curvatureSeries,
  limitSeries,
  snapStep,
  type CurvatureSeries,
} from '../../plot/curvature-series';
import { ChartCursor } from '../charts/ChartCursor';
import { ChartDivergence } from '../charts/ChartDivergence';
import type { ChartRun } from '../charts/ChartLines';
import { CHART_MARGIN, chartGeometry } from '../charts/geometry';
import { StepChartSvg } from '../charts/StepChartSvg';
import { useHeldDomain } from '../charts/use-held-domain';
import { useSize } from '../charts/use-size';
import type { ProblemSpec } from '../../scenario/types';
import type { CurvatureRun } from './curvature-model';
import { CurvatureHover } from './CurvatureHover';
import { CurvatureLimits, CurvatureLines } from './CurvatureLines';
import { CurvatureKey } from './CurvatureKey';
import { HelpTip } from '../help/HelpTip';

export function CurvatureChart({
  runs,
  steps,
  problem,
  selected,
  empty,
  help,
}: {
  runs: readonly CurvatureRun[];
  steps: number;
  /** The scenario's problem: the held axis (useHeldDomain) is not held across problems. */
  problem: ProblemSpec;
  selected: number;
  /** Said over the plot when there is nothing to draw (computing, every run hidden, …). */
  empty: string;
  /** What λmax and the limits are: the help bubble at the top right, after the key. */
  help: string;
}) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(container);
  const [hoverStep, setHoverStep] = useState<number | null>(null);
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
  // ChartDivergence and ChartCursor read a run's colour and name by its index.
  const chartRuns = useMemo(() => {
    const list: ChartRun[] = [];
    for (const run of runs) list[run.index] = { color: run.color, name: run.name };
    return list;
  }, [runs]);

  const drawn = useMemo(() => [...series, ...limits], [series, limits]);
  const label = t('curvature.axis');
  const axis = useMemo(() => curvatureAxis(label, drawn), [label, drawn]);
  // As the loss chart's axis (LossChart): while α is dragged the axis only widens, so the line
  // that changed is seen to move against a still axis; it fits the values once they rest.
  const exact = useMemo(() => chartDomain(axis, drawn, { tight: true }), [axis, drawn]);
  const [low, high] = useHeldDomain(exact, [axis.kind, label, problem, steps], drawn);
  const domain = useMemo((): [number, number] => [low, high], [low, high]);
  const geo = useMemo(
    () => chartGeometry(width, height, steps, axis, domain),
    [width, height, steps, axis, domain],
  );
  const every = Math.max(1, ...series.map((s: CurvatureSeries) => s.every));

  const description = t('curvature.description', {
    scale: t(axis.kind === 'log' ? 'chart.scaleLog' : 'chart.scaleSymlog'),
  });

  return (
    <div
      className="plot-box curvature-chart"
      ref={container}
      data-testid="curvature-chart"
      data-scale={axis.kind}
      data-domain={`${low} ${high}`}
      data-held={low !== exact[0] || high !== exact[1]}
    >
      {width > 0 && height > 0 && (
        <StepChartSvg
          block="curvature-chart"
          width={width}
          height={height}
          label={description}
          geo={geo}
          steps={steps}
          showValues={drawn.length > 0}
          // Room at the right for the help button (HTML, over the SVG).
          overAxes={<CurvatureKey right={geo.plotWidth - 24} y={-9} />}
          behind={<CurvatureLimits geo={geo} limits={limits} runs={byIndex} />}
          lines={<CurvatureLines geo={geo} series={series} runs={byIndex} selected={selected} />}
          marks={
            <>
              <ChartDivergence geo={geo} series={series} runs={chartRuns} />
              <ChartCursor
                geo={geo}
                series={series}
                runs={chartRuns}
                at={curvatureAt}
                testId="curvature-cursor"
              />
            </>
          }
          // A model's points are every k steps: the pointer reads the nearest of them.
          onHover={(step) =>
            setHoverStep(step === null ? null : Math.min(steps, snapStep(step, every)))
          }
        />
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
