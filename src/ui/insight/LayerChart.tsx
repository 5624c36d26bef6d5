/**
 * One per-layer chart of the Inside tab (issue 22): a line per layer against step on a log y
 * axis, decades labelled, the cursor step marked, and an optional reference level (the
 * update/weight ratio's 1e-3, dashed). SVG sized to its box; its accessible name says what it
 * plots.
 */
import { useRef } from 'react';
import { decadeLabel, decadeTicks, logDomain, logLinePath } from '../../plot/log-lines';
import { useSize } from '../charts/use-size';

export interface LayerLine {
  name: string;
  color: string;
  /** The step of each value. */
  steps: ArrayLike<number>;
  values: ArrayLike<number>;
}

interface LayerChartProps {
  title: string;
  axis: string;
  /** The accessible description (what the chart plots, for which run). */
  label: string;
  lines: readonly LayerLine[];
  /** The last step of the x axis. */
  lastStep: number;
  cursor: number;
  /** A level drawn dashed across the chart, with its label. */
  reference?: { value: number; label: string };
  testId: string;
}

const MARGIN = { left: 44, right: 10, top: 20, bottom: 20 };

export function LayerChart(props: LayerChartProps) {
  const { lines, lastStep, cursor, reference } = props;
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(box);
  const domain = logDomain(
    lines.map((line) => line.values),
    reference ? [reference.value] : [],
  );
  const plotW = Math.max(1, width - MARGIN.left - MARGIN.right);
  const plotH = Math.max(1, height - MARGIN.top - MARGIN.bottom);
  const x = (step: number) => MARGIN.left + (plotW * step) / Math.max(1, lastStep);
  const y = (exponent: number) =>
    MARGIN.top + plotH * (1 - (exponent - domain.lo) / (domain.hi - domain.lo));
  // About two points per pixel: a 6,000-step run is not drawn point by point.
  const stride = (count: number) => Math.max(1, Math.floor(count / (2 * plotW)));
  const cursorX = x(Math.min(cursor, lastStep));

  return (
    <div className="layer-chart" ref={box} data-testid={props.testId}>
      {width > 0 && height > 0 && (
        <svg
          className="layer-chart__svg"
          width={width}
          height={height}
          role="img"
          aria-label={props.label}
        >
          <text className="layer-chart__title" x={MARGIN.left} y={13}>
            {props.title}
          </text>
          {decadeTicks(domain).map((exponent) => (
            <g key={exponent} className="layer-chart__tick">
              <line x1={MARGIN.left} x2={MARGIN.left + plotW} y1={y(exponent)} y2={y(exponent)} />
              <text x={MARGIN.left - 4} y={y(exponent) + 4} textAnchor="end">
                {decadeLabel(exponent)}
              </text>
            </g>
          ))}
          <text
            className="layer-chart__step"
            x={MARGIN.left + plotW}
            y={height - 4}
            textAnchor="end"
          >
            {lastStep}
          </text>
          <text className="layer-chart__step" x={MARGIN.left} y={height - 4}>
            0
          </text>
          {reference && (
            <g className="layer-chart__reference">
              <line
                x1={MARGIN.left}
                x2={MARGIN.left + plotW}
                y1={y(Math.log10(reference.value))}
                y2={y(Math.log10(reference.value))}
              />
              <text
                x={MARGIN.left + plotW - 2}
                y={y(Math.log10(reference.value)) - 4}
                textAnchor="end"
              >
                {reference.label}
              </text>
            </g>
          )}
          {lines.map((line) => (
            <path
              key={line.name}
              className="layer-chart__line"
              d={logLinePath(line.steps, line.values, x, y, stride(line.values.length))}
              stroke={line.color}
              data-layer={line.name}
            />
          ))}
          <line
            className="layer-chart__cursor"
            x1={cursorX}
            x2={cursorX}
            y1={MARGIN.top}
            y2={MARGIN.top + plotH}
          />
        </svg>
      )}
    </div>
  );
}
