/**
 * The principal axes of the local quadratic model as arrows (docs/curvature-views.md): from the
 * point θ along each eigenvector of H, the way gradient descent moves along it, of length
 * proportional to α·λ of the selected run's learning rate. α·λ is what decides a step along that
 * axis: on the model, gradient descent multiplies the distance to the model's centre along
 * eigenvector i by 1 − α·λᵢ each step (Nesterov, "Introductory Lectures on Convex Optimization",
 * 2004, §1.2.3), so the length reads against fixed marks: 1 (the step lands on the centre's
 * level along that axis) and the optimizer's limit (2 for gradient descent). A dimensionless
 * number gets a fixed scale: AXIS_UNIT_PX pixels per unit of α·λ, whatever the zoom.
 */
import type { LocalQuadratic, Pixel, PlotFrame, QuadraticModelDrawing } from './quadratic-model';

/** Pixels per unit of α·λ: the limit 2 of gradient descent is 60 px long. */
export const AXIS_UNIT_PX = 30;
/** The longest arrow drawn (5 units); a longer one is cut there and marked, its label exact. */
export const AXIS_MAX_PX = 150;

export interface AxisArrow {
  /** 0: the axis of λmax; 1: of λmin. */
  axis: 0 | 1;
  lambda: number;
  /** α·λ. */
  scaled: number;
  /** The unit direction drawn (plot pixels): the eigenvector, signed the way −∇f points along it. */
  direction: Pixel;
  /** From θ to the tip (plot pixels); the tip is θ itself when α·λ rounds to no length. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Longer than AXIS_MAX_PX: drawn that long, with a break mark. */
  clipped: boolean;
  /** The short mark across the arrow's line where α·λ equals the limit factor; null if off it. */
  limitTick: { x1: number; y1: number; x2: number; y2: number } | null;
  /**
   * Where the axis' ruler ends: the limit's tick, or the arrow's tip when that is farther (or
   * there is no tick). The ruler, a faint line from θ, lets the arrow be read against the tick;
   * the label goes beyond its end, clear of both.
   */
  reach: Pixel;
}

/** Half the length of the limit's tick (pixels). */
const TICK_HALF_PX = 6;

/**
 * The two axis arrows at `model.point` for learning rate `lr`; `limitFactor` (2 for gradient
 * descent, 2(1 + μ) for heavy ball, …: src/core/curvature/stability.ts) places the tick, or null
 * where the limit is not on the Hessian's own λ (the adaptive types') or there is none.
 */
export function axisArrows(
  model: LocalQuadratic,
  drawing: QuadraticModelDrawing,
  frame: PlotFrame,
  lr: number,
  limitFactor: number | null,
): AxisArrow[] {
  const [x0, y0] = model.point;
  const [ox, oy] = drawing.origin;
  const sx = frame.x(x0 + 1) - ox;
  const sy = frame.y(y0 + 1) - oy;
  const [vx, vy] = drawing.vectorMax;
  const vectors: [number, number][] = [
    [vx, vy],
    [-vy, vx],
  ];
  const lambdas = [drawing.lambdaMax, drawing.lambdaMin];
  const arrows: AxisArrow[] = [];
  vectors.forEach(([ex, ey], i) => {
    const lambda = lambdas[i]!;
    const scaled = lr * lambda;
    // Downhill along the axis: −∇f's component along it (either sign where it is 0).
    const along = model.grad[0] * ex + model.grad[1] * ey;
    const sign = along > 0 ? -1 : 1;
    let dx = sign * ex * sx;
    let dy = sign * ey * sy;
    const n = Math.hypot(dx, dy);
    if (!(n > 0) || !Number.isFinite(scaled)) return;
    [dx, dy] = [dx / n, dy / n];
    const full = Math.abs(scaled) * AXIS_UNIT_PX;
    const clipped = full > AXIS_MAX_PX;
    const length = clipped ? AXIS_MAX_PX : full;
    const tickAt = limitFactor !== null && limitFactor > 0 ? limitFactor * AXIS_UNIT_PX : Infinity;
    const cx = ox + dx * tickAt;
    const cy = oy + dy * tickAt;
    const ticked = tickAt <= AXIS_MAX_PX;
    const reach = Math.max(length, ticked ? tickAt : 0);
    arrows.push({
      axis: i as 0 | 1,
      lambda,
      scaled,
      direction: [dx, dy],
      x1: ox,
      y1: oy,
      x2: ox + dx * length,
      y2: oy + dy * length,
      clipped,
      reach: [ox + dx * reach, oy + dy * reach],
      limitTick: ticked
        ? {
            x1: cx - dy * TICK_HALF_PX,
            y1: cy + dx * TICK_HALF_PX,
            x2: cx + dy * TICK_HALF_PX,
            y2: cy - dx * TICK_HALF_PX,
          }
        : null,
    });
  });
  return arrows;
}
