/**
 * Two-finger pinch on the landscape: the window scales by the ratio of the fingers' spacing and
 * follows their midpoint, so the point of the surface under the fingers stays under them, as on
 * a map. Pure; the gesture hook feeds it plot-relative pixel positions.
 */
import type { View } from '../../core/problems';
import { panView, zoomView } from '../../plot/viewport';

/** A position in pixels from the plot's top-left corner. */
export type PlotPixel = readonly [x: number, y: number];

/** Below this spacing (px) two touches are too close to measure a scale from. */
const MIN_SPACING = 8;

/**
 * The view for a pinch that started with fingers at `from` over `view` and now has them at
 * `to`. `plotWidth` is the plot's width in pixels (units per pixel are equal on both axes);
 * `reference` bounds the zoom as the wheel's does.
 */
export function pinchView(
  view: View,
  plotWidth: number,
  reference: View,
  from: readonly [PlotPixel, PlotPixel],
  to: readonly [PlotPixel, PlotPixel],
): View {
  const spacing0 = Math.hypot(from[1][0] - from[0][0], from[1][1] - from[0][1]);
  const spacing = Math.hypot(to[1][0] - to[0][0], to[1][1] - to[0][1]);
  if (!(plotWidth > 0) || spacing0 < MIN_SPACING || spacing < MIN_SPACING) return view;
  const mid0 = midpoint(from);
  const mid = midpoint(to);
  const unitsPerPixel = (view.x[1] - view.x[0]) / plotWidth;
  // The data point under the first midpoint (y grows upwards in data, downwards on screen).
  const anchor: [number, number] = [
    view.x[0] + mid0[0] * unitsPerPixel,
    view.y[1] - mid0[1] * unitsPerPixel,
  ];
  // Fingers apart (spacing > spacing0) zoom in: the window shrinks by spacing0 / spacing.
  const zoomed = zoomView(view, spacing0 / spacing, anchor, reference);
  const zoomedUnits = (zoomed.x[1] - zoomed.x[0]) / plotWidth;
  return panView(zoomed, -(mid[0] - mid0[0]) * zoomedUnits, (mid[1] - mid0[1]) * zoomedUnits);
}

function midpoint([a, b]: readonly [PlotPixel, PlotPixel]): [number, number] {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}
