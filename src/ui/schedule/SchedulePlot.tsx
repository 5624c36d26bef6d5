/**
 * The editor's plot of lr(t) over the scenario's steps, on a linear axis from 0 (the shape the
 * PyTorch docs draw), in the run's colour; under it, for one-cycle, the cycled μ or β1. The
 * timeline's cursor is drawn too, with the lr read out there, so the plot ties to the run.
 */
import { formatReading, formatStep } from '../../plot/chart-scale';
import { useApp } from '../../state/store';
import { useT } from '../../i18n';
import { effectiveCursor } from '../../state/view-slice';
import { decimate, extent, linePath, linearY, maxOf, stepX } from './schedule-plot';
import { ChartSvg } from '../charts/ChartSvg';

/** Plot box: room on the left for value labels, below for step labels. */
const WIDTH = 396;
const MARGIN = { top: 22, right: 10, bottom: 20, left: 46 } as const;
const LR_HEIGHT = 84;
const MOMENTUM_HEIGHT = 40;

interface SchedulePlotProps {
  lr: Float64Array;
  /** The cycled μ/β1 per step, or null. */
  momentum: Float64Array | null;
  /** The cycled parameter's symbol, e.g. "β1". */
  momentumName: string;
  steps: number;
  color: string;
}

export function SchedulePlot({ lr, momentum, momentumName, steps, color }: SchedulePlotProps) {
  const t = useT();
  const cursor = useApp(effectiveCursor);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const x = stepX(steps, plotWidth);
  const max = maxOf([lr]);
  const lrY = linearY(max, LR_HEIGHT, 0);
  const lrPath = linePath(decimate(lr, plotWidth), x, lrY);
  // lr[k] is the lr of step k + 1, the step taken from the cursor's point; at the last point
  // there is no step left, so the last step's is shown.
  const at = Math.min(cursor, lr.length - 1);
  const lrAt = lr.length > 0 ? lr[at]! : NaN;
  const xTicks = [0, Math.round(steps / 2), steps];

  let momentumPlot = null;
  let height = MARGIN.top + LR_HEIGHT + MARGIN.bottom;
  if (momentum) {
    const [lo, hi] = extent(momentum);
    const pad = (hi - lo) * 0.1 || 0.01;
    const y = (v: number) =>
      MOMENTUM_HEIGHT - ((v - lo + pad) / (hi - lo + 2 * pad)) * MOMENTUM_HEIGHT;
    const top = height + 18;
    height = top + MOMENTUM_HEIGHT + 4;
    momentumPlot = (
      <g transform={`translate(${MARGIN.left},${top})`} data-testid="schedule-plot-momentum">
        <rect className="schedule-plot__bg" width={plotWidth} height={MOMENTUM_HEIGHT} />
        <ValueTicks values={[lo, hi]} y={y} />
        <path
          className="plot__line schedule-plot__line schedule-plot__line--momentum"
          d={linePath(decimate(momentum, plotWidth), x, y)}
          style={{ color }}
        />
        <text className="plot__name schedule-plot__name" x={-MARGIN.left} y={-7}>
          {momentumName}(t)
          <tspan className="plot__scale schedule-plot__scale">{t('schedule.plotCycled')}</tspan>
        </text>
        <line
          className="schedule-plot__cursor"
          x1={x(cursor)}
          x2={x(cursor)}
          y2={MOMENTUM_HEIGHT}
        />
        <rect
          className="plot__frame schedule-plot__frame"
          width={plotWidth}
          height={MOMENTUM_HEIGHT}
        />
      </g>
    );
  }

  const momentumAt = momentum && momentum.length > 0 ? momentum[at]! : NaN;
  const label = t('schedule.plotLabel', {
    first: formatReading(lr[0] ?? NaN),
    last: formatReading(lr[lr.length - 1] ?? NaN),
    momentum: momentum ? t('schedule.plotLabelMomentum', { name: momentumName }) : '',
  });
  return (
    <figure className="schedule-plot__figure">
      <ChartSvg
        className="schedule-plot"
        width={WIDTH}
        height={height}
        label={label}
        data-testid="schedule-plot"
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <rect className="schedule-plot__bg" width={plotWidth} height={LR_HEIGHT} />
          {xTicks.map((t) => (
            <g key={t}>
              <line className="plot__grid schedule-plot__grid" x1={x(t)} x2={x(t)} y2={LR_HEIGHT} />
              <text
                className="schedule-plot__tick"
                x={x(t)}
                y={LR_HEIGHT + 14}
                textAnchor={t === 0 ? 'start' : t === steps ? 'end' : 'middle'}
              >
                {formatStep(t)}
              </text>
            </g>
          ))}
          <ValueTicks values={[0, max]} y={lrY} />
          <path
            className="plot__line schedule-plot__line"
            d={lrPath}
            style={{ color }}
            data-testid="schedule-plot-lr"
          />
          <text className="plot__name schedule-plot__name" x={-MARGIN.left} y={-9}>
            lr(t)
            <tspan className="plot__scale schedule-plot__scale">{t('schedule.plotLinear')}</tspan>
          </text>
          <line className="schedule-plot__cursor" x1={x(cursor)} x2={x(cursor)} y2={LR_HEIGHT} />
          {Number.isFinite(lrAt) && (
            <circle
              className="schedule-plot__dot"
              cx={x(cursor)}
              cy={lrY(lrAt)}
              r={3.5}
              style={{ color }}
            />
          )}
          <rect className="plot__frame schedule-plot__frame" width={plotWidth} height={LR_HEIGHT} />
        </g>
        {momentumPlot}
      </ChartSvg>
      <figcaption className="schedule-plot__readout numeric" data-testid="schedule-plot-readout">
        {t('schedule.readout', { step: at + 1 })}
        <strong>{formatReading(lrAt)}</strong>
        {momentum && (
          <>
            {' '}
            · {momentumName} <strong>{formatReading(momentumAt)}</strong>
          </>
        )}
      </figcaption>
    </figure>
  );
}

/** The plot's width, for the editor's layout. */
export const SCHEDULE_PLOT_WIDTH = WIDTH;

/** The values marked on a plot's left edge, each level with its row. */
function ValueTicks({ values, y }: { values: number[]; y: (value: number) => number }) {
  return values.map((v) => (
    <text key={v} className="schedule-plot__tick" x={-6} y={y(v)} dy="0.32em" textAnchor="end">
      {formatReading(v)}
    </text>
  ));
}
