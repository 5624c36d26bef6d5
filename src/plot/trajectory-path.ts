/**
 * A trajectory as an SVG path in screen coordinates, decimated for drawing: a point closer than
 * `minDistance` pixels to the last kept one is skipped (the last point is always kept), so a run
 * of a million steps draws as a few thousand segments. Alongside: for each kept point its step and
 * the path length up to it, so the part "up to the cursor" is a dash length, not a new path.
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

/** Screen coordinates far outside the plot are clamped so the SVG renderer stays exact. */
const COORD_LIMIT = 1e6;

export function trajectoryPath(
  trajectory: Float64Array,
  dim: number,
  toX: (x: number) => number,
  toY: (y: number) => number,
  minDistance = 0.75,
): TrajectoryPath {
  const count = Math.floor(trajectory.length / dim);
  const steps: number[] = [];
  const lengths: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  const parts: string[] = [];
  let lastX = 0;
  let lastY = 0;
  let length = 0;
  const minSq = minDistance * minDistance;
  for (let k = 0; k < count; k++) {
    const x = clamp(toX(trajectory[k * dim]!));
    const y = clamp(toY(trajectory[k * dim + 1]!));
    const dx = x - lastX;
    const dy = y - lastY;
    if (k > 0 && k < count - 1 && dx * dx + dy * dy < minSq) continue;
    if (k > 0) length += Math.sqrt(dx * dx + dy * dy);
    parts.push(`${k === 0 ? 'M' : 'L'}${round(x)},${round(y)}`);
    steps.push(k);
    lengths.push(length);
    xs.push(x);
    ys.push(y);
    lastX = x;
    lastY = y;
  }
  return {
    d: parts.join(''),
    steps: Int32Array.from(steps),
    lengths: Float64Array.from(lengths),
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

function clamp(v: number): number {
  return v > COORD_LIMIT ? COORD_LIMIT : v < -COORD_LIMIT ? -COORD_LIMIT : v;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
