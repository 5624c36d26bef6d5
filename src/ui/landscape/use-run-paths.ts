/**
 * The drawn form of every visible run for the current window: decimated screen paths, built once
 * per result and window and shared by the static trajectories and the progress layer.
 */
import { useMemo } from 'react';
import type { RunResult } from '../../core/run';
import { trajectoryPath, type TrajectoryPath } from '../../plot/trajectory-path';
import { showsSteps } from '../../plot/step-legibility';
import { useApp } from '../../state/store';
import { useRunViews } from '../../state/run-views';
import type { Geometry } from './geometry';

export interface RunPath {
  index: number;
  result: RunResult;
  path: TrajectoryPath;
  /**
   * The optimizer's averaged point per step (RunResult.averaged: ASGD's ax, Schedule-Free's x),
   * drawn dashed beside θ's path; null for the types without one.
   */
  averaged: TrajectoryPath | null;
  /** Drawn thin with a dot per step: a zig-zag of long jumps (src/plot/step-legibility.ts). */
  steps: boolean;
  /** The run's last step, or the step where it diverged: from there it has no future. */
  endStep: number;
  color: string;
  name: string;
  selected: boolean;
  /** False while the run's result is for an earlier setting being recomputed (drawn dimmed). */
  fresh: boolean;
}

/** Points closer than this to the last drawn one add nothing a 2 px line can show. */
const MIN_SEGMENT_PX = 1.25;

interface Drawn {
  path: TrajectoryPath;
  averaged: TrajectoryPath | null;
  steps: boolean;
}

const drawn = new WeakMap<RunResult, { geo: Geometry; drawn: Drawn }>();

function pathOf(result: RunResult, geo: Geometry): Drawn {
  const cached = drawn.get(result);
  if (cached && cached.geo === geo) return cached.drawn;
  const screen = (points: Float64Array) =>
    trajectoryPath(points, result.dim, geo.x, geo.y, MIN_SEGMENT_PX, {
      width: geo.plotWidth,
      height: geo.plotHeight,
    });
  const path = screen(result.trajectory);
  // Built with θ's path, so a run's drawing and its average change together (keepDrawn).
  const averaged = result.averaged ? screen(result.averaged) : null;
  const made = { path, averaged, steps: showsSteps(path) };
  drawn.set(result, { geo, drawn: made });
  return made;
}

/**
 * Visible runs in drawing order, the selected run last, on top. Only results paired with the
 * current problem (src/state/run-views.ts): while another problem's results are all there is,
 * nothing is drawn.
 */
export function useRunPaths(geo: Geometry): RunPath[] {
  const views = useRunViews();
  const selectedRun = useApp((s) => s.selectedRun);
  // Paths depend on results and the window only, not on names, colours or the selection; a run
  // reused from the previous results (src/state/reuse.ts) keeps its path.
  const paths = useMemo(() => views.runs.map((run) => pathOf(run.drawn, geo)), [views.runs, geo]);
  return useMemo(() => {
    const runs: RunPath[] = [];
    views.runs.forEach((run, i) => {
      const made = paths[i];
      if (run.hidden || !made || made.path.steps.length === 0) return;
      const drawn: RunPath = {
        index: run.index,
        result: run.drawn,
        path: made.path,
        averaged: made.averaged,
        steps: made.steps,
        endStep: run.drawn.divergedAt ?? run.drawn.loss.length - 1,
        color: run.color,
        name: run.name,
        selected: run.index === selectedRun,
        fresh: run.fresh,
      };
      runs.push(keepDrawn(drawn));
    });
    return runs.sort((a, b) => Number(a.selected) - Number(b.selected));
  }, [views.runs, selectedRun, paths]);
}

/** The last drawing made of each result (a run's result object is its own until recomputed). */
const lastDrawn = new WeakMap<RunResult, RunPath>();

/**
 * `run`, or the equal drawing of the same result made before (issue 17): a slider input changes
 * one run, so the other runs keep their objects, their memoised drawings (Trajectories.tsx) are
 * not redone, and the progress canvas is not redrawn for a change it does not show
 * (ProgressLayer.tsx).
 */
export function keepDrawn(run: RunPath): RunPath {
  const before = lastDrawn.get(run.result);
  if (before && sameRunPath(before, run)) return before;
  lastDrawn.set(run.result, run);
  return run;
}

function sameRunPath(a: RunPath, b: RunPath): boolean {
  return (
    a.index === b.index &&
    a.result === b.result &&
    a.path === b.path &&
    a.steps === b.steps &&
    a.endStep === b.endStep &&
    a.color === b.color &&
    a.name === b.name &&
    a.selected === b.selected &&
    a.fresh === b.fresh
  );
}
