/** Derived values read by several components. Pure functions of the state. */
import { describeProblem, type ProblemInfo } from '../core/problems';
import type { ProblemSpec } from '../scenario/types';
import type { PlaneData } from '../engine/plane';
import { SLICE_AXES, sliceTitle } from '../core/slice/types';

/** Metadata (view, start, minima, note) of a valid problem spec. */
export function problemInfo(problem: ProblemSpec): ProblemInfo {
  return describeProblem(problem).info;
}

/** How many parameters θ of a problem has (2 for the surfaces, more for models). */
export function problemDimension(problem: ProblemSpec): number {
  return describeProblem(problem).dim;
}

const planeInfos = new WeakMap<PlaneData, ProblemInfo>();

/**
 * What the landscape shows: the problem's own info for a 2D problem; for a model, a 2D slice
 * through its plane (the window, the axes named after the directions, no marked minima).
 */
export function landscapeInfo(problem: ProblemSpec, plane: PlaneData | null): ProblemInfo {
  const info = problemInfo(problem);
  if (!plane) return info;
  let sliced = planeInfos.get(plane);
  if (!sliced) {
    sliced = {
      ...info,
      title: sliceTitle(info.title),
      view: plane.view,
      start: [0, 0],
      minima: [],
      fMin: null,
      axes: [...SLICE_AXES[plane.method]],
    };
    planeInfos.set(plane, sliced);
  }
  return sliced;
}

/**
 * Whether the landscape's foot shows a notice (src/ui/EngineStatus.tsx): the engine's error, a
 * link's notices, the work budget's reductions or a passing notice. The first-visit hint, in the
 * same corner's row, steps aside while one shows: what went wrong with a link matters more.
 */
export function landscapeNoticeShown(state: {
  engineError: string | null;
  notice: string | null;
  linkNotices: readonly unknown[];
  workNotices: readonly unknown[];
}): boolean {
  return (
    state.engineError !== null ||
    state.notice !== null ||
    state.linkNotices.length > 0 ||
    state.workNotices.length > 0
  );
}
