/**
 * The local quadratic model on the landscape (issue 20; docs/curvature-views.md): at the pointer
 * (or the selected run's point), the level set of q(θ + d) = f + g·d + ½dᵀHd — its contour
 * through the point, an ellipse, a saddle's hyperbola with its asymptotes, … — a cross at the
 * model's centre, and H's principal axes as arrows of length α·λ with the optimizer's limit
 * marked; a caption says what is drawn and at which scale. The geometry is src/plot's
 * (quadratic-model.ts, quadratic-axes.ts); f, ∇f and H come from the worker's probe.
 */
import { memo, useMemo } from 'react';
import type { Probe } from '../../engine/api';
import { stabilityLimit, stepRegime } from '../../core/curvature/stability';
import { useT } from '../../i18n';
import '../../i18n/en-curvature-view'; // its words load with this chunk (docs/i18n.md)
import { optimizerTitle } from '../../i18n/text';
import { quadraticModel, type Pixel, type QuadraticModelDrawing } from '../../plot/quadratic-model';
import { AXIS_UNIT_PX, axisArrows, type AxisArrow } from '../../plot/quadratic-axes';
import {
  arrowHead,
  arrowShaft,
  breakMark,
  labelPlacement,
  labelWidth,
  MIN_ARROW_PX,
  separateLabels,
  type LabelPlacement,
} from './arrows-geometry';
import { formatValue } from './format';
import type { Geometry } from './geometry';
import type { ModelTarget } from './use-model-target';
import './LocalModel.css';

/** The nearest a label comes to θ along its axis (pixels): clear of the run's marker. */
const LABEL_OFFSET_PX = 12;

/** The symbols of the two axes' labels, the same in every language. */
const AXIS_SYMBOLS = ['α·λmax', 'α·λmin'] as const;

export const LocalModel = memo(function LocalModel({
  geo,
  probe,
  target,
}: {
  geo: Geometry;
  /** The probe of `target.point` (use-probe.ts), once it has come. */
  probe: Probe | null;
  target: ModelTarget;
}) {
  const t = useT();
  const hessian = probe?.hessian ?? null;
  const drawing = useMemo(
    () =>
      probe && hessian
        ? quadraticModel(
            { point: probe.point, f: probe.f, grad: probe.grad, hessian },
            { x: geo.x, y: geo.y, width: geo.plotWidth, height: geo.plotHeight },
          )
        : null,
    [probe, hessian, geo],
  );
  const { spec, lr } = target;
  const limit = useMemo(() => stabilityLimit(spec, lr), [spec, lr]);
  if (!probe || !hessian || !drawing) return null;
  // The tick sits where a step of this α starts to diverge along the axis (the weight-decay
  // shift included): only where the limit bounds H's own λ, not the preconditioned one.
  const onHessian = limit.on === 'hessian';
  const arrows = axisArrows(
    { point: probe.point, f: probe.f, grad: probe.grad, hessian },
    drawing,
    { x: geo.x, y: geo.y, width: geo.plotWidth, height: geo.plotHeight },
    lr,
    onHessian ? lr * limit.limit : null,
  );
  const diverging = (arrow: AxisArrow) =>
    onHessian && stepRegime(spec, lr, arrow.lambda) === 'diverging';
  const box = { width: geo.plotWidth, height: geo.plotHeight };
  const labels = arrows.map(
    (arrow) => `${AXIS_SYMBOLS[arrow.axis]} = ${formatValue(arrow.scaled)}`,
  );
  // Each label beyond its axis' ruler (the arrow's tip or the limit's tick, the farther),
  // at least a marker's width from θ so that a short arrow's label clears the point.
  const places = separateLabels(
    arrows.map((arrow, i) => {
      const [rx, ry] = arrow.reach;
      const out = Math.max(Math.hypot(rx - arrow.x1, ry - arrow.y1), LABEL_OFFSET_PX);
      const [ux, uy] = arrow.direction;
      const ruler = { ...arrow, x2: arrow.x1 + ux * out, y2: arrow.y1 + uy * out };
      const width = labelWidth(labels[i]!);
      return { ...inside(labelPlacement(ruler, 'tip', box), width, box.width), width };
    }),
  );
  const shape = shapeKey(drawing);
  const where =
    target.at.kind === 'pointer'
      ? t('curvatureView.where.pointer')
      : t('curvatureView.where.run', { name: target.name, step: target.at.step });
  const level = t(
    drawing.throughPoint ? 'curvatureView.level.through' : 'curvatureView.level.around',
  );
  const scaledOf = (axis: 0 | 1) => arrows.find((a) => a.axis === axis)?.scaled ?? NaN;
  const side = drawing.origin[0] > geo.plotWidth / 2 ? 'left' : 'right';
  const center: Pixel | null = drawing.center && [
    geo.x(drawing.center[0]),
    geo.y(drawing.center[1]),
  ];
  return (
    <>
      <svg
        className="landscape__model"
        width={geo.plotWidth}
        height={geo.plotHeight}
        data-testid="local-model"
        data-shape={drawing.shape}
        data-at={target.at.kind}
        data-x={probe.point[0]}
        data-y={probe.point[1]}
        data-lambda-max={drawing.lambdaMax}
        data-lambda-min={drawing.lambdaMin}
        data-level={drawing.level}
        data-through={drawing.throughPoint}
        data-lr={lr}
        data-scaled-max={scaledOf(0)}
        data-scaled-min={scaledOf(1)}
        data-center-x={drawing.center?.[0]}
        data-center-y={drawing.center?.[1]}
        role="img"
        aria-label={t('curvatureView.describe', {
          shape: t(`curvatureView.shape.${shape}`),
          where,
          level,
          max: formatValue(drawing.lambdaMax),
          min: formatValue(drawing.lambdaMin),
          scaledMax: formatValue(scaledOf(0)),
          scaledMin: formatValue(scaledOf(1)),
        })}
      >
        {drawing.asymptotes.map((line, i) => (
          <path key={`a${i}`} className="landscape__model-asymptote" d={pathOf(line)} />
        ))}
        {drawing.paths.map((line, i) => (
          <g key={`l${i}`} data-testid="local-model-level">
            <path className="landscape__model-halo" d={pathOf(line)} />
            <path className="landscape__model-level" d={pathOf(line)} />
          </g>
        ))}
        {center && center.every(Number.isFinite) && (
          <path
            className="landscape__model-center"
            data-testid="local-model-center"
            d={`M${center[0] - 5},${center[1]}h10M${center[0]},${center[1] - 5}v10`}
          />
        )}
        {arrows.map((arrow, i) => (
          <AxisArrowMark
            key={arrow.axis}
            arrow={arrow}
            label={labels[i]!}
            place={places[i]!}
            diverging={diverging(arrow)}
          />
        ))}
      </svg>
      {/* Short, at the plot's foot on the side away from the point (LocalModel.css moves it
          away from the inspector's card too); the Arrows menu explains the marks at length. */}
      <div
        className={`landscape__model-caption landscape__model-caption--${side}`}
        data-testid="local-model-caption"
      >
        <p>
          <strong>{t(`curvatureView.shape.${shape}`)}</strong> · {where}
        </p>
        <p>
          {t('curvatureView.scale', { unit: AXIS_UNIT_PX, lr: formatValue(lr) })};{' '}
          {limit.on === 'hessian'
            ? t('curvatureView.limit', { factor: formatValue(lr * limit.limit) })
            : limit.on === 'preconditioned'
              ? t('curvatureView.limitPreconditioned', { optimizer: optimizerTitle(spec.type) })
              : t('curvatureView.noLimit', { optimizer: optimizerTitle(spec.type) })}
        </p>
      </div>
    </>
  );
});

