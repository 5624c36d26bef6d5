/**
 * One sensitivity heatmap: the cells on a canvas (400-odd rectangles redrawn per chunk), the axes,
 * the run's current values as a ring, and the hovered or focused cell outlined, in SVG above.
 * Pointer: hover reads a cell out, click sets both values on the run. Keyboard: the plot takes
 * focus, arrows move a cell outline (starting at the run's values), Enter or Space sets them.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { MapAxes } from '../../core/sensitivity';
import { useSize } from '../charts/use-size';
import type { MapView } from './sensitivity-controller';
import {
  axisPixel,
  axisTicks,
  cellAt,
  cellRect,
  moveCell,
  nearestCell,
} from './sensitivity-geometry';
import { drawnCell, type MapColorScale } from './sensitivity-scale';
import './SensitivityMap.css';

/** Room around the plot: the y ticks' width is measured from their labels. */
const TOP = 16;
const BOTTOM = 30;
/** The gap between tick labels and the plot. */
const TICK_GAP = 5;

/** The width of a 12 px tick label, estimated (tabular digits ~7 px, the point ~3.5 px). */
function labelWidth(label: string): number {
  let width = 0;
  for (const c of label) width += c === '.' ? 3.5 : 7;
  return width;
}

/** Fills of cells that have no colour: not computed yet, and diverged (hatched over grey). */
const PENDING_FILL = '#f1f3f5';
const DIVERGED_FILL = '#dfe2e6';
const HATCH_STROKE = '#9aa3ad';
/** The previous map shows through this faintly while the new one is computed. */
const STALE_ALPHA = 0.35;

export interface SensitivityMapProps {
  axes: MapAxes;
  view: MapView;
  scale: MapColorScale;
  /** The run's current values of the two hyperparameters. */
  current: { x: number; y: number };
  /** The run's colour, for the marker. */
  color: string;
  /** Axis names, e.g. β1 and β2. */
  xName: string;
  yName: string;
  /** The plot's accessible name. */
  label: string;
  testId: string;
  /** The cell outlined from outside (the hovered one), or null. */
  hovered: number | null;
  onHover(cell: number | null): void;
  onPick(cell: number): void;
}

