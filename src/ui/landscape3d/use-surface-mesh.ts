/**
 * The 3D view's surface for the current problem and window: f on the grid's nodes from the 3D
 * view's worker (the main thread evaluates no f over a grid), made into a mesh here with the
 * height and colour scales. The colours are the 2D view's own levels (the painted surface's range
 * when it is of this problem, else the grid's range by the same rule, colormap.ts), so a band is
 * the same colour in both views; the height follows the same scale, or f itself.
 */
import { useEffect, useMemo, useState } from 'react';
import type { View } from '../../core/problems';
import type { PlaneData } from '../../engine/plane';
import { contourLevels } from '../../plot/colormap';
import { heightScale, type HeightScale } from '../../plot/height-scale';
import { surfaceMesh, type SurfaceMesh } from '../../plot/surface-mesh';
import type { ProblemSpec } from '../../scenario/types';
import type { Height3d } from '../../state/landscape-3d';
import { pairedSurface } from '../../state/run-views';
import { useApp } from '../../state/store';
import type { MeshGrids } from '../../engine/worker-mesh';
import { requestGrids } from './mesh-client';
import { askedMeshSide, MOVING_SIDE } from './mesh-side';
import { rgbOf } from './colour';
import type { Rgb } from '../../plot/surface-raster';

export interface Surface3d {
  mesh: SurfaceMesh;
  /** The coarser mesh drawn while the camera moves (MOVING_SIDE), or `mesh` itself. */
  moving: SurfaceMesh;
  /** The band colours, as many as the 2D view's levels have. */
  colours: Rgb[];
  /** The scale the heights follow (the colours' or f itself). */
  height: HeightScale;
  /** The problem the mesh is of (views draw runs over it only for that problem). */
  problem: ProblemSpec;
}

interface Asked {
  problem: ProblemSpec;
  plane: PlaneData | null;
  view: View;
  grids: MeshGrids;
}

export function useSurfaceMesh(
  problem: ProblemSpec,
  plane: PlaneData | null,
  view: View,
  fMin: number | null,
  height: Height3d,
  sliced: boolean,
): { surface: Surface3d | null; failed: string | null } {
  const [asked, setAsked] = useState<Asked | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const painted = useApp(pairedSurface);

  useEffect(() => {
    // A model's landscape waits for its plane (the runs bring it).
    if (sliced && !plane) return;
    let live = true;
    requestGrids(problem, plane, view, askedMeshSide(), MOVING_SIDE).then(
      (outcome) => {
        if (!live || outcome.status !== 'done') return;
        setFailed(null);
        setAsked({ problem, plane, view, grids: outcome.value });
      },
      (error: unknown) => {
        if (live) setFailed(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
    };
  }, [problem, plane, view, sliced]);

  const current = asked && asked.problem === problem && asked.plane === plane ? asked : null;
  const range = painted ? ([painted.min, painted.max] as const) : null;
  const surface = useMemo(() => {
    if (!current) return null;
    const { grid, moving } = current.grids;
    const [min, max] = range ?? [grid.min, grid.max];
    const levels = contourLevels(min, max, fMin);
    const colour = heightScale(min, max, fMin);
    const heights = height === 'linear' ? heightScale(grid.min, grid.max, fMin, true) : colour;
    const mesh = surfaceMesh(grid, colour, heights);
    return {
      mesh,
      // On the fine mesh's scales, so that it is the same surface, coarser.
      moving: moving ? surfaceMesh(moving, colour, heights) : mesh,
      colours: levels.colors.map(rgbOf),
      height: heights,
      problem: current.problem,
    };
    // The range's numbers, not the painted surface object (a repaint of the same range keeps it).
  }, [current, range?.[0], range?.[1], fMin, height]); // eslint-disable-line react-hooks/exhaustive-deps
  return { surface, failed };
}
