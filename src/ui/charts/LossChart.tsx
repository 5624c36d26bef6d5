/**
 * Loss (or ‖∇f‖, or a classifier's accuracy) against step for every visible run (PRODUCT.md,
 * "What the screen holds", 3): log y, f − f* when the problem's minimum is known, symlog f when f
 * is unbounded below, accuracy on a linear 0–100% axis; a cross where a run diverged; the shared
 * cursor. Clicking or dragging on the plot moves the cursor and
 * pauses; hovering reads out every run's value at that step.
 *
 * Cost: the decimated series are rebuilt when results, visibility, mode or width change; the
 * paths when the geometry changes; the cursor alone follows playback.
 */
import { useId, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { chartAxis, chartDomain, type ChartMeasure } from '../../plot/chart-scale';
import { chartSeries } from '../../plot/chart-series';
import { runColor } from '../../plot/palette';
import { problemInfo } from '../../state/selectors';
import { appStore, useApp, useAppShallow } from '../../state/store';
import { ChartAxes } from './ChartAxes';
import { ChartCursor } from './ChartCursor';
import { ChartHover } from './ChartHover';
import { ChartLines, type ChartRun } from './ChartLines';
import { CHART_MARGIN, chartGeometry } from './geometry';
import { useSize } from './use-size';
import './LossChart.css';
import { useT } from '../../i18n';
import { runDisplayName } from '../../i18n/text';

export function LossChart({ measure }: { measure: ChartMeasure }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { results, resultsScenario, accuracy, optimizers, steps, computing, selectedRun } =
    useAppShallow((s) => ({
      results: s.results,
      resultsScenario: s.resultsScenario,
      accuracy: s.accuracy,
      optimizers: s.scenario.optimizers,
      steps: s.scenario.steps,
      // Only read while there are no results yet: the busy flag toggles on every change.
      computing: s.results === null && s.computing,
      selectedRun: s.selectedRun,
    }));
  const container = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(container);
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const dragging = useRef<number | null>(null);
  const clipId = `loss-chart-clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  // Results lag the scenario while the engine computes. With the same runs, colours and
  // visibility come from the live scenario (hiding is immediate); when runs were added or
  // removed, from the scenario the results belong to, so colours stay with their lines.
  const specs =
    results && resultsScenario && results.length !== optimizers.length
      ? resultsScenario.optimizers
      : optimizers;
  const runs: ChartRun[] = useMemo(
    () =>
      specs.map((spec, i) => ({
        color: runColor(spec.color, i),
        name: runDisplayName(spec),
      })),
    // The names are in the language shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [specs, lang],
  );
  const hiddenKey = specs.map((spec) => (spec.hidden ? 1 : 0)).join('');

  const fMin = resultsScenario ? problemInfo(resultsScenario.problem).fMin : null;
  const spec = useMemo(() => chartAxis(measure, fMin), [measure, fMin]);
  const plotWidth = Math.max(1, width - CHART_MARGIN.left - CHART_MARGIN.right);

  const series = useMemo(() => {
    if (!results) return [];
    const visible = results.flatMap((result, index) => {
      const values =
        measure === 'loss'
          ? result.loss
          : measure === 'gradNorm'
            ? result.gradNorm
            : accuracy?.[index];
      return hiddenKey[index] === '1' || !values
        ? []
        : [{ index, values, divergedAt: result.divergedAt }];
    });
    return chartSeries(visible, plotWidth, steps);
  }, [results, accuracy, hiddenKey, measure, plotWidth, steps]);

  const domain = useMemo(() => chartDomain(spec, series), [spec, series]);
  const geo = useMemo(
    () => chartGeometry(width, height, steps, spec, domain),
    [width, height, steps, spec, domain],
  );

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

  const empty = !results
    ? computing
      ? t('chart.computing')
      : ''
    : measure === 'accuracy' && !accuracy
      ? computing
        ? t('chart.training')
        : t('chart.noAccuracy')
      : series.length === 0
        ? t('chart.allHidden')
        : '';

  return (
    <div
      className="loss-chart"
      ref={container}
      data-testid="loss-chart"
      data-measure={measure}
      data-scale={spec.kind}
    >
      {width > 0 && height > 0 && (
        <svg
          className="loss-chart__svg"
          width={width}
          height={height}
          role="img"
          aria-label={t('chart.description', {
            axis: spec.kind === 'percent' ? t('chart.axisAccuracy') : spec.label,
            scale:
              spec.kind === 'percent'
                ? t('chart.descriptionPercent')
                : t(spec.kind === 'log' ? 'chart.scaleLog' : 'chart.scaleSymlog'),
          })}
        >
          <defs>
            <clipPath id={clipId}>
              {/* A little room above and below, so lines on the edge keep their full width. */}
              <rect y={-3} width={geo.plotWidth} height={geo.plotHeight + 6} />
            </clipPath>
          </defs>
          <g transform={`translate(${CHART_MARGIN.left},${CHART_MARGIN.top})`}>
            <ChartAxes geo={geo} showValues={series.length > 0} />
            <g clipPath={`url(#${clipId})`}>
              <ChartLines geo={geo} series={series} runs={runs} selected={selectedRun} />
            </g>
            <ChartCursor geo={geo} series={series} runs={runs} />
            <rect
              className="loss-chart__hit"
              width={geo.plotWidth}
              height={geo.plotHeight}
              data-testid="loss-chart-plot"
              onPointerDown={(event) => {
                if (event.button !== 0) return;
                event.currentTarget.setPointerCapture?.(event.pointerId);
                dragging.current = event.pointerId;
                seek(event);
              }}
              onPointerMove={(event) => {
                if (dragging.current === event.pointerId) seek(event);
                setHoverStep(stepAt(event));
              }}
              onPointerUp={() => (dragging.current = null)}
              onPointerCancel={() => (dragging.current = null)}
              onPointerLeave={() => setHoverStep(null)}
            />
          </g>
        </svg>
      )}
      {empty && (
        <div className="loss-chart__empty" role="status">
          {empty}
        </div>
      )}
      {hoverStep !== null && series.length > 0 && (
        <ChartHover step={hoverStep} spec={spec} series={series} runs={runs} />
      )}
    </div>
  );
}
