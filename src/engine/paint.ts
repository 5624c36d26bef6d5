/**
 * Paints a loss surface as filled contour bands with contour lines into an OffscreenCanvas, in
 * the worker, so the main thread only draws the finished bitmap (it never evaluates f or runs
 * d3-contour over a grid). Runs wherever OffscreenCanvas exists (workers in every current
 * browser); not in Node.
 */
import { contours, type ContourMultiPolygon } from 'd3';
import type { Surface } from '../core/surface';
import type { ContourLevels } from '../plot/colormap';

/** Fill for cells where f is not finite: a neutral grey, hatched so it reads as "undefined". */
const UNDEFINED_FILL = '#c9ccd1';

/**
 * The surface's bands and lines at width × height device pixels. The grid's cells map onto the
 * canvas evenly, so a grid coarser than the canvas is smoothed by contour interpolation.
 */
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
  const sx = canvas.width / surface.nx;
  const sy = canvas.height / surface.ny;

  ctx.fillStyle = levels.colors[0]!;
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  const bands = contours().size([surface.nx, surface.ny]).thresholds(levels.thresholds)(
    surface.values as unknown as number[],
  );
  const path = (band: ContourMultiPolygon) => traceBand(ctx, band);
  ctx.save();
  ctx.scale(sx, sy);
  bands.forEach((band, i) => {
    ctx.beginPath();
    path(band);
    ctx.fillStyle = levels.colors[i + 1]!;
    ctx.fill();
  });
  // About 1.2 device pixels whatever the grid: a coarse grid (a model's slice) is scaled up a lot.
  ctx.lineWidth = 1.2 / Math.max(sx, sy, 1e-9);
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.55)';
  for (const band of bands) {
    ctx.beginPath();
    path(band);
    ctx.stroke();
  }
  ctx.restore();
  paintUndefined(ctx, surface, sx, sy);
  return canvas.transferToImageBitmap();
}

/**
 * Traces a contour band's rings into the current path: what d3.geoPath(null, ctx) does for
 * planar coordinates, without pulling d3-geo (its spherical machinery) into the worker bundle.
 * The rings are closed, and fill uses the nonzero rule d3-contour's winding is made for.
 */
function traceBand(ctx: OffscreenCanvasRenderingContext2D, band: ContourMultiPolygon): void {
  for (const polygon of band.coordinates) {
    for (const ring of polygon) {
      const first = ring[0];
      if (!first) continue;
      ctx.moveTo(first[0]!, first[1]!);
      for (let i = 1; i < ring.length; i++) ctx.lineTo(ring[i]![0]!, ring[i]![1]!);
      ctx.closePath();
    }
  }
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