export function SensitivityMap(props: SensitivityMapProps) {
  const { axes, view, scale, current, color, xName, yName, label, testId, hovered } = props;
  const container = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { width, height } = useSize(container);
  const [focusCell, setFocusCell] = useState<number | null>(null);

  const xTicks = axisTicks(axes.x, 4);
  const yTicks = axisTicks(axes.y, 6);
  const left = Math.ceil(Math.max(...yTicks.map((t) => labelWidth(t.label)))) + TICK_GAP + 3;
  // The last x tick sits at the plot's right edge: room for half of its label.
  const lastX = xTicks.at(-1);
  const right = Math.max(
    6,
    lastX ? labelWidth(lastX.label) / 2 - (1 / (2 * axes.x.count)) * (width - left) + 2 : 0,
  );
  const plotWidth = Math.max(1, width - left - right);
  const plotHeight = Math.max(1, height - TOP - BOTTOM);

  // Cells are drawn at device resolution; a redraw per chunk is cheap (≤ 441 rectangles).
  useEffect(() => {
    const element = canvas.current;
    if (!element || width < 2 || height < 2) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.round(plotWidth * ratio);
    element.height = Math.round(plotHeight * ratio);
    const context = element.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    // Cells not computed yet take the theme's sunken surface (light or dark).
    const sunken = getComputedStyle(element).getPropertyValue('--panel-sunken').trim();
    context.fillStyle = sunken || PENDING_FILL;
    context.fillRect(0, 0, plotWidth, plotHeight);
    const total = axes.x.count * axes.y.count;
    for (let i = 0; i < total; i++) {
      const cell = drawnCell(view.progress, view.previous, i);
      if (cell.state === 'pending') continue;
      const r = cellRect(axes, i, plotWidth, plotHeight);
      context.globalAlpha = cell.state === 'stale' ? STALE_ALPHA : 1;
      if (cell.divergedAt >= 0) {
        context.fillStyle = DIVERGED_FILL;
        context.fillRect(r.x, r.y, r.width, r.height);
        hatch(context, r);
      } else if (Number.isFinite(cell.value)) {
        context.fillStyle = scale.color(cell.value);
        context.fillRect(r.x, r.y, r.width, r.height);
      }
    }
    context.globalAlpha = 1;
  }, [view, scale, axes, width, height, plotWidth, plotHeight]);

  const cellFromEvent = (event: MouseEvent<HTMLDivElement>): number | null => {
    const box = event.currentTarget.getBoundingClientRect();
    return cellAt(axes, event.clientX - box.left, event.clientY - box.top, box.width, box.height);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, 1],
      ArrowDown: [0, -1],
    };
    const base = focusCell ?? nearestCell(axes, current.x, current.y);
    const move = moves[event.key];
    if (move) {
      event.preventDefault(); // not the timeline's step keys, not page scrolling
      event.stopPropagation();
      const next = moveCell(axes, base, move[0], move[1]);
      setFocusCell(next);
      props.onHover(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      props.onPick(base);
    }
  };

  const marker = {
    x: axisPixel(axes.x, current.x, plotWidth),
    y: axisPixel(axes.y, current.y, plotHeight),
  };
  const outlined = focusCell ?? hovered;
  const outline = outlined !== null ? cellRect(axes, outlined, plotWidth, plotHeight) : null;

  return (
    <div
      className="sensitivity-map"
      ref={container}
      data-testid={testId}
      data-status={view.status}
      data-done={view.progress?.done ?? 0}
    >
      {width > 0 && (
        <>
          <svg className="sensitivity-map__svg" width={width} height={height} aria-hidden="true">
            <text className="sensitivity-map__name" x={left - TICK_GAP} y={11} textAnchor="end">
              {yName}
            </text>
            <g transform={`translate(${left},${TOP})`}>
              <rect className="sensitivity-map__frame" width={plotWidth} height={plotHeight} />
              {xTicks.map((tick) => {
                const x = axisPixel(axes.x, tick.value, plotWidth).px;
                return (
                  <g key={tick.label} transform={`translate(${x},${plotHeight})`}>
                    <line className="sensitivity-map__tick" y2={4} />
                    <text y={15} textAnchor="middle">
                      {tick.label}
                    </text>
                  </g>
                );
              })}
              {yTicks.map((tick) => {
                const y = plotHeight - axisPixel(axes.y, tick.value, plotHeight).px;
                return (
                  <g key={tick.label} transform={`translate(0,${y})`}>
                    <line className="sensitivity-map__tick" x2={-4} />
                    <text x={-TICK_GAP - 1} dy="0.32em" textAnchor="end">
                      {tick.label}
                    </text>
                  </g>
                );
              })}
              <text
                className="sensitivity-map__name"
                x={plotWidth / 2}
                y={plotHeight + 28}
                textAnchor="middle"
              >
                {xName}
              </text>
            </g>
          </svg>
          <canvas
            ref={canvas}
            className="sensitivity-map__canvas"
            style={{ left, top: TOP, width: plotWidth, height: plotHeight }}
          />
          <svg
            className="sensitivity-map__overlay"
            style={{ left, top: TOP }}
            width={plotWidth}
            height={plotHeight}
            aria-hidden="true"
          >
            {outline && (
              <rect
                className="sensitivity-map__outline"
                x={outline.x + 0.5}
                y={outline.y + 0.5}
                width={Math.max(0, outline.width - 1)}
                height={Math.max(0, outline.height - 1)}
              />
            )}
            <g
              className={`sensitivity-map__marker${marker.x.outside || marker.y.outside ? ' sensitivity-map__marker--outside' : ''}`}
              transform={`translate(${marker.x.px},${plotHeight - marker.y.px})`}
              data-testid={`${testId}-marker`}
            >
              <circle className="sensitivity-map__marker-halo" r={6} />
              <circle className="sensitivity-map__marker-ring" r={6} style={{ stroke: color }} />
            </g>
          </svg>
          <div
            className="sensitivity-map__hit"
            style={{ left, top: TOP, width: plotWidth, height: plotHeight }}
            role="group"
            aria-roledescription="heatmap"
            aria-label={label}
            tabIndex={0}
            onPointerMove={(event) => props.onHover(cellFromEvent(event))}
            onPointerLeave={() => props.onHover(null)}
            onClick={(event) => {
              const cell = cellFromEvent(event);
              if (cell !== null) props.onPick(cell);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => {
              const cell = nearestCell(axes, current.x, current.y);
              setFocusCell(cell);
              props.onHover(cell);
            }}
            onBlur={() => {
              setFocusCell(null);
              props.onHover(null);
            }}
          />
        </>
      )}
    </div>
  );
}

/** Diagonal hatching inside a rectangle (diverged cells), clipped to it. */
function hatch(
  context: CanvasRenderingContext2D,
  r: { x: number; y: number; width: number; height: number },
): void {
  context.save();
  context.beginPath();
  context.rect(r.x, r.y, r.width, r.height);
  context.clip();
  context.strokeStyle = HATCH_STROKE;
  context.lineWidth = 1;
  context.beginPath();
  // Lines x + y = 4k in plot pixels, so the hatching runs on unbroken across neighbouring cells.
  const end = r.x + r.y + r.width + r.height;
  for (let s = Math.ceil((r.x + r.y) / 4) * 4; s <= end; s += 4) {
    const a = s - r.y - r.height;
    context.moveTo(a, r.y + r.height);
    context.lineTo(a + r.height, r.y);
  }
  context.stroke();
  context.restore();
}
