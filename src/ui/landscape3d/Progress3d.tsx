/**
 * What moves in the 3D view during playback: the cursor step (each path solid up to it, the
 * future as the trails say) and each run's marker there (and its averaged point's ring, where
 * it keeps one); with them the start and the minima.
 * A component of its own that renders nothing, so that a frame of playback re-renders only it
 * and hands the scene a number and a few points (src/ui/landscape3d/scene.ts).
 */
import { useEffect } from 'react';
import type { MarkedPoint } from '../../core/problems';
import { meshHeightAt, toBox } from '../../plot/surface-mesh';
import type { Vec3 } from '../../plot/camera3d';
import { runViews } from '../../state/run-views';
import { useApp, useAppShallow } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import type { Run3d } from './use-scene-runs';
import type { Surface3d } from './use-surface-mesh';
import type { Scene3d, SceneMarker } from './scene';

/** Marker diameters in CSS pixels, as the 2D view's (ProgressLayer, Minima, the start's ring). */
const CURRENT = 13;
const SELECTED = 15;
const START = 16;
const MINIMUM = 17;
/** A run's averaged point (ASGD's ax, Schedule-Free's x): the 2D view's ring, 4.5 + 1.25 px. */
const AVERAGED = 12;

const MINIMUM_KIND = { global: 2, local: 3, saddle: 4 } as const;

export function Progress3d({
  scene,
  runs,
  surface,
  minima,
  sliced,
}: {
  scene: Scene3d;
  runs: readonly Run3d[];
  surface: Surface3d | null;
  minima: readonly MarkedPoint[];
  sliced: boolean;
}) {
  const cursor = useApp(effectiveCursor);
  const { trails, predicting, start } = useAppShallow((s) => ({
    trails: s.trails,
    predicting: s.predicting,
    // A model's start is where its runs begin on the plane (all runs share it).
    start: sliced ? runViews(s).runs[0]?.drawn.trajectory : s.scenario.start,
  }));

  useEffect(() => {
    scene.setProgress(cursor, trails);
  }, [scene, cursor, trails]);

  useEffect(() => {
    const markers: SceneMarker[] = [];
    if (surface) {
      const { mesh, height } = surface;
      const onSurface = (x: number, y: number, f?: number): Vec3 | null => {
        const [bx, by] = toBox(mesh.box, x, y);
        const z = meshHeightAt(mesh, bx, by);
        if (Number.isNaN(z)) return null;
        return [bx, by, f === undefined ? z : height.unit(f) * mesh.box.height];
      };
      for (const minimum of minima) {
        const at = onSurface(minimum.point[0], minimum.point[1], minimum.value);
        if (at)
          markers.push({
            at,
            colour: [255, 255, 255],
            size: MINIMUM,
            kind: MINIMUM_KIND[minimum.kind],
          });
      }
      const first = runs[0]?.result;
      const startsThere =
        first && start && first.trajectory[0] === start[0] && first.trajectory[1] === start[1];
      // The start sits at f there when a run began there (its first loss), else on the mesh.
      const startAt =
        start &&
        (startsThere && !sliced
          ? onSurface(start[0]!, start[1]!, first.loss[0])
          : onSurface(start[0]!, start[1]!));
      if (startAt) markers.push({ at: startAt, colour: [255, 255, 255], size: START, kind: 1 });
      if (!predicting) markers.push(...runMarkers(runs, cursor));
    }
    scene.setMarkers(markers);
  }, [scene, surface, runs, minima, start, cursor, predicting, sliced]);

  return null;
}

/**
 * Each run's marker at `step`, the selected one larger, and before it its averaged point's ring
 * where it keeps one (ASGD's ax, Schedule-Free's x): θ's dot, where the gradient is taken, over it.
 */
export function runMarkers(runs: readonly Run3d[], step: number): SceneMarker[] {
  const markers: SceneMarker[] = [];
  for (const run of runs) {
    const averagedAt = run.averagedAt?.(step);
    if (averagedAt) markers.push({ at: averagedAt, colour: run.colour, size: AVERAGED, kind: 5 });
    const at = run.pointAt(step);
    if (at)
      markers.push({ at, colour: run.colour, size: run.selected ? SELECTED : CURRENT, kind: 0 });
  }
  return markers;
}
