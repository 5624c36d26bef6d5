/**
 * Where a painted surface lies in the plot: its bitmap was painted for the window `view`, and
 * during a pan or a zoom the plot already shows another window, so the old picture is stretched
 * to where its window now lies until the new one arrives (src/state/sync.ts).
 */
import type { View } from '../../core/problems';
import type { Geometry } from './geometry';

/** The rectangle, in the plot's CSS pixels, that `view` covers in the plot of `geo`. */
export interface SurfaceRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function surfaceRect(view: View, geo: Geometry): SurfaceRect {
  const left = geo.x(view.x[0]);
  const top = geo.y(view.y[1]);
  return { left, top, width: geo.x(view.x[1]) - left, height: geo.y(view.y[0]) - top };
}

/**
 * The picture as the plot shows it, on a canvas of the plot's size at `ratio` device pixels per
 * CSS pixel: for an export made while the engine cannot paint a fresh one.
 */
export function plotPicture(
  bitmap: ImageBitmap,
  view: View,
  geo: Geometry,
  ratio: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(geo.plotWidth * ratio);
  canvas.height = Math.round(geo.plotHeight * ratio);
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const { left, top, width, height } = surfaceRect(view, geo);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(bitmap, left * ratio, top * ratio, width * ratio, height * ratio);
  }
  return canvas;
}
