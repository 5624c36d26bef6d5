/**
 * The classifier's data plot: the points coloured and shaped by class (vermillion circles for
 * label 0, blue squares for label 1, so the classes read in grey too), over the selected run's
 * predicted probability as a soft two-colour field, with the decision boundary p = ½ as a line.
 * The plot is square, since both axes are the same kind of coordinate.
 *
 * The field is painted on a canvas from the worker's grid; the points and the boundary are SVG
 * over it. The points are redrawn only when the dataset or the size changes, not per step.
 */
import { scaleLinear } from 'd3';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { ClassificationData, View } from '../../core/problems';
import { useT } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)
import { fieldPixels, gridChecksum, isoLinePath } from './classifier-view';
import { useSize } from '../charts/use-size';
import { ChartSvg } from '../charts/ChartSvg';

/** The grid to draw, or null while there is none for this dataset. */
export interface PlotDecision {
  grid: Float64Array;
  nx: number;
  ny: number;
  /** The step the grid is of, shown as data-step so that tests can wait for a step's grid. */
  step?: number;
}

interface ClassifierPlotProps {
  data: ClassificationData;
  view: View;
  decision: PlotDecision | null;
  /** Called with the plot's side in pixels, so the grid's resolution can follow it. */
  onSide?(side: number): void;
}

// Bottom: the tick labels and, under them, the axis name "x₁" with its subscript (not clipped).
const MARGIN = { top: 6, right: 6, bottom: 30, left: 30 } as const;
/** Marker size grows with the plot: small plots of many points would be a solid smear. */
const markerRadius = (side: number) => Math.max(2.6, Math.min(4.2, side / 45));

type Scale = ReturnType<typeof scaleLinear<number, number>>;

const tick = (v: number) => String(+v.toPrecision(6)).replace('-', '−');

export function ClassifierPlot({ data, view, decision, onSide }: ClassifierPlotProps) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(box);
  const side = Math.max(
    1,
    Math.min(width - MARGIN.left - MARGIN.right, height - MARGIN.top - MARGIN.bottom),
  );
  // The square is centred in the space the panel gives it.
  const left = Math.max(MARGIN.left, Math.floor((width - side + MARGIN.left - MARGIN.right) / 2));
  const x = useMemo(() => scaleLinear().domain(view.x).range([0, side]), [view, side]);
  const y = useMemo(() => scaleLinear().domain(view.y).range([side, 0]), [view, side]);

  useEffect(() => {
    if (side > 1) onSide?.(side);
  }, [side, onSide]);

  const boundary = useMemo(
    () =>
      decision
        ? isoLinePath(
            decision.grid,
            decision.nx,
            decision.ny,
            0.5,
            (u) => (u / decision.nx) * side,
            (v) => (v / decision.ny) * side,
          )
        : '',
    [decision, side],
  );
  const checksum = useMemo(() => (decision ? gridChecksum(decision.grid) : ''), [decision]);

  const label = t('models.plot', {
    count: data.labels.length,
    decision: decision ? t('models.plotDecision') : '',
  });

  return (
    <div
      ref={box}
      className="classifier-plot"
      data-testid="classifier-plot"
      data-checksum={checksum || undefined}
      data-step={decision?.step}
    >
      {width > 0 && (
        <>
          <Field decision={decision} left={left} side={side} />
          <ChartSvg className="classifier-plot__svg" width={width} height={height} label={label}>
            <g transform={`translate(${left},${MARGIN.top})`}>
              <Axes x={x} y={y} side={side} />
              <Points data={data} x={x} y={y} r={markerRadius(side)} />
              {boundary && (
                <g className="classifier-plot__boundary">
                  <path className="classifier-plot__boundary-halo" d={boundary} />
                  <path
                    className="classifier-plot__boundary-line"
                    d={boundary}
                    data-testid="decision-boundary"
                  />
                </g>
              )}
              <rect
                className="model-axes__frame classifier-plot__frame"
                width={side}
                height={side}
              />
            </g>
          </ChartSvg>
        </>
      )}
    </div>
  );
}

/** The probability field: the grid's pixels drawn smoothly scaled onto the plot square. */
function Field({
  decision,
  left,
  side,
}: {
  decision: PlotDecision | null;
  left: number;
  side: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const ratio = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
  useEffect(() => {
    const target = canvas.current;
    const context = target?.getContext('2d');
    if (!target || !context) return;
    context.clearRect(0, 0, target.width, target.height);
    if (!decision) return;
    const source = document.createElement('canvas');
    source.width = decision.nx;
    source.height = decision.ny;
    const image = new ImageData(fieldPixels(decision.grid), decision.nx, decision.ny);
    source.getContext('2d')?.putImageData(image, 0, 0);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    // Grid values sit at cell centres: the image's pixels are the cells, so it spans the square.
    context.drawImage(source, 0, 0, target.width, target.height);
  }, [decision, side, ratio]);
  return (
    <canvas
      ref={canvas}
      className="classifier-plot__field"
      width={Math.round(side * ratio)}
      height={Math.round(side * ratio)}
      style={{ left, top: MARGIN.top, width: side, height: side }}
      aria-hidden="true"
    />
  );
}

/** Both classes as one path each: 2,000 points stay two DOM nodes. */
const Points = memo(function Points({
  data,
  x,
  y,
  r,
}: {
  data: ClassificationData;
  x: Scale;
  y: Scale;
  r: number;
}) {
  let circles = '';
  let squares = '';
  // A square of the same area as the circle reads as the same weight.
  const h = +(r * 0.886).toFixed(2);
  for (let k = 0; k < data.labels.length; k++) {
    const px = x(data.x1[k]!);
    const py = y(data.x2[k]!);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    if (data.labels[k]! >= 0.5) {
      squares += `M${(px - h).toFixed(1)},${(py - h).toFixed(1)}h${2 * h}v${2 * h}h${-2 * h}Z`;
    } else {
      circles += `M${(px - r).toFixed(1)},${py.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    }
  }
  return (
    <g
      className="classifier-plot__points"
      data-testid="classifier-points"
      data-count={data.labels.length}
    >
      <path className="classifier-plot__class0" d={circles} />
      <path className="classifier-plot__class1" d={squares} />
    </g>
  );
});

function Axes({ x, y, side }: { x: Scale; y: Scale; side: number }) {
  const count = Math.max(3, Math.round(side / 40));
  return (
    <g className="plot-axes model-axes classifier-plot__axes" aria-hidden="true">
      <g transform={`translate(0,${side})`}>
        {x.ticks(count).map((t) => (
          <g key={t} transform={`translate(${x(t)},0)`}>
            <line y2={4} />
            <text y={15} textAnchor="middle">
              {tick(t)}
            </text>
          </g>
        ))}
        <text className="plot__name classifier-plot__axis-name" x={side} y={27} textAnchor="end">
          x₁
        </text>
      </g>
      {/* Ticks near the top would sit under the axis name. */}
      {y
        .ticks(count)
        .filter((t) => y(t) > 14)
        .map((t) => (
          <g key={t} transform={`translate(0,${y(t)})`}>
            <line x2={-4} />
            <text x={-7} dy="0.32em" textAnchor="end">
              {tick(t)}
            </text>
          </g>
        ))}
      <text className="plot__name classifier-plot__axis-name" x={-27} y={0} dy="0.7em">
        x₂
      </text>
    </g>
  );
}
