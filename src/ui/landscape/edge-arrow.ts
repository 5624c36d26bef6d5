/**
 * Where to point at a run's marker that has left the window (issue 14, point 8): a small arrow
 * on the plot's edge, on the line from the plot's centre to the off-window point, pointing at it,
 * with its label ("step 47") just inside. Pure geometry in the plot's pixels, so that it can be
 * unit-tested; the landscape's ProgressLayer draws it (docs/app.md, "Divergence legible").
 */

export interface EdgeArrow {
  /** The arrow's tip, inside the plot by `inset` pixels. */
  x: number;
  y: number;
  /** The direction it points, in degrees clockwise from +x (screen y grows downwards). */
  angle: number;
  /** The label's anchor point, further inside the plot than the arrow. */
  labelX: number;
  labelY: number;
  /** SVG text-anchor and vertical placement of the label about (labelX, labelY). */
  anchor: 'start' | 'middle' | 'end';
  baseline: 'hanging' | 'middle' | 'auto';
}

/** The arrow's tip stays this far inside the plot's edge. */
export const EDGE_INSET = 10;
/** The label sits this far behind the arrow's tip, towards the plot's centre. */
const LABEL_GAP = 16;

/**
 * The arrow for a point (px, py) of a plot `width` × `height`, or null when the point is in the
 * plot (the marker itself is seen) or cannot be placed (NaN). Infinite coordinates point along
 * their sign.
 */
export function edgeArrow(
  px: number,
  py: number,
  width: number,
  height: number,
  inset = EDGE_INSET,
): EdgeArrow | null {
  if (Number.isNaN(px) || Number.isNaN(py) || width <= 0 || height <= 0) return null;
  if (px >= 0 && px <= width && py >= 0 && py <= height) return null;
  const cx = width / 2;
  const cy = height / 2;
  let dx = px - cx;
  let dy = py - cy;
  // An infinite coordinate dominates: point straight along it (both: along the diagonal).
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) {
    const fx = Number.isFinite(dx) ? 0 : Math.sign(dx);
    const fy = Number.isFinite(dy) ? 0 : Math.sign(dy);
    dx = fx;
    dy = fy;
  }
  const halfW = Math.max(0, cx - inset);
  const halfH = Math.max(0, cy - inset);
  // The largest t with the centre + t·d inside the inset rectangle.
  const t = Math.min(
    dx === 0 ? Infinity : halfW / Math.abs(dx),
    dy === 0 ? Infinity : halfH / Math.abs(dy),
  );
  const x = cx + t * dx;
  const y = cy + t * dy;
  // Nothing to point along (a degenerate plot or direction): no arrow rather than NaN in the DOM.
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  const length = Math.hypot(dx, dy);
  const ux = dx / length;
  const uy = dy / length;
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  // Which edge the arrow sits on decides how its label is placed: beside it, inwards.
  const onSide = Math.abs(x - cx) >= halfW - 1e-9 && halfW > 0;
  const onTopOrBottom = Math.abs(y - cy) >= halfH - 1e-9 && halfH > 0;
  let labelX = x - ux * LABEL_GAP;
  let labelY = y - uy * LABEL_GAP;
  let anchor: EdgeArrow['anchor'] = 'middle';
  let baseline: EdgeArrow['baseline'] = 'middle';
  if (onSide) {
    anchor = dx > 0 ? 'end' : 'start';
    labelX = x - Math.sign(dx) * LABEL_GAP;
    labelY = y;
  }
  if (onTopOrBottom) {
    baseline = dy > 0 ? 'auto' : 'hanging';
    labelY = y - Math.sign(dy) * LABEL_GAP;
    if (!onSide) labelX = x;
  }
  return { x, y, angle, labelX, labelY, anchor, baseline };
}
