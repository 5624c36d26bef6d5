/**
 * The 3D view's worker call (issue 19; docs/3d.md): f on the nodes of an n × n grid over the
 * window, for the surface's mesh. Its own worker (workers/landscape3d.worker.ts), started when
 * the 3D view first opens, so the engine workers of the first view carry none of it and a mesh
 * never waits behind a run or a contour surface. Pure over the core, tested in Node.
 */
import { sampleHeightGrid, type HeightGrid } from '../core/height-grid';
import type { View } from '../core/problems';
import { stepUnits, WORK_CAP_UNITS } from '../core/budget';
import type { ProblemSpec } from '../scenario/types';
import type { PlaneSpec } from './plane';
import { WorkerCache } from './worker-planes';

export interface MeshRequest {
  problem: ProblemSpec;
  /** A model's plane, with an id the main thread gives each plane object. */
  plane?: { id: number; plane: PlaneSpec };
  view: View;
  /** Nodes along each side asked for; a model's slice gets fewer (see `meshSide`). */
  n: number;
  /**
   * Nodes along each side of the coarser mesh drawn while the camera moves (docs/3d.md, "Speed");
   * none is sampled when the mesh itself has no more nodes than that.
   */
  moving?: number;
}

/** The grid of the mesh, and the coarser one drawn while the camera moves (or null: the same). */
export interface MeshGrids {
  grid: HeightGrid;
  moving: HeightGrid | null;
}

/** The largest side asked of a slice: each node is a pass over the model's data (api.ts). */
const MAX_PLANE_SIDE = 48;

/**
 * Nodes along a side for a request: as asked for a surface of 2 parameters; for a model's slice
 * at most 48 and at most a quarter of a request's work budget, as the contour surface of the
 * same slice is bounded (src/engine/api.ts).
 */
export function meshSide(problem: ProblemSpec, sliced: boolean, n: number): number {
  if (!sliced) return n;
  const budget = Math.floor(Math.sqrt(WORK_CAP_UNITS / 4 / stepUnits(problem)));
  return Math.max(8, Math.min(n, MAX_PLANE_SIDE, budget));
}

export function createMeshApi(cache = new WorkerCache()) {
  return {
    /** f on the grids' nodes (the problem built as the engine's surface call builds it). */
    heightGrids(request: MeshRequest): MeshGrids {
      const { problem: spec, plane, view, n, moving } = request;
      const problem = plane ? cache.sliceOf(spec, plane) : cache.problem(spec);
      const grid = sampleHeightGrid(problem, view, meshSide(spec, Boolean(plane), n));
      const coarser = moving !== undefined && moving >= 2 && moving < grid.n;
      return { grid, moving: coarser ? sampleHeightGrid(problem, view, moving) : null };
    },
  };
}