/** The caption's name of what is drawn. */
function shapeKey(drawing: QuadraticModelDrawing) {
  switch (drawing.shape) {
    case 'ellipse':
      return drawing.lambdaMax < 0 ? 'maximum' : 'minimum';
    case 'hyperbola':
      return 'saddle';
    default:
      return drawing.shape;
  }
}

function AxisArrowMark({
  arrow,
  label,
  place,
  diverging,
}: {
  arrow: AxisArrow;
  label: string;
  place: LabelPlacement;
  diverging: boolean;
}) {
  const long = Math.hypot(arrow.x2 - arrow.x1, arrow.y2 - arrow.y1) >= MIN_ARROW_PX;
  const kind = arrow.axis === 0 ? 'max' : 'min';
  return (
    <g
      className={`landscape__model-axis${diverging ? ' landscape__model-axis--diverging' : ''}`}
      data-testid={`local-model-axis-${kind}`}
      data-scaled={arrow.scaled}
      data-diverging={diverging}
      data-x1={round(arrow.x1)}
      data-y1={round(arrow.y1)}
      data-x2={round(arrow.x2)}
      data-y2={round(arrow.y2)}
    >
      {arrow.limitTick && (
        <path
          className="landscape__model-ruler"
          d={`M${round(arrow.x1)},${round(arrow.y1)}L${round(arrow.reach[0])},${round(arrow.reach[1])}`}
        />
      )}
      {long && (
        <>
          <path className="landscape__model-halo" d={arrowShaft(arrow)} />
          <path className="landscape__model-halo" d={arrowHead(arrow)} />
          <path className="landscape__model-shaft" d={arrowShaft(arrow)} />
          {arrow.clipped && <path className="landscape__arrow-break" d={breakMark(arrow)} />}
          <path className="landscape__model-head" d={arrowHead(arrow)} />
        </>
      )}
      {arrow.limitTick && (
        <path
          className="landscape__model-tick"
          d={`M${arrow.limitTick.x1},${arrow.limitTick.y1}L${arrow.limitTick.x2},${arrow.limitTick.y2}`}
        />
      )}
      <text className="landscape__model-label" x={place.x} y={place.y} textAnchor={place.anchor}>
        {label}
      </text>
    </g>
  );
}

/**
 * A label moved along x until all of it is in the plot: these labels are wider than the arrows'
 * (labelPlacement turns only those near an edge), and one cut by the edge would lose its number.
 */
function inside(place: LabelPlacement, width: number, plotWidth: number): LabelPlacement {
  const left =
    place.anchor === 'start'
      ? place.x
      : place.anchor === 'end'
        ? place.x - width
        : place.x - width / 2;
  const shift = Math.max(2 - left, Math.min(0, plotWidth - 2 - (left + width)));
  return { ...place, x: place.x + shift };
}

const pathOf = (line: Pixel[]) =>
  line.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('');

const round = (value: number) => Math.round(value * 100) / 100;
