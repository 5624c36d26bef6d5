/**
 * Where the 3D view's axis labels go: each axis named at the middle of the floor's edge nearer
 * the eye, with the window's range at the edge's ends, a little outside the floor and a little in
 * from the corner (the two edges meet at a corner: seen across it, labels at the corner itself
 * would overlap). Pure; the view moves its labels there on every camera change without a React
 * render.
 */
import { project, type Eye, type Vec3 } from '../../plot/camera3d';
import type { Box } from '../../plot/surface-mesh';

export interface AxisLabel {
  /** Which label: the axis name or its low or high end. */
  id: 'x' | 'y' | 'x0' | 'x1' | 'y0' | 'y1';
  /** CSS pixels from the view's top left; null when behind the eye. */
  at: [number, number] | null;
}

/** The labels' places in a view `width` × `height` CSS pixels. */
export function axisLabelPlaces(eye: Eye, box: Box, width: number, height: number): AxisLabel[] {
  const { halfX, halfY } = box;
  const out = 0.14;
  // Along the edge, in from its corner (box units; the floor's longer side is 2).
  const inset = 0.16;
  const inX = Math.max(0, halfX - inset);
  const inY = Math.max(0, halfY - inset);
  const near = (a: Vec3, b: Vec3) =>
    Math.hypot(a[0] - eye.eye[0], a[1] - eye.eye[1]) <=
    Math.hypot(b[0] - eye.eye[0], b[1] - eye.eye[1]);
  // The x axis along y = ±halfY, the y axis along x = ±halfX: whichever edge is nearer the eye.
  const ySide = near([0, -halfY, 0], [0, halfY, 0]) ? -1 : 1;
  const xSide = near([-halfX, 0, 0], [halfX, 0, 0]) ? -1 : 1;
  const yEdge = ySide * (halfY + out);
  const xEdge = xSide * (halfX + out);
  const places: [AxisLabel['id'], Vec3][] = [
    ['x', [0, yEdge, 0]],
    ['x0', [-inX, yEdge, 0]],
    ['x1', [inX, yEdge, 0]],
    ['y', [xEdge, 0, 0]],
    ['y0', [xEdge, -inY, 0]],
    ['y1', [xEdge, inY, 0]],
  ];
  const aspect = width / Math.max(1, height);
  return places.map(([id, point]) => {
    const ndc = project(eye, aspect, point);
    return {
      id,
      at: ndc ? [((ndc[0] + 1) / 2) * width, ((1 - ndc[1]) / 2) * height] : null,
    };
  });
}
