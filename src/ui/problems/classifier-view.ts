/**
 * Pure pieces of the classifier's data view: the parameters a run holds at a step, the decision
 * boundary (the ½ level of the probability grid) as an SVG path, the soft probability field as
 * RGBA pixels, and the read-outs' text. No DOM, so each is tested in Node.
 *
 * Grids are laid out as the engine returns them (src/core/surface.ts): value (i, j) at
 * `grid[j·nx + i]`, row 0 at the top, each value taken at the centre of its cell.
 */
import type { RunResult } from '../../core/run';

/** The two classes' colours: Okabe–Ito vermillion and blue, apart under colour-vision deficiencies. */
export const CLASS_COLORS = ['#d55e00', '#0072b2'] as const;

/** The parameters θ a run holds at a step. */
export interface ParamsAtStep {
  params: Float64Array;
  /** The step whose point this is: the cursor step, or the last valid one of a diverged run. */
  step: number;
  /** True when the cursor is past the run's last valid point (it diverged before it). */
  clamped: boolean;
}

/**
 * Run `result`'s parameters at step `cursor` (a copy, ready to send to the worker), or null when
 * the run has no point at all. A run that diverged before the cursor gives its last valid point.
 */
export function paramsAt(result: RunResult, cursor: number): ParamsAtStep | null {
  const dim = result.dim;
  if (dim < 1) return null;
  const points = Math.floor(result.trajectory.length / dim);
  if (points === 0) return null;
  const wanted = Math.max(0, Math.round(Number.isFinite(cursor) ? cursor : 0));
  const step = Math.min(wanted, points - 1);
  return {
    params: result.trajectory.slice(step * dim, (step + 1) * dim),
    step,
    clamped: wanted > points - 1,
  };
}

/** A side of the probability grid for a plot `pixels` wide: about one value per 3 pixels. */
export function gridSide(pixels: number): number {
  return Math.max(24, Math.min(128, Math.round(pixels / 3)));
}

/**
 * The `level` contour of a grid as one SVG path, by marching squares over the cells between
 * value centres with linear interpolation along their edges. Saddle cells (opposite corners on
 * the same side) are split by the mean of their four corners. Segments are joined into
 * polylines; a closed loop ends in Z. Coordinates are mapped by `toX(u)`, `toY(v)` from grid
 * units, where value (i, j) sits at (i + ½, j + ½); cells holding NaN are skipped.
 *
 * @example isoLinePath(grid, 64, 64, 0.5, (u) => u * 3, (v) => v * 3)
 */
export function isoLinePath(
  grid: ArrayLike<number>,
  nx: number,
  ny: number,
  level: number,
  toX: (u: number) => number,
  toY: (v: number) => number,
): string {
  if (nx < 2 || ny < 2 || grid.length < nx * ny) return '';
  // Each crossing lies on an edge between two grid values; the edge names it, so the two cells
  // that share the edge find the same point, and the segments can be chained through it.
  const points = new Map<string, [number, number]>();
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    (links.get(a) ?? links.set(a, []).get(a)!).push(b);
    (links.get(b) ?? links.set(b, []).get(b)!).push(a);
  };
  const value = (i: number, j: number) => grid[j * nx + i]!;
  /** The crossing on the edge from value (i, j) to (i2, j2) (one step right or down). */
  const cross = (i: number, j: number, i2: number, j2: number): string => {
    const key = `${i2 > i ? 'h' : 'v'}${i},${j}`;
    if (!points.has(key)) {
      const a = value(i, j);
      const b = value(i2, j2);
      const t = a === b ? 0.5 : (level - a) / (b - a);
      points.set(key, [i + 0.5 + (i2 - i) * t, j + 0.5 + (j2 - j) * t]);
    }
    return key;
  };

  for (let j = 0; j + 1 < ny; j++) {
    for (let i = 0; i + 1 < nx; i++) {
      const a = value(i, j); // top left
      const b = value(i + 1, j); // top right
      const c = value(i + 1, j + 1); // bottom right
      const d = value(i, j + 1); // bottom left
      if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(c) || Number.isNaN(d)) continue;
      const A = a >= level;
      const B = b >= level;
      const C = c >= level;
      const D = d >= level;
      if (A === B && B === C && C === D) continue;
      const top = A !== B ? cross(i, j, i + 1, j) : null;
      const right = B !== C ? cross(i + 1, j, i + 1, j + 1) : null;
      const bottom = D !== C ? cross(i, j + 1, i + 1, j + 1) : null;
      const left = A !== D ? cross(i, j, i, j + 1) : null;
      if (top && right && bottom && left) {
        // A saddle: the centre decides which pair of opposite corners is joined.
        const centre = (a + b + c + d) / 4 >= level;
        if (centre === A) {
          link(top, right); // cut off b's corner
          link(bottom, left); // and d's
        } else {
          link(left, top);
          link(right, bottom);
        }
        continue;
      }
      const ends = [top, right, bottom, left].filter((e): e is string => e !== null);
      if (ends.length === 2) link(ends[0]!, ends[1]!);
    }
  }
  return chainPaths(points, links, toX, toY);
}

