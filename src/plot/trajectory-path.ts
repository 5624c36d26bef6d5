/**
 * A trajectory as an SVG path in screen coordinates, decimated for drawing, with for each kept
 * point its step and the path length up to it.
 *
 * Two filters keep a run of a million steps to what the pixels can show:
 *   - a point closer than `minDistance` pixels to the last kept one is skipped;
 *   - a point whose pixel cell, and the last kept point's cell, have both been drawn through
 *     already is skipped: a run oscillating about a minimum (Adam at a large α, SGD with noise)
 *     would otherwise add a segment per step over the same pixels. The last skipped point is
 *     drawn before the run enters new cells, so the line leaves from where the run really was.
 * If that still leaves more than MAX_PATH_POINTS, the cells are made coarser until it does not.
 * The first and last points are always kept, except a point that cannot be placed (a coordinate
 * that is not a number): it is never drawn. Coordinates far off the plot are clamped.
 */
export interface TrajectoryPath {
  /** SVG path data ("M x,y L x,y …"); empty for no points. */
  d: string;
  /** Step index of each kept point, ascending. */
  steps: Int32Array;
  /** Path length in pixels from the start to each kept point. */
  lengths: Float64Array;
  /** Screen x, y of each kept point. */
  xs: Float64Array;
  ys: Float64Array;
}

/** The plot's size in pixels: the cells of the second filter cover it. */
export interface PlotSize {
  width: number;
  height: number;
}

import { clampCoord as clamp } from './finite';

/** At most this many points per drawn path: a few hundred kilobytes of path data. */
export const MAX_PATH_POINTS = 20_000;
/** Cells of this many pixels first; doubled while a path is over its budget. */
const FIRST_CELL = 2;
const LAST_CELL = 64;

export function trajectoryPath(
  trajectory: Float64Array,
  dim: number,
  toX: (x: number) => number,
  toY: (y: number) => number,
  minDistance = 0.75,
  plot: PlotSize | null = null,
): TrajectoryPath {
  let cell = FIRST_CELL;
  for (;;) {
    const kept = keepPoints(trajectory, dim, toX, toY, minDistance, plot, cell);
    if (kept.steps.length <= MAX_PATH_POINTS || !plot || cell >= LAST_CELL) return build(kept);
    cell *= 2;
  }
}

interface Kept {
  steps: number[];
  xs: number[];
  ys: number[];
}

function keepPoints(
  trajectory: Float64Array,
  dim: number,
  toX: (x: number) => number,
  toY: (y: number) => number,
  minDistance: number,
  plot: PlotSize | null,
  cell: number,
): Kept {
  const count = Math.floor(trajectory.length / dim);
  const columns = plot ? Math.ceil(plot.width / cell) + 1 : 0;
  const rows = plot ? Math.ceil(plot.height / cell) + 1 : 0;
  const visited = new Uint8Array(columns * rows);
  /** The cell of a screen point, or −1 outside the plot (no cell filter there). */
  const cellOf = (x: number, y: number) => {
    if (!plot || x < 0 || y < 0 || x > plot.width || y > plot.height) return -1;
    return Math.floor(y / cell) * columns + Math.floor(x / cell);
  };
  const kept: Kept = { steps: [], xs: [], ys: [] };
  const keep = (k: number, x: number, y: number) => {
    kept.steps.push(k);
    kept.xs.push(x);
    kept.ys.push(y);
  };
  const minSq = minDistance * minDistance;
  let lastX = 0;
  let lastY = 0;
  let lastCell = -1;
  let skipped = -1; // the last point skipped by the cell filter, drawn before new ground
  let skippedX = 0;
  let skippedY = 0;
  for (let k = 0; k < count; k++) {
    const x = clamp(toX(trajectory[k * dim]!));
    const y = clamp(toY(trajectory[k * dim + 1]!));
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    const end = k === 0 || k === count - 1;
    const dx = x - lastX;
    const dy = y - lastY;
    if (!end && dx * dx + dy * dy < minSq) continue;
    const here = cellOf(x, y);
    if (!end && here >= 0 && lastCell >= 0 && visited[here] && visited[lastCell]) {
      skipped = k;
      skippedX = x;
      skippedY = y;
      continue;
    }
    if (skipped >= 0) {
      keep(skipped, skippedX, skippedY);
      skipped = -1;
    }
    keep(k, x, y);
    if (here >= 0) visited[here] = 1;
    lastX = x;
    lastY = y;
    lastCell = here;
  }
  return kept;
}

function build({ steps, xs, ys }: Kept): TrajectoryPath {
  const parts: string[] = [];
  const lengths = new Float64Array(steps.length);
  let length = 0;
  for (let i = 0; i < steps.length; i++) {
    if (i > 0) length += Math.hypot(xs[i]! - xs[i - 1]!, ys[i]! - ys[i - 1]!);
    lengths[i] = length;
    parts.push(`${i === 0 ? 'M' : 'L'}${round(xs[i]!)},${round(ys[i]!)}`);
  }
  return {
    d: parts.join(''),
    steps: Int32Array.from(steps),
    lengths,
    xs: Float64Array.from(xs),
    ys: Float64Array.from(ys),
  };
}

/** Index of the last kept point at or before `step` (0 if none). */
export function keptIndexAt(path: TrajectoryPath, step: number): number {
  let lo = 0;
  let hi = path.steps.length - 1;
  if (hi < 0 || step <= path.steps[0]!) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (path.steps[mid]! <= step) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
