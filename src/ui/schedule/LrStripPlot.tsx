/**
 * The lr strip's plot (LrStrip.tsx): loaded when a visible run first has a schedule, which the
 * first view's runs do not (issue 17). Layout and scales as LrStrip.tsx describes.
 */
import { useMemo, useRef } from 'react';
import { formatTick } from '../../plot/chart-scale';
import { useApp } from '../../state/store';
import { useRunViews } from '../../state/run-views';
import { useT } from '../../i18n';
import { effectiveCursor } from '../../state/view-slice';
import { CHART_MARGIN } from '../charts/geometry';
import { useSize } from '../charts/use-size';
import { decimate, linePath, logDomain, logY, stepX } from './schedule-plot';
import { ChartSvg } from '../charts/ChartSvg';

/** The strip's height and its plot's inner margins (the steps are labelled on the chart above). */
export const LR_STRIP_HEIGHT = 46; // as .lr-strip in LrStrip.css
const TOP = 9;
const BOTTOM = 6;

interface LrStripPlotProps {
  steps: number;
}

export function LrStripPlot({ steps }: LrStripPlotProps) {
  const t = useT();
  // The runs paired with their results (src/state/run-views.ts), as the loss chart draws them;
  // read here, so that a strip not shown is not rendered for each input's results.
  const runs = useRunViews().runs;
  const container = useRef<HTMLDivElement>(null);
  const { width } = useSize(container);
  const plotWidth = Math.max(1, width - CHART_MARGIN.left - CHART_MARGIN.right);
  const plotHeight = LR_STRIP_HEIGHT - TOP - BOTTOM;

  const visible = useMemo(
    () =>
      runs.flatMap((run) =>
        run.hidden ? [] : [{ index: run.index, lr: run.result.lr, color: run.color }],
      ),
    [runs],
  );
  const domain = useMemo(() => logDomain(visible.map((v) => v.lr)), [visible]);
  const x = stepX(steps, plotWidth);
  const paths = useMemo(() => {
    if (!domain) return [];
    const toX = stepX(steps, plotWidth);
    const y = logY(domain, plotHeight, 0);
    return visible.map(({ index, lr, color }) => ({
      index,
      color,
      d: linePath(decimate(lr, plotWidth), toX, y),
    }));
  }, [visible, domain, steps, plotWidth, plotHeight]);

  return (
    <div className="lr-strip" ref={container} data-testid="lr-strip">
      {width > 0 && (
        <ChartSvg
          className="lr-strip__svg"
          width={width}
          height={LR_STRIP_HEIGHT}
          label={t('schedule.strip')}
        >
          <text className="plot__name lr-strip__name" x={6} y={TOP + plotHeight / 2} dy="0.32em">
            lr
          </text>
          <g transform={`translate(${CHART_MARGIN.left},${TOP})`}>
            <rect className="plot__bg lr-strip__bg" width={plotWidth} height={plotHeight} />
            <rect className="plot__frame lr-strip__frame" width={plotWidth} height={plotHeight} />
            {domain && (
              <g className="lr-strip__ticks" aria-hidden="true">
                <text x={-7} y={0} dy="0.32em" textAnchor="end">
                  {formatTick(domain[1])}
                </text>
                <text x={-7} y={plotHeight} dy="0.32em" textAnchor="end">
                  {formatTick(domain[0])}
                </text>
              </g>
            )}
            {paths.map(({ index, color, d }) => (
              <path
                key={index}
                className="plot__line lr-strip__line"
                d={d}
                style={{ color }}
                data-testid={`lr-strip-run-${index}`}
              />
            ))}
            <LrStripCursor x={x} height={plotHeight} />
          </g>
        </ChartSvg>
      )}
    </div>
  );
}

/** The cursor line alone follows playback, as in the loss chart. */
function LrStripCursor({ x, height }: { x: (step: number) => number; height: number }) {
  const cursor = useApp(effectiveCursor);
  return (
    <line
      className="lr-strip__cursor"
      x1={x(cursor)}
      x2={x(cursor)}
      y1={-TOP}
      y2={height}
      data-testid="lr-strip-cursor"
      data-step={cursor}
    />
  );
}
