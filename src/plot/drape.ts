/**
 * A run's path laid on the 3D surface (issue 19; docs/3d.md): following it, not cutting through
 * it. Each point of the run sits at its own height — f there, the loss the engine computed, on
 * the surface's height scale — and each segment between two points is cut wherever it crosses a
 * grid line or a cell's diagonal: between two cuts the segment stays inside one triangle of the
 * mesh, where the drawn surface is flat, so the cut points, placed on the mesh
 * (`meshHeightAt`), make a polyline that lies on the drawn surface. Parts outside the window are
 * clipped away (the path breaks into strips there, and over holes where f is not finite).
 *
 * Each point carries its step (fractional between two steps), so the view draws the part up to
 * the cursor solid and the future as the trails say with one number per frame, never rebuilding
 * the path. Pure.
 */
import { gridCoordinates, meshHeightAt, toBox, type SurfaceMesh } from './surface-mesh';

export interface DrapedPath {
  /** x, y, z in box units, three per point. */
  points: Float32Array;
  /** Each point's step: k at the run's point k, between k and k + 1 on the segment after it. */
  steps: Float32Array;
  /** [start, end) of each unbroken strip, as point indices, in pairs. */
  strips: Uint32Array;
  /** 1 where the point is one of the run's own, 0 where it is a cut or the window's edge. */
  own: Uint8Array;
}

export interface DrapeOptions {
  /**
   * The height of the run's point k in box units (f at θ_k on the surface's scale); NaN or null
   * places the point on the mesh instead (a model's slice, where the loss is not f on the plane).
   */
  heightAt?: ((k: number) => number) | null;
  /**
   * Points closer than this (box units, on the floor) to the last one kept add nothing a line
   * can show; the last point of the run is always kept.
   */
  minDistance?: number;
}

/** Growable float arrays for the points and steps. */
class Builder {
  points: number[] = [];
  steps: number[] = [];
  strips: number[] = [];
  own: number[] = [];
  private open = -1;

  add(x: number, y: number, z: number, step: number, own = false): void {
    if (!Number.isFinite(z)) {
      this.end();
      return;
    }
    if (this.open < 0) this.open = this.steps.length;
    this.points.push(x, y, z);
    this.steps.push(step);
    this.own.push(own ? 1 : 0);
  }

  end(): void {
    if (this.open >= 0 && this.steps.length - this.open >= 2)
      this.strips.push(this.open, this.steps.length);
    else if (this.open >= 0) {
      // A lone point draws nothing: drop it.
      this.points.length = this.open * 3;
      this.steps.length = this.open;
      this.own.length = this.open;
    }
    this.open = -1;
  }

  get isOpen(): boolean {
    return this.open >= 0;
  }
}

/**
 * The part [t0, t1] of the segment p → p + d (0 ≤ t ≤ 1) inside the rectangle
 * |x| ≤ hx, |y| ≤ hy (Liang and Barsky, 1984); null when it misses.
 */
export function clipSegment(
  px: number,
  py: number,
  dx: number,
  dy: number,
  hx: number,
  hy: number,
): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, px + hx],
    [dx, hx - px],
    [-dy, py + hy],
    [dy, hy - py],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
    }
  }
  return t0 <= t1 ? [t0, t1] : null;
}

/** Where (strictly between t0 and t1) the line a + t·b crosses an integer. */
function integerCrossings(a: number, b: number, t0: number, t1: number, out: number[]): void {
  if (b === 0) return;
  const from = a + b * t0;
  const to = a + b * t1;
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  for (let m = Math.floor(low) + 1; m < high; m++) {
    const t = (m - a) / b;
    if (t > t0 && t < t1) out.push(t);
  }
}

/** The run's `count` points (x, y the first two of each `dim`) laid on `mesh`. */
export function drapePath(
  trajectory: Float64Array,
  dim: number,
  count: number,
  mesh: SurfaceMesh,
  options: DrapeOptions = {},
): DrapedPath {
  const { box } = mesh;
  const { heightAt = null, minDistance = 0 } = options;
  const out = new Builder();
  const kept = keptPoints(trajectory, dim, count, mesh, minDistance);
  const pointHeight = (k: number, bx: number, by: number) => {
    const exact = heightAt ? heightAt(k) : NaN;
    return Number.isFinite(exact) ? exact : meshHeightAt(mesh, bx, by);
  };
  const cuts: number[] = [];
  for (let p = 0; p + 1 < kept.length; p++) {
    const a = kept[p]!;
    const b = kept[p + 1]!;
    const [ax, ay] = toBox(box, trajectory[a * dim]!, trajectory[a * dim + 1]!);
    const [bx, by] = toBox(box, trajectory[b * dim]!, trajectory[b * dim + 1]!);
    const dx = bx - ax;
    const dy = by - ay;
    const clip = clipSegment(ax, ay, dx, dy, box.halfX, box.halfY);
    if (!clip) {
      out.end();
      continue;
    }
    const [t0, t1] = clip;
    // The segment's start: the run's point, or where it enters the window (a new strip).
    if (t0 > 0) {
      out.end();
      const x = ax + dx * t0;
      const y = ay + dy * t0;
      out.add(x, y, meshHeightAt(mesh, x, y), a + (b - a) * t0);
    } else if (!out.isOpen) {
      out.add(ax, ay, pointHeight(a, ax, ay), a, true);
    }
    // Cuts at the grid's lines u = i, v = j and diagonals u − v = m, in order along the segment.
    const [u0, v0] = gridCoordinates(mesh, ax, ay);
    const [u1, v1] = gridCoordinates(mesh, bx, by);
    cuts.length = 0;
    integerCrossings(u0, u1 - u0, t0, t1, cuts);
    integerCrossings(v0, v1 - v0, t0, t1, cuts);
    integerCrossings(u0 - v0, u1 - v1 - (u0 - v0), t0, t1, cuts);
    cuts.sort((s, t) => s - t);
    for (const t of cuts) {
      const x = ax + dx * t;
      const y = ay + dy * t;
      out.add(x, y, meshHeightAt(mesh, x, y), a + (b - a) * t);
    }
    if (t1 < 1) {
      const x = ax + dx * t1;
      const y = ay + dy * t1;
      out.add(x, y, meshHeightAt(mesh, x, y), a + (b - a) * t1);
      out.end();
    } else {
      out.add(bx, by, pointHeight(b, bx, by), b, true);
    }
  }
  out.end();
  return {
    points: Float32Array.from(out.points),
    steps: Float32Array.from(out.steps),
    strips: Uint32Array.from(out.strips),
    own: Uint8Array.from(out.own),
  };
}

/**
 * The run's points worth drawing: the first, each one at least `minDistance` (on the floor, box
 * units) from the last kept, and the last. A point that is not finite ends the run (a diverged
 * run's arrays hold only its valid points, so this is a guard).
 */
function keptPoints(
  trajectory: Float64Array,
  dim: number,
  count: number,
  mesh: SurfaceMesh,
  minDistance: number,
): number[] {
  const kept: number[] = [];
  const scale = mesh.box.scale;
  let lastX = NaN;
  let lastY = NaN;
  for (let k = 0; k < count; k++) {
    const x = trajectory[k * dim]!;
    const y = trajectory[k * dim + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) break;
    const far =
      kept.length === 0 || Math.hypot((x - lastX) * scale, (y - lastY) * scale) >= minDistance;
    if (far || k === count - 1) {
      kept.push(k);
      lastX = x;
      lastY = y;
    }
  }
  return kept;
}
