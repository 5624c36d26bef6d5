/**
 * 2D slices of losses over many parameters: f(c + a·d₁ + b·d₂) over a window of (a, b), with
 * every run's trajectory projected onto that plane (Li, Xu, Taylor, Studer & Goldstein,
 * "Visualizing the Loss Landscape of Neural Nets", NeurIPS 2018). Two ways to choose d₁, d₂:
 * filter-normalised random directions (their §4) or the top two principal directions of the
 * trajectories (their §7). Pure; the worker builds the slice and samples its surface.
 */
import type { Problem, View } from '../problems/types';
import { createRng } from '../rng';
import { dot } from '../linalg';
import { filterNormalizedDirections } from './random';
import { pcaDirections } from './pca';
import { projectTrajectory, sliceView } from './project';
import {
  PCA_MIN_HALF_WIDTH,
  RANDOM_MIN_HALF_WIDTH,
  SLICE_AXES,
  sliceTitle,
  type Slice,
  type SliceMethod,
  type TrajectoryPoints,
} from './types';

export * from './types';
export { filterNormalizedDirections } from './random';
export { PCA_MAX_PASSES, PCA_TOLERANCE, pcaDirections } from './pca';
export { projectTrajectory, sliceView } from './project';

/**
 * The slice as a 2-parameter Problem: value(a, b) = f(c + a·d₁ + b·d₂) and, by the chain rule,
 * ∂/∂a = ∇f·d₁ and ∂/∂b = ∇f·d₂. Two scratch buffers are allocated once, none per call, so
 * sampleSurface can evaluate it over a grid as it does a 2D function.
 */
export function sliceProblem(
  problem: Problem,
  center: Float64Array,
  d1: Float64Array,
  d2: Float64Array,
  options: { method: SliceMethod; view: View },
): Problem {
  const { dim, info } = problem;
  if (center.length !== dim || d1.length !== dim || d2.length !== dim) {
    throw new Error(`invalid slice: center and directions need ${dim} entries`);
  }
  const theta = new Float64Array(dim);
  const fullGrad = new Float64Array(dim);
  const place = (params: Float64Array) => {
    const a = params[0]!;
    const b = params[1]!;
    for (let j = 0; j < dim; j++) theta[j] = center[j]! + a * d1[j]! + b * d2[j]!;
  };
  const pca = options.method === 'pca';
  return {
    dim: 2,
    info: {
      name: `${info.name}-slice`,
      title: sliceTitle(info.title),
      formula: 'f(c + a·d₁ + b·d₂)',
      view: options.view,
      start: [0, 0],
      minima: [],
      fMin: null,
      note: pca
        ? 'The loss on the plane through the best final point spanned by the two principal directions of the paths.'
        : 'The loss on the plane through the best final point spanned by two random filter-normalised directions.',
      axes: [...SLICE_AXES[options.method]],
    },
    value(params) {
      place(params);
      return problem.value(theta);
    },
    valueAndGrad(params, grad) {
      place(params);
      const f = problem.valueAndGrad(theta, fullGrad);
      grad[0] = dot(fullGrad, d1);
      grad[1] = dot(fullGrad, d2);
      return f;
    },
  };
}

/** A run as computeSlice needs it: its points and the loss at its last point. */
export interface SliceRun extends TrajectoryPoints {
  readonly finalLoss: number;
}

/**
 * The slice for a set of runs: centred on the final point of the run with the lowest finite
 * final loss (the lowest index on ties; the problem's start when no run has one), with
 * directions by `method` (random ones seeded by `seed`), every run projected, and the window
 * that holds them.
 */
export function computeSlice(
  problem: Problem,
  runs: readonly SliceRun[],
  method: SliceMethod,
  seed: number,
): Slice {
  const { dim } = problem;
  let best = -1;
  runs.forEach((r, i) => {
    const usable = r.points > 0 && r.trajectory.length >= r.points * dim;
    if (usable && Number.isFinite(r.finalLoss) && (best < 0 || r.finalLoss < runs[best]!.finalLoss))
      best = i;
  });
  const center =
    best >= 0
      ? runs[best]!.trajectory.slice((runs[best]!.points - 1) * dim, runs[best]!.points * dim)
      : Float64Array.from(problem.info.start);
  let d1: Float64Array;
  let d2: Float64Array;
  let explained: [number, number] | null = null;
  if (method === 'pca') ({ d1, d2, explained } = pcaDirections(runs, dim, center));
  else [d1, d2] = filterNormalizedDirections(center, problem.layout, createRng(seed));
  const projections = runs.map((r) =>
    projectTrajectory(
      r.trajectory,
      Math.min(r.points, Math.floor(r.trajectory.length / dim)),
      dim,
      center,
      d1,
      d2,
    ),
  );
  const minimum = method === 'pca' ? PCA_MIN_HALF_WIDTH : RANDOM_MIN_HALF_WIDTH;
  return { method, center, d1, d2, view: sliceView(projections, minimum), explained, projections };
}
