/**
 * The 3D view's surface as a triangle mesh (issue 19; docs/3d.md). The window becomes a box: its
 * longer side spans −1 … 1, the other in proportion (equal aspect, as the 2D view keeps it), and
 * f's position on the height scale (height-scale.ts) rises from 0 to BOX_HEIGHT. Each grid cell
 * is two triangles split along the same diagonal, from node (i, j) to (i + 1, j + 1), and
 * `meshHeightAt` interpolates exactly as the triangles are drawn, so a path placed with it lies
 * on the drawn surface (drape.ts). A triangle with a node where f is not finite is left out: a
 * hole, as the 2D view hatches it. Pure.
 */
import type { View } from '../core/problems';
import { nodeCoordinate, type HeightGrid } from '../core/height-grid';
import type { HeightScale } from './height-scale';

/** How high the box is, with the floor's longer side 2 long. */
export const BOX_HEIGHT = 0.9;

/** The box the surface stands in: the window's centre at the origin, its longer side 2 long. */
export interface Box {
  view: View;
  center: readonly [number, number];
  /** Box units per unit of x and y. */
  scale: number;
  /** Half the floor's extent along x and y (1 along the longer side). */
  halfX: number;
  halfY: number;
  height: number;
}

export function boxOf(view: View): Box {
  const width = view.x[1] - view.x[0];
  const depth = view.y[1] - view.y[0];
  const scale = 2 / Math.max(width, depth);
  return {
    view,
    center: [(view.x[0] + view.x[1]) / 2, (view.y[0] + view.y[1]) / 2],
    scale,
    halfX: (width * scale) / 2,
    halfY: (depth * scale) / 2,
    height: BOX_HEIGHT,
  };
}

/** A point of the (x, y) plane in box units. */
export const toBox = (box: Box, x: number, y: number): [number, number] => [
  (x - box.center[0]) * box.scale,
  (y - box.center[1]) * box.scale,
];

/** A point of the floor back in (x, y). */
export const fromBox = (box: Box, bx: number, by: number): [number, number] => [
  box.center[0] + bx / box.scale,
  box.center[1] + by / box.scale,
];

export interface SurfaceMesh {
  n: number;
  box: Box;
  /** x, y, z of each node in box units (node j·n + i; z is 0 where f is not finite). */
  positions: Float32Array;
  /** Unit normals of the drawn surface at each node, for shading. */
  normals: Float32Array;
  /** Each node's position on the colours' scale (0 … 1, NaN where f is not finite). */
  colorUnits: Float32Array;
  /** Each node's height in box units, NaN where f is not finite. */
  heights: Float64Array;
  /** Three node indices per triangle, two triangles per cell whose nodes are all defined. */
  indices: Uint32Array;
  /** The walls from the surface's edge down to the floor (see `skirtOf`). */
  skirt: Skirt;
}

/**
 * The box's sides: from each edge of the surface straight down to the floor, in the edge's
 * colours, so that from a low eye the surface reads as a solid block and a ray never passes
 * under its edge to show its underside.
 */
export interface Skirt {
  positions: Float32Array;
  normals: Float32Array;
  colorUnits: Float32Array;
  indices: Uint32Array;
}

/**
 * The mesh of `grid`: heights by `height` (the colours' scale, or f itself), colours by
 * `colour` (always the colours' scale), both scaled to the box.
 */
export function surfaceMesh(
  grid: HeightGrid,
  colour: HeightScale,
  height: HeightScale,
): SurfaceMesh {
  const { n, values, view } = grid;
  const box = boxOf(view);
  const count = n * n;
  const positions = new Float32Array(count * 3);
  const colorUnits = new Float32Array(count);
  const heights = new Float64Array(count);
  for (let j = 0; j < n; j++) {
    const y = nodeCoordinate(view.y[0], view.y[1], j, n);
    for (let i = 0; i < n; i++) {
      const k = j * n + i;
      const x = nodeCoordinate(view.x[0], view.x[1], i, n);
      const f = values[k]!;
      const z = Number.isNaN(f) ? NaN : height.unit(f) * box.height;
      heights[k] = z;
      colorUnits[k] = Number.isNaN(f) ? NaN : colour.unit(f);
      positions[k * 3] = (x - box.center[0]) * box.scale;
      positions[k * 3 + 1] = (y - box.center[1]) * box.scale;
      positions[k * 3 + 2] = Number.isNaN(z) ? 0 : z;
    }
  }
  return {
    n,
    box,
    positions,
    normals: nodeNormals(heights, n, (2 * box.halfX) / (n - 1), (2 * box.halfY) / (n - 1)),
    colorUnits,
    heights,
    indices: cellTriangles(heights, n),
    skirt: skirtOf(positions, heights, colorUnits, n),
  };
}

