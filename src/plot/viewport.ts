/**
 * The landscape's window arithmetic: fitting a view to the plot's aspect ratio (equal units on
 * both axes, so gradients cross contour lines at right angles as they do in the mathematics),
 * zooming about a point and panning. Pure.
 */
import type { View } from '../core/problems';

/** The view grown along one axis so that its aspect ratio equals width : height, centred. */
export function fitView(view: View, width: number, height: number): View {
  const [x0, x1] = view.x;
  const [y0, y1] = view.y;
  const w = x1 - x0;
  const h = y1 - y0;
  if (!(width > 0 && height > 0 && w > 0 && h > 0)) return view;
  const target = width / height;
  if (w / h < target) {
    const grow = (h * target - w) / 2;
    return { x: [x0 - grow, x1 + grow], y: [y0, y1] };
  }
  const grow = (w / target - h) / 2;
  return { x: [x0, x1], y: [y0 - grow, y1 + grow] };
}

/** Smallest and largest window width allowed, relative to the problem's default view. */
export const ZOOM_LIMITS = { min: 1e-4, max: 1e3 } as const;

/**
 * The view scaled by `factor` (< 1 zooms in) about `center`, which stays where it is on screen;
 * the width is kept within ZOOM_LIMITS of `reference`'s.
 */
export function zoomView(
  view: View,
  factor: number,
  center: readonly [number, number],
  reference: View,
): View {
  const width = view.x[1] - view.x[0];
  const referenceWidth = reference.x[1] - reference.x[0];
  const clamped = Math.min(
    ZOOM_LIMITS.max * referenceWidth,
    Math.max(ZOOM_LIMITS.min * referenceWidth, width * factor),
  );
  const f = clamped / width;
  const [cx, cy] = center;
  return {
    x: [cx + (view.x[0] - cx) * f, cx + (view.x[1] - cx) * f],
    y: [cy + (view.y[0] - cy) * f, cy + (view.y[1] - cy) * f],
  };
}

/** The view moved by (dx, dy) in data units. */
export function panView(view: View, dx: number, dy: number): View {
  return { x: [view.x[0] + dx, view.x[1] + dx], y: [view.y[0] + dy, view.y[1] + dy] };
}

/** True when both views are the same window. */
export function sameView(a: View, b: View): boolean {
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}

/** A view as `x0,x1,y0,y1`: the 2D plot's and the 3D view's `data-view`, compared by the e2e tests. */
export function viewTag({ x, y }: View): string {
  return [x[0], x[1], y[0], y[1]].join(',');
}
