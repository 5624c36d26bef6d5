/**
 * Loss (or ‖∇f‖, or a classifier's accuracy) against step for every visible run (docs/screen.md,
 * "What the screen holds", 3): log y, f − f* when the problem's minimum is known, symlog f when f
 * is unbounded below, accuracy on a linear 0–100% axis; a cross where a run diverged; the shared
 * cursor. Clicking or dragging on the plot moves the cursor and
 * pauses; hovering reads out every run's value at that step.
 *
 * Cost: the decimated series are rebuilt when results, visibility, mode or width change; the
 * paths when the geometry changes; the cursor alone follows playback, with the clip rectangles
 * that cut the lines at it (ChartTrailClips: the future faded or hidden, src/state/trails.ts).
 */
import { useMemo, useRef, useState } from 'react';
import { chartAxis, chartDomain, type ChartMeasure } from '../../plot/chart-scale';
import { chartSeries, valueAt, type ChartSeries } from '../../plot/chart-series';
import { problemInfo } from '../../state/selectors';
import { drawsBatches } from '../../scenario/run-batch';
import { useAppAll, useAppShallow } from '../../state/store';
import {
  evaluationOfStep,
  stepOfEvaluation,
  valuesByEvaluations,
} from '../../plot/evaluation-axis';
import { ChartXSwitch } from './ChartXSwitch';
import { problemTag, useRunViews } from '../../state/run-views';
import { ChartCursor } from './ChartCursor';
import { ChartHover } from './ChartHover';
import { ChartLines, type ChartRun } from './ChartLines';
import { ChartDivergence } from './ChartDivergence';
import { CHART_MARGIN, chartGeometry } from './geometry';
import { StepChartSvg } from './StepChartSvg';
import { useSize } from './use-size';
import { useHeldDomain } from './use-held-domain';
import './LossChart.css';
import { useT } from '../../i18n';
import { AxisHelp } from '../help/AxisHelp';
import type { TestMark } from './ChartHeldOut';
import type { RunView } from '../../state/run-views';
import { ChartEarlyStop, ChartHeldOut, ChartTestMarks, HeldOutKey } from './held-out-parts';
import { stopMarksOf } from './early-stop-marks';
import type { HoverHeldOut } from './ChartHover';
import { epochText, runBatchesOf } from '../timeline/run-epochs';

/**
 * The visible runs' validation series and test scores on the chart's measure (none for ‖∇f‖,
 * and none for problems without held-out data).
 */
function heldOutOf(
  runs: readonly RunView[],
  measure: ChartMeasure,
  columns: number,
  steps: number,
  byEvaluations: boolean,
): { series: ChartSeries[]; tests: TestMark[] } {
  if (measure === 'gradNorm') return { series: [], tests: [] };
  const shown = runs.filter((run) => !run.hidden && run.result.scores);
  const visible = shown.flatMap((run) => {
    const scores = run.result.scores!;
    const values = measure === 'loss' ? scores.validationLoss : scores.validationAccuracy;
    return values ? [onAxis(run, values, byEvaluations)] : [];
  });
  const tests = shown.flatMap((run) => {
    const test = run.result.scores!.test;
    if (!test) return [];
    const value = measure === 'loss' ? test.loss : test.accuracy;
    const last = run.result.loss.length - 1;
    const step = byEvaluations ? evaluationOfStep(run.result.evaluations, last) : last;
    return [{ index: run.index, step, value }];
  });
  return { series: chartSeries(visible, columns, steps), tests };
}

/**
 * A run's values as the chart's x axis counts: by step, or by evaluations of f where its steps
 * evaluate f several times (L-BFGS: a step function over the evaluations it spent).
 */
function onAxis(run: RunView, values: Float64Array, byEvaluations: boolean) {
  const { divergedAt, evaluations } = run.result;
  if (!byEvaluations || !evaluations)
    return { index: run.index, values, divergedAt, fresh: run.fresh };
  const resampled = valuesByEvaluations(values, evaluations);
  return {
    index: run.index,
    values: resampled,
    divergedAt: divergedAt === null ? null : resampled.length,
    fresh: run.fresh,
  };
}

/** The last x of the runs' axis: `steps`, or the most evaluations a visible run will have spent. */
function axisLength(runs: readonly RunView[], steps: number, byEvaluations: boolean): number {
  if (!byEvaluations) return steps;
  let most = steps;
  for (const run of runs)
    if (!run.hidden && run.result.evaluations)
      most = Math.max(most, evaluationOfStep(run.result.evaluations, steps));
  return most;
}

