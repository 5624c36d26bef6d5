/**
 * Where the landscape's hover read-out goes (docs/app.md, "Layout"): the plot's top-left
 * corner, unless the pointer is in it, then the top-right one, so that the read-out never hides
 * the point it describes.
 */
import type { Geometry } from './geometry';

/** The read-out's room in the corner (px): wide enough for x, y, f and ∇f with long numbers. */
export const CORNER = { width: 380, height: 56 } as const;

/** Whether the pointer at `point` (data coordinates) is in the read-out's top-left corner. */
export function inCorner(
  geo: Pick<Geometry, 'x' | 'y' | 'plotWidth'>,
  point: readonly [number, number],
): boolean {
  const x = geo.x(point[0]);
  const y = geo.y(point[1]);
  return x < Math.min(CORNER.width, geo.plotWidth / 2) && y < CORNER.height;
}
