/**
 * x, y, f and ∇f under the pointer, from the worker's probe (use-probe.ts: the main thread does
 * not evaluate f), and with the local quadratic model on, the Hessian's λmax and λmin there
 * (docs/curvature-views.md). Inside the plot's top-left corner, where nothing else sits (the
 * tools row is above the plot, the slice badge at its foot); when the pointer itself is in that
 * corner, the top-right one, so the read-out never hides what is pointed at (docs/app.md,
 * "Layout").
 */
import type { Probe } from '../../engine/api';
import { eigen2 } from '../../core/curvature/eigen2';
import { formatValue } from './format';
import { MARGIN, type Geometry } from './geometry';
import { inCorner } from './readout-corner';

export function HoverReadout({
  point,
  probe,
  curvature,
  axes,
  geo,
}: {
  point: [number, number] | null;
  /** The probe of `point` once it has come (use-probe.ts). */
  probe: Probe | null;
  /** Whether to add λmax and λmin (the local quadratic model is on). */
  curvature: boolean;
  axes: readonly [string, string];
  geo: Geometry;
}) {
  if (!point) return null;
  const current =
    probe && probe.point[0] === point[0] && probe.point[1] === point[1] ? probe : null;
  const eigen = curvature && current?.hessian ? eigen2(...current.hessian) : null;
  const right = inCorner(geo, point);
  return (
    <div
      className={`landscape__readout numeric${right ? ' landscape__readout--right' : ''}`}
      style={
        right
          ? { top: MARGIN.top + 6, right: MARGIN.right + 6 }
          : { top: MARGIN.top + 6, left: MARGIN.left + 6 }
      }
      data-testid="hover-readout"
      aria-live="off"
    >
      <span>
        {axes[0]} = {formatValue(point[0])}
      </span>
      <span>
        {axes[1]} = {formatValue(point[1])}
      </span>
      <span>f = {current ? formatValue(current.f) : '…'}</span>
      <span>
        ∇f = {current ? `(${formatValue(current.grad[0])}, ${formatValue(current.grad[1])})` : '…'}
      </span>
      {eigen && (
        <>
          <span data-testid="hover-lambda-max">λmax = {formatValue(eigen.lambdaMax)}</span>
          <span data-testid="hover-lambda-min">λmin = {formatValue(eigen.lambdaMin)}</span>
        </>
      )}
    </div>
  );
}
