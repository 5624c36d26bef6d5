/**
 * The runs as the 3D view draws them: each visible run's path laid on the surface (drape.ts) as a
 * ribbon, made once per result and surface (a slider input re-lays only the run it changed), and
 * where each run is at a step (its marker). A run of a function sits at its own loss, which is f
 * at its points; a model's run, drawn on a plane its real θ does not lie on, sits on the plane's
 * surface (docs/3d.md). A run that keeps an averaged point (ASGD's ax, Schedule-Free's x) has it
 * as a second, dashed path on the surface, as the 2D view draws it.
 */
import { useMemo } from 'react';
import { optimizerModule } from '../../core/optimizers/registry';
import type { RunResult } from '../../core/run';
import { drapePath } from '../../plot/drape';
import type { Vec3 } from '../../plot/camera3d';
import { meshHeightAt, toBox, type SurfaceMesh } from '../../plot/surface-mesh';
import type { Rgb } from '../../plot/surface-raster';
import { useRunViews } from '../../state/run-views';
import { useApp } from '../../state/store';
import { rgbOf } from './colour';
import type { ScenePath } from './path-layer';
import { ribbonOf, type Ribbon } from './ribbon';
import type { Surface3d } from './use-surface-mesh';

export interface Run3d {
  index: number;
  result: RunResult;
  ribbon: Ribbon;
  /**
   * The path laid on the coarser mesh drawn while the camera moves (made when first asked for:
   * a slider drag with the camera at rest lays none).
   */
  movingRibbon: () => Ribbon;
  colour: Rgb;
  selected: boolean;
  /** The run's last step, or where it diverged. */
  endStep: number;
  /** Where the run is at step k on the surface (box units); null outside the window. */
  pointAt(step: number): Vec3 | null;
  /** The run's averaged point as a dashed path on the surface; null for a type with none. */
  averaged: ScenePath | null;
  /** Where its averaged point is at step k, on the mesh; null for a type with none. */
  averagedAt: ((step: number) => Vec3 | null) | null;
}

/** An averaged path's dash and gap, as a share of the box's width. */
const AVERAGED_DASH = 1 / 40;

/** A path laid on the mesh at rest, and (when first asked for) on the moving level's. */
interface Ribbons {
  ribbon: Ribbon;
  movingRibbon: () => Ribbon;
}

interface Laid extends Ribbons {
  surface: Surface3d;
  /** The averaged point's path, laid on the mesh (it has no loss of its own); null if none. */
  averaged: Ribbons | null;
  /** Points (box units) and heights of the run's own points, for its marker. */
  pointAt: (step: number) => Vec3 | null;
  /** Where its averaged point is at a step, on the mesh; null for a type with none. */
  averagedAt: ((step: number) => Vec3 | null) | null;
}

const laid = new WeakMap<RunResult, Laid>();

/**
 * The height of the run's point k: f there (its loss) on the surface's scale, or the mesh's. A
 * run whose loss is measured at its average (Schedule-Free: f(x), docs/optimizers.md, "Two
 * points") has no loss at θ = y, so its path lies on the mesh as a model's does.
 */
function heightOf(surface: Surface3d, result: RunResult, onPlane: boolean) {
  const { height, mesh } = surface;
  const meshOnly = onPlane || optimizerModule(result.optimizer.type).averaged === 'answer';
  return (k: number) => (meshOnly ? NaN : height.unit(result.loss[k]!) * mesh.box.height);
}

/** Points of the run's layout (its trajectory, or its averaged point) laid on `mesh` as a ribbon. */
function ribbonOn(
  mesh: SurfaceMesh,
  result: RunResult,
  points: Float64Array,
  exact: (k: number) => number,
): Ribbon {
  const draped = drapePath(points, result.dim, result.loss.length, mesh, {
    heightAt: exact,
    // A grid cell: finer detail lies inside a cell of the mesh, a pixel or two at the first zoom.
    minDistance: (mesh.box.halfX + mesh.box.halfY) / (mesh.n - 1),
  });
  return ribbonOf(draped);
}

function lay(result: RunResult, surface: Surface3d, onPlane: boolean): Laid {
  const cached = laid.get(result);
  if (cached && cached.surface === surface) return cached;
  const { mesh, moving } = surface;
  const ribbons = (points: Float64Array, exact: (k: number) => number): Ribbons => {
    const ribbon = ribbonOn(mesh, result, points, exact);
    let onMoving: Ribbon | null = moving === mesh ? ribbon : null;
    return { ribbon, movingRibbon: () => (onMoving ??= ribbonOn(moving, result, points, exact)) };
  };
  const exact = heightOf(surface, result, onPlane);
  const { ribbon, movingRibbon } = ribbons(result.trajectory, exact);
  const averaged =
    result.averaged && result.averaged.length === result.trajectory.length
      ? ribbons(result.averaged, () => NaN)
      : null;
  // Where points[k] is: at its height (exact), or on the mesh where it has none.
  const placer =
    (points: Float64Array, height: (k: number) => number) =>
    (step: number): Vec3 | null => {
      const k = Math.max(0, Math.min(step, result.loss.length - 1));
      const [bx, by] = toBox(mesh.box, points[k * result.dim]!, points[k * result.dim + 1]!);
      const onMesh = meshHeightAt(mesh, bx, by);
      if (Number.isNaN(onMesh)) return null;
      const z = height(k);
      return [bx, by, Number.isFinite(z) ? z : onMesh];
    };
  const pointAt = placer(result.trajectory, exact);
  const averagedAt = averaged ? placer(result.averaged!, () => NaN) : null;
  const made = { surface, ribbon, movingRibbon, averaged, pointAt, averagedAt };
  laid.set(result, made);
  return made;
}

/** The visible runs over `surface`, the selected one last (drawn on top). */
export function useSceneRuns(surface: Surface3d | null, onPlane: boolean): Run3d[] {
  const views = useRunViews();
  const selectedRun = useApp((s) => s.selectedRun);
  return useMemo(() => {
    if (!surface) return [];
    const runs: Run3d[] = [];
    for (const run of views.runs) {
      if (run.hidden || run.drawn.loss.length === 0) continue;
      const { ribbon, movingRibbon, averaged, pointAt, averagedAt } = lay(
        run.drawn,
        surface,
        onPlane,
      );
      const colour = rgbOf(run.color);
      const selected = run.index === selectedRun;
      const endStep = run.drawn.divergedAt ?? run.drawn.loss.length - 1;
      runs.push({
        index: run.index,
        result: run.drawn,
        ribbon,
        movingRibbon,
        colour,
        selected,
        endStep,
        pointAt,
        averagedAt,
        averaged: averaged && {
          ...averaged,
          colour,
          selected,
          endStep,
          dash: AVERAGED_DASH * 2 * surface.mesh.box.halfX,
        },
      });
    }
    return runs.sort((a, b) => Number(a.selected) - Number(b.selected));
  }, [views.runs, selectedRun, surface, onPlane]);
}
