/**
 * The drawn form of every visible run for the current window: decimated screen paths, built once
 * per result and window and shared by the static trajectories and the progress layer.
 */
import { useMemo } from 'react';
import { runDisplayName } from '../../i18n/text';
import type { RunResult } from '../../core/run';
import { runColor } from '../../plot/palette';
import { trajectoryPath, type TrajectoryPath } from '../../plot/trajectory-path';
import { useAppShallow } from '../../state/store';
import type { Geometry } from './geometry';

export interface RunPath {
  index: number;
  result: RunResult;
  path: TrajectoryPath;
  color: string;
  name: string;
  selected: boolean;
}

/** Points closer than this to the last drawn one add nothing a 2 px line can show. */
const MIN_SEGMENT_PX = 1.25;

const drawn = new WeakMap<RunResult, { geo: Geometry; path: TrajectoryPath }>();

function pathOf(result: RunResult, geo: Geometry): TrajectoryPath {
  const cached = drawn.get(result);
  if (cached && cached.geo === geo) return cached.path;
  const path = trajectoryPath(result.trajectory, result.dim, geo.x, geo.y, MIN_SEGMENT_PX, {
    width: geo.plotWidth,
    height: geo.plotHeight,
  });
  drawn.set(result, { geo, path });
  return path;
}

/** Visible runs in drawing order: the selected run last, on top. */
export function useRunPaths(geo: Geometry): RunPath[] {
  const { results, optimizers, selectedRun } = useAppShallow((s) => ({
    // A model's runs are drawn as projected onto the landscape's plane.
    results: s.planeResults ?? s.results,
    optimizers: s.scenario.optimizers,
    selectedRun: s.selectedRun,
  }));
  // Paths depend on results and the window only, not on names, colours or the selection; a run
  // reused from the previous results (src/state/reuse.ts) keeps its path.
  const paths = useMemo(() => (results ?? []).map((result) => pathOf(result, geo)), [results, geo]);
  return useMemo(() => {
    if (!results) return [];
    const runs: RunPath[] = [];
    results.forEach((result, index) => {
      const spec = optimizers[index];
      if (!spec || spec.hidden || !paths[index] || paths[index].steps.length === 0) return;
      runs.push({
        index,
        result,
        path: paths[index],
        color: runColor(spec.color, index),
        name: runDisplayName(spec),
        selected: index === selectedRun,
      });
    });
    return runs.sort((a, b) => Number(a.selected) - Number(b.selected));
  }, [results, optimizers, selectedRun, paths]);
}