/** The four walls: each edge node and the floor under it, two triangles per defined segment. */
function skirtOf(
  positions: Float32Array,
  heights: Float64Array,
  colorUnits: Float32Array,
  n: number,
): Skirt {
  // The edges as node indices, each with its outward normal on the floor.
  const edges: [number[], [number, number]][] = [
    [Array.from({ length: n }, (_, i) => i), [0, -1]],
    [Array.from({ length: n }, (_, i) => (n - 1) * n + i), [0, 1]],
    [Array.from({ length: n }, (_, j) => j * n), [-1, 0]],
    [Array.from({ length: n }, (_, j) => j * n + n - 1), [1, 0]],
  ];
  const count = edges.length * n * 2;
  const out: Skirt = {
    positions: new Float32Array(count * 3),
    normals: new Float32Array(count * 3),
    colorUnits: new Float32Array(count),
    indices: new Uint32Array(edges.length * (n - 1) * 6),
  };
  let vertex = 0;
  let at = 0;
  for (const [nodes, [nx, ny]] of edges) {
    nodes.forEach((node, i) => {
      for (const top of [true, false]) {
        const v = vertex + i * 2 + (top ? 0 : 1);
        out.positions[v * 3] = positions[node * 3]!;
        out.positions[v * 3 + 1] = positions[node * 3 + 1]!;
        out.positions[v * 3 + 2] = top ? positions[node * 3 + 2]! : 0;
        out.normals[v * 3] = nx;
        out.normals[v * 3 + 1] = ny;
        out.colorUnits[v] = colorUnits[node]!;
      }
      const next = nodes[i + 1];
      if (next !== undefined && !Number.isNaN(heights[node]!) && !Number.isNaN(heights[next]!)) {
        const a = vertex + i * 2;
        out.indices.set([a, a + 1, a + 2, a + 2, a + 1, a + 3], at);
        at += 6;
      }
    });
    vertex += n * 2;
  }
  out.indices = out.indices.slice(0, at);
  return out;
}

/**
 * Two triangles per cell whose corners are defined, (a, b, d) and (a, d, c) with a = (i, j) and
 * d = (i + 1, j + 1).
 */
function cellTriangles(heights: Float64Array, n: number): Uint32Array {
  const cells = n - 1;
  const out = new Uint32Array(cells * cells * 6);
  const defined = (p: number) => !Number.isNaN(heights[p]!);
  let at = 0;
  for (let row = 0; row < cells; row++) {
    for (let column = 0; column < cells; column++) {
      const a = row * n + column;
      const b = a + 1;
      const c = a + n;
      const d = c + 1;
      if (defined(a) && defined(b) && defined(d)) {
        out[at++] = a;
        out[at++] = b;
        out[at++] = d;
      }
      if (defined(a) && defined(d) && defined(c)) {
        out[at++] = a;
        out[at++] = d;
        out[at++] = c;
      }
    }
  }
  return out.slice(0, at);
}

/** Normals from central differences of the heights (one-sided at an edge or a hole). */
function nodeNormals(heights: Float64Array, n: number, dx: number, dy: number): Float32Array {
  const normals = new Float32Array(n * n * 3);
  const slope = (here: number, before: number, after: number, step: number) => {
    const hasBefore = !Number.isNaN(before);
    const hasAfter = !Number.isNaN(after);
    if (hasBefore && hasAfter) return (after - before) / (2 * step);
    if (hasAfter) return (after - here) / step;
    if (hasBefore) return (here - before) / step;
    return 0;
  };
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const k = j * n + i;
      const h = heights[k]!;
      let gx = 0;
      let gy = 0;
      if (!Number.isNaN(h)) {
        gx = slope(h, i > 0 ? heights[k - 1]! : NaN, i < n - 1 ? heights[k + 1]! : NaN, dx);
        gy = slope(h, j > 0 ? heights[k - n]! : NaN, j < n - 1 ? heights[k + n]! : NaN, dy);
      }
      const length = Math.hypot(gx, gy, 1);
      normals[k * 3] = -gx / length;
      normals[k * 3 + 1] = -gy / length;
      normals[k * 3 + 2] = 1 / length;
    }
  }
  return normals;
}

/** A floor point's grid coordinates: node i at u = i, node j at v = j. */
export function gridCoordinates(mesh: SurfaceMesh, bx: number, by: number): [number, number] {
  const { n, box } = mesh;
  return [
    ((bx + box.halfX) / (2 * box.halfX)) * (n - 1),
    ((by + box.halfY) / (2 * box.halfY)) * (n - 1),
  ];
}

/**
 * The drawn surface's height over the floor point (bx, by): linear over the triangle holding it,
 * as the GPU interpolates; NaN outside the floor or over a hole.
 */
export function meshHeightAt(mesh: SurfaceMesh, bx: number, by: number): number {
  const { n, heights } = mesh;
  const [u, v] = gridCoordinates(mesh, bx, by);
  // A hair of tolerance at the edges: a point on the window's border is on the floor.
  const tolerance = 1e-9 * n;
  if (!(u >= -tolerance && u <= n - 1 + tolerance && v >= -tolerance && v <= n - 1 + tolerance))
    return NaN;
  const i = Math.min(n - 2, Math.max(0, Math.floor(u)));
  const j = Math.min(n - 2, Math.max(0, Math.floor(v)));
  const s = Math.min(1, Math.max(0, u - i));
  const t = Math.min(1, Math.max(0, v - j));
  const a = heights[j * n + i]!;
  const b = heights[j * n + i + 1]!;
  const c = heights[(j + 1) * n + i]!;
  const d = heights[(j + 1) * n + i + 1]!;
  return s >= t ? a + s * (b - a) + t * (d - b) : a + t * (c - a) + s * (d - c);
}