/** Walks the linked crossings into polylines, open chains from their ends first. */
function chainPaths(
  points: Map<string, [number, number]>,
  links: Map<string, string[]>,
  toX: (u: number) => number,
  toY: (v: number) => number,
): string {
  const used = new Set<string>();
  const parts: string[] = [];
  const at = (key: string) => {
    const [u, v] = points.get(key)!;
    return `${round1(toX(u))},${round1(toY(v))}`;
  };
  const walk = (start: string) => {
    const chain = [start];
    used.add(start);
    let current = start;
    for (;;) {
      const next = links.get(current)!.find((k) => !used.has(k));
      if (next === undefined) break;
      used.add(next);
      chain.push(next);
      current = next;
    }
    const closed = chain.length > 2 && links.get(current)!.includes(start);
    parts.push(`M${chain.map(at).join('L')}${closed ? 'Z' : ''}`);
  };
  // Ends of open chains (one neighbour) first, so no open line is started in its middle.
  for (const [key, next] of links) if (next.length === 1 && !used.has(key)) walk(key);
  for (const key of links.keys()) if (!used.has(key)) walk(key);
  return parts.join('');
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** The strongest tint of the field (at p = 0 or 1): soft enough that the points read on it. */
export const FIELD_MAX_ALPHA = 0.38;

/**
 * The probability field as RGBA pixels, one per grid value: class 1's colour where p > ½, class
 * 0's where p < ½, with opacity growing with the confidence |2p − 1| (none on the boundary).
 * NaN is left transparent.
 */
export function fieldPixels(
  grid: ArrayLike<number>,
  colors: readonly [string, string] = CLASS_COLORS,
): Uint8ClampedArray<ArrayBuffer> {
  const rgb = colors.map(parseHex);
  const out = new Uint8ClampedArray(new ArrayBuffer(grid.length * 4));
  for (let k = 0; k < grid.length; k++) {
    const p = grid[k]!;
    if (Number.isNaN(p)) continue;
    const [r, g, b] = rgb[p >= 0.5 ? 1 : 0]!;
    const confidence = Math.min(1, Math.abs(2 * p - 1));
    out[4 * k] = r;
    out[4 * k + 1] = g;
    out[4 * k + 2] = b;
    out[4 * k + 3] = Math.round(255 * FIELD_MAX_ALPHA * Math.sqrt(confidence));
  }
  return out;
}

function parseHex(color: string): [number, number, number] {
  const hex = color.replace('#', '');
  return [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16) || 0) as [number, number, number];
}

/**
 * A short fingerprint of a grid (FNV-1a over values rounded to 1e-6), for tests and debugging:
 * equal grids give equal strings, a moved boundary almost surely another.
 */
export function gridChecksum(grid: ArrayLike<number>): string {
  let hash = 0x811c9dc5;
  for (let k = 0; k < grid.length; k++) {
    const q = Math.round(grid[k]! * 1e6) | 0;
    hash = Math.imul(hash ^ q, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** An accuracy (a fraction) as a percentage with one decimal: 0.965 → "96.5%"; NaN → "—". */
export function formatAccuracy(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}

/** How many points each class has: [label 0, label 1]. */
export function classCounts(labels: ArrayLike<number>): [number, number] {
  let ones = 0;
  for (let k = 0; k < labels.length; k++) if (labels[k]! >= 0.5) ones++;
  return [labels.length - ones, ones];
}