export function LossChart({ measure }: { measure: ChartMeasure }) {
  const t = useT();
  const views = useRunViews();
  const {
    steps: scenarioSteps,
    selectedRun,
    chartX,
  } = useAppShallow((s) => ({
    steps: s.scenario.steps,
    chartX: s.chartX,
    selectedRun: s.selectedRun,
  }));
  // Only true while there are no results yet: the busy flag toggles at every change.
  const computing = useAppAll((s) => s.results === null && s.computing);
  const container = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(container);
  const [hoverStep, setHoverStep] = useState<number | null>(null);

  // Colours, names and visibility of each result's run come from the one pairing of specs with
  // results (src/state/run-views.ts); another problem's results are never drawn here.
  const paired = views.runs;
  const runs: ChartRun[] = useMemo(
    () => paired.map((run) => ({ color: run.color, name: run.name })),
    [paired],
  );
  const hasResults = views.status !== 'none' && views.status !== 'stale';
  const hasAccuracy = paired.some((run) => run.accuracy !== null);

  // Against evaluations of f, the axis runs to the most any visible run spends (first-order: 1 a step).
  const byEvaluations = chartX === 'evaluations';
  const steps = useMemo(
    () => axisLength(paired, scenarioSteps, byEvaluations),
    [paired, scenarioSteps, byEvaluations],
  );
  const selectedEvaluations = paired.find((run) => run.index === selectedRun)?.result.evaluations;
  const countsEvaluations = paired.some((run) => run.result.evaluations !== undefined);
  const xAxis = useMemo(
    () =>
      byEvaluations
        ? {
            ofStep: (step: number) => evaluationOfStep(selectedEvaluations, step),
            toStep: (x: number) =>
              Math.min(scenarioSteps, stepOfEvaluation(selectedEvaluations, x)),
          }
        : undefined,
    [byEvaluations, selectedEvaluations, scenarioSteps],
  );
  // The cursor's dot on each line at its own run's evaluations for the cursor step.
  const evaluationsOf = useMemo(
    () => new Map(paired.map((run) => [run.index, run.result.evaluations])),
    [paired],
  );

  const info = views.scenario ? problemInfo(views.scenario.problem) : null;
  const fMin = info?.fMin ?? null;
  // A model's loss goes on a log axis (f ≥ 0, chart-scale.ts), but not while a run shown records
  // its mini-batch's loss: its spikes would stretch the axis over many decades.
  const scenario = views.scenario;
  const fLowerBound =
    scenario && !scenario.optimizers.some((o) => !o.hidden && drawsBatches(o, scenario.problem))
      ? info?.fLowerBound
      : undefined;
  const spec = useMemo(() => chartAxis(measure, fMin, fLowerBound), [measure, fMin, fLowerBound]);
  const plotWidth = Math.max(1, width - CHART_MARGIN.left - CHART_MARGIN.right);

  const series = useMemo(() => {
    const visible = paired.flatMap((run) => {
      const values =
        measure === 'loss'
          ? run.result.loss
          : measure === 'gradNorm'
            ? run.result.gradNorm
            : run.accuracy;
      return run.hidden || !values ? [] : [onAxis(run, values, byEvaluations)];
    });
    return chartSeries(visible, plotWidth, steps);
  }, [paired, measure, plotWidth, steps, byEvaluations]);
  // A table classifier's validation (dashed) and test score (at the end): ChartHeldOut.tsx.
  const heldOut = useMemo(
    () => heldOutOf(paired, measure, plotWidth, steps, byEvaluations),
    [paired, measure, plotWidth, steps, byEvaluations],
  );

  // Where early stopping would stop, and what the hover reads of the validation (ChartEarlyStop).
  const stops = useMemo(
    () => (measure === 'gradNorm' ? [] : stopMarksOf(paired, measure)),
    [paired, measure],
  );
  const hoverHeldOut = useMemo(() => {
    const map = new Map<number, HoverHeldOut>();
    if (measure === 'gradNorm') return map;
    for (const run of paired) {
      const scores = run.result.scores;
      const values = measure === 'loss' ? scores?.validationLoss : scores?.validationAccuracy;
      if (!values) continue;
      const stop = stops.find((mark) => mark.index === run.index)?.step ?? null;
      map.set(run.index, { values, stop });
    }
    return map;
  }, [paired, measure, stops]);
  // The selected run's epoch and batch at the hovered step (runs on data with mini-batches).
  const selectedSpec = paired.find((run) => run.index === selectedRun)?.spec;
  const batches = views.scenario ? runBatchesOf(views.scenario.problem, selectedSpec) : null;
  const hoverNote =
    batches && hoverStep !== null && batches.mode !== 'full'
      ? `${paired.find((run) => run.index === selectedRun)?.name ?? ''}: ${epochText(t, batches, hoverStep)}`
      : null;

  // The same domain keeps the same geometry, and with it every unchanged line's path. While the
  // values keep changing (a slider dragged) the axis only widens, and fits them once they rest.
  const exact = useMemo(
    () => chartDomain(spec, [...series, ...heldOut.series]),
    [spec, series, heldOut],
  );
  const [low, high] = useHeldDomain(exact, [spec, views.scenario?.problem, steps], series);
  const domain = useMemo((): [number, number] => [low, high], [low, high]);
  const geo = useMemo(
    () => chartGeometry(width, height, steps, spec, domain),
    [width, height, steps, spec, domain],
  );

  const empty = !hasResults
    ? computing || views.status === 'stale'
      ? t('chart.computing')
      : ''
    : measure === 'accuracy' && !hasAccuracy
      ? computing
        ? t('chart.training')
        : t('chart.noAccuracy')
      : series.length === 0
        ? t('chart.allHidden')
        : '';

  const description = t('chart.description', {
    axis: spec.kind === 'percent' ? t('chart.axisAccuracy') : spec.label,
    scale:
      spec.kind === 'percent'
        ? t('chart.descriptionPercent')
        : t(spec.kind === 'log' ? 'chart.scaleLog' : 'chart.scaleSymlog'),
  });

  return (
    <div
      className="plot-box loss-chart"
      ref={container}
      data-testid="loss-chart"
      data-problem={views.scenario ? problemTag(views.scenario.problem) : undefined}
      data-measure={measure}
      data-scale={spec.kind}
      data-x={chartX}
    >
      {width > 0 && height > 0 && (
        <StepChartSvg
          block="loss-chart"
          width={width}
          height={height}
          label={description}
          geo={geo}
          steps={steps}
          showValues={series.length > 0}
          lines={
            <>
              <ChartLines geo={geo} series={series} runs={runs} selected={selectedRun} />
              {heldOut.series.length > 0 && (
                <ChartHeldOut geo={geo} series={heldOut.series} runs={runs} />
              )}
            </>
          }
          marks={
            <>
              <ChartDivergence geo={geo} series={series} runs={runs} />
              {heldOut.tests.length > 0 && (
                <ChartTestMarks geo={geo} marks={heldOut.tests} runs={runs} />
              )}
              {stops.length > 0 && (
                <ChartEarlyStop
                  geo={geo}
                  marks={stops}
                  runs={runs}
                  selected={selectedRun}
                  labelAtFoot={measure === 'accuracy'}
                />
              )}
              {xAxis ? (
                <ChartCursor
                  geo={geo}
                  series={series}
                  runs={runs}
                  ofStep={xAxis.ofStep}
                  at={(s, step) => {
                    const x = evaluationOfStep(evaluationsOf.get(s.index), step);
                    return { ...valueAt(s, x), step: x };
                  }}
                />
              ) : (
                <ChartCursor geo={geo} series={series} runs={runs} at={valueAt} />
              )}
            </>
          }
          onHover={setHoverStep}
          {...(xAxis ? { xAxis } : {})}
        />
      )}
      {width > 0 && height > 0 && <AxisHelp axis={spec} container={container} width={width} />}
      {/* Only where some run evaluates f more than once a step (else both axes are the same). */}
      {width > 0 && height > 0 && (byEvaluations || countsEvaluations) && <ChartXSwitch />}
      {heldOut.series.length + heldOut.tests.length > 0 && (
        <HeldOutKey rising={measure === 'accuracy'} earlyStop={stops.length > 0} />
      )}
      {empty && (
        <div className="loss-chart__empty" role="status">
          {empty}
        </div>
      )}
      {hoverStep !== null && series.length > 0 && (
        <ChartHover
          step={hoverStep}
          spec={spec}
          series={series}
          runs={runs}
          heldOut={hoverHeldOut}
          note={hoverNote}
          {...(byEvaluations
            ? { title: t('chart.evaluationsAt', { count: hoverStep.toLocaleString('en-US') }) }
            : {})}
        />
      )}
    </div>
  );
}
