/**
 * Paints a loss surface as contour bands with contour lines into an OffscreenCanvas, in the
 * worker, so the main thread only draws the finished bitmap (it never evaluates f over a grid).
 * The bands and lines are computed pixel by pixel (src/plot/surface-raster.ts: about ten times
 * faster than filling d3-contour's nested polygons, issue 17); the hatching of undefined cells
 * is drawn over them. Runs wherever OffscreenCanvas exists (workers in every current browser);
 * not in Node.
 */
import { rgb } from 'd3';
import type { Surface } from '../core/surface';
import type { ContourLevels } from '../plot/colormap';
import { rasterizeSurface, type Rgb } from '../plot/surface-raster';

/** Fill for cells where f is not finite: a neutral grey, hatched so it reads as "undefined". */
const UNDEFINED_FILL = '#c9ccd1';
/** Contour lines: white at 55 %, about 1.2 device pixels wide. */
const LINE_COLOR: Rgb = [255, 255, 255];
const LINE_ALPHA = 0.55;
const LINE_WIDTH = 1.2;

const rgbOf = (css: string): Rgb => {
  const { r, g, b } = rgb(css);
  return [r, g, b];
};

/** The surface's bands and lines at width × height device pixels. */
export function paintSurface(
  surface: Surface,
  levels: ContourLevels,
  width: number,
  height: number,
): ImageBitmap {
  const canvas = new OffscreenCanvas(
    Math.max(1, Math.round(width)),
    Math.max(1, Math.round(height)),
  );
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D context on OffscreenCanvas');
  const image = ctx.createImageData(canvas.width, canvas.height);
  rasterizeSurface(
    surface,
    {
      thresholds: levels.thresholds,
      colors: levels.colors.map(rgbOf),
      undefinedColor: rgbOf(UNDEFINED_FILL),
      lineColor: LINE_COLOR,
      lineAlpha: LINE_ALPHA,
      lineWidth: LINE_WIDTH,
    },
    canvas.width,
    canvas.height,
    image.data,
  );
  ctx.putImageData(image, 0, 0);
  paintUndefined(ctx, surface, canvas.width / surface.nx, canvas.height / surface.ny);
  return canvas.transferToImageBitmap();
}

function paintUndefined(
  ctx: OffscreenCanvasRenderingContext2D,
  surface: Surface,
  sx: number,
  sy: number,
): void {
  const { nx, ny, values } = surface;
  let any = false;
  ctx.beginPath();
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      if (Number.isNaN(values[j * nx + i]!)) {
        ctx.rect(i * sx, j * sy, sx + 0.5, sy + 0.5);
        any = true;
      }
    }
  }
  if (!any) return;
  ctx.fillStyle = UNDEFINED_FILL;
  ctx.fill();
  ctx.save();
  ctx.clip();
  ctx.strokeStyle = 'rgba(90, 96, 105, 0.5)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  const { width, height } = ctx.canvas;
  for (let d = -height; d < width; d += 8) {
    ctx.moveTo(d, height);
    ctx.lineTo(d + height, 0);
  }
  ctx.stroke();
  ctx.restore();
}
