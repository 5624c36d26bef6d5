/**
 * The scatter of the dataset with two lines: the least-squares fit (dashed) and the selected
 * run's current fit in the run's colour, with thin residuals from each point to it (what the
 * mean squared error averages). The legend is beside the plot, in the data panel.
 */
import { scaleLinear } from 'd3';
import { memo, useRef } from 'react';
import type { Dataset } from '../../core/problems/linear-regression';
import { useT } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)
import { clipLine, type FittedLine } from './data-fit';
import { useSize } from '../charts/use-size';
import { ChartSvg } from '../charts/ChartSvg';

/** The selected run's line at the cursor step. */
export interface RunLine extends FittedLine {
  color: string;
  /** MSE over the full dataset at that step. */
  loss: number;
  /** Where the line is relative to the plot: inside, or passing above or below it. */
  side: 'inside' | 'above' | 'below';
}

interface DataPlotProps {
  dataset: Dataset;
  domains: { x: [number, number]; y: [number, number] };
  best: { w: number; b: number };
  run: RunLine | null;
}

const MARGIN = { top: 8, right: 8, bottom: 30, left: 34 } as const;
/** Residuals for more points than this would be a smear, not a picture of the error. */
const MAX_RESIDUALS = 200;

type Scale = ReturnType<typeof scaleLinear<number, number>>;

const tick = (v: number) => String(+v.toPrecision(6)).replace('-', '−');

export function DataPlot({ dataset, domains, best, run }: DataPlotProps) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(box);
  const plotWidth = Math.max(1, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(1, height - MARGIN.top - MARGIN.bottom);
  const x = scaleLinear().domain(domains.x).range([0, plotWidth]);
  const y = scaleLinear().domain(domains.y).range([plotHeight, 0]);
  const bestSegment = clipLine(best.w, best.b, domains.x, domains.y);
  const runSegment = run ? clipLine(run.w, run.b, domains.x, domains.y) : null;

  const label = t('data.plot', {
    count: dataset.xs.length,
    run: run ? t('data.plotRun', { step: run.step }) : '',
  });

  return (
    <div ref={box} className="data-plot">
      {width > 0 && (
        <ChartSvg className="data-plot__svg" width={width} height={height} label={label}>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <Axes x={x} y={y} width={plotWidth} height={plotHeight} />
            {run && runSegment && dataset.xs.length <= MAX_RESIDUALS && (
              <Residuals dataset={dataset} run={run} x={x} y={y} yDomain={domains.y} />
            )}
            <Points dataset={dataset} x={x} y={y} />
            {bestSegment && (
              <Segment className="data-plot__best" segment={bestSegment} x={x} y={y} />
            )}
            {run && runSegment && (
              <g style={{ color: run.color }}>
                <Segment className="data-plot__halo" segment={runSegment} x={x} y={y} />
                <Segment
                  className="data-plot__run"
                  testId="data-run-line"
                  segment={runSegment}
                  x={x}
                  y={y}
                />
              </g>
            )}
          </g>
        </ChartSvg>
      )}
    </div>
  );
}

function Segment({
  className,
  segment,
  x,
  y,
  testId,
}: {
  className: string;
  segment: readonly [number, number, number, number];
  x: Scale;
  y: Scale;
  testId?: string;
}) {
  return (
    <line
      className={className}
      data-testid={testId}
      x1={x(segment[0])}
      y1={y(segment[1])}
      x2={x(segment[2])}
      y2={y(segment[3])}
    />
  );
}

const Points = memo(function Points({ dataset, x, y }: { dataset: Dataset; x: Scale; y: Scale }) {
  return (
    <g className="data-plot__points">
      {Array.from(dataset.xs, (xi, i) => (
        <circle key={i} cx={x(xi)} cy={y(dataset.ys[i]!)} r={2.75} />
      ))}
    </g>
  );
});

function Residuals({
  dataset,
  run,
  x,
  y,
  yDomain,
}: {
  dataset: Dataset;
  run: RunLine;
  x: Scale;
  y: Scale;
  yDomain: [number, number];
}) {
  // One path of vertical segments; where the line leaves the plot the fitted end is clamped to
  // the frame, so the residual runs out of it.
  let d = '';
  for (let i = 0; i < dataset.xs.length; i++) {
    const xi = dataset.xs[i]!;
    const fitted = Math.max(yDomain[0], Math.min(yDomain[1], run.w * xi + run.b));
    d += `M${x(xi).toFixed(1)},${y(dataset.ys[i]!).toFixed(1)}V${y(fitted).toFixed(1)}`;
  }
  return <path className="data-plot__residuals" d={d} style={{ color: run.color }} />;
}

function Axes({ x, y, width, height }: { x: Scale; y: Scale; width: number; height: number }) {
  const xTicks = x.ticks(Math.max(2, Math.round(width / 70)));
  const yTicks = y.ticks(Math.max(2, Math.round(height / 40)));
  return (
    <g className="plot-axes model-axes data-plot__axes" aria-hidden="true">
      <g transform={`translate(0,${height})`}>
        {xTicks.map((t) => (
          <g key={t} transform={`translate(${x(t)},0)`}>
            <line y2={4} />
            <text y={16} textAnchor="middle">
              {tick(t)}
            </text>
          </g>
        ))}
        <text className="plot__name data-plot__axis-name" x={width} y={27} textAnchor="end">
          x
        </text>
      </g>
      {yTicks.map((t) => (
        <g key={t} transform={`translate(0,${y(t)})`}>
          <line className="data-plot__grid" x2={width} />
          <line x2={-4} />
          <text x={-7} dy="0.32em" textAnchor="end">
            {tick(t)}
          </text>
        </g>
      ))}
      <text className="plot__name data-plot__axis-name" x={-26} y={0} dy="0.7em">
        y
      </text>
      <rect className="model-axes__frame data-plot__frame" width={width} height={height} />
    </g>
  );
}
