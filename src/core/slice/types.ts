/**
 * The slice's shared types and constants (see ./index.ts for what a slice is).
 */
import type { View } from '../problems/types';

/** How the plane's directions are chosen: principal directions of the runs, or random. */
export type SliceMethod = 'pca' | 'random';

/**
 * The plane's axes by method, in the core's English (the CLI, the exported files' column names
 * and the problem's info use it); the screen names them by method (src/i18n/text.ts).
 */
export const SLICE_AXES: Readonly<Record<SliceMethod, readonly [string, string]>> = {
  pca: ['PC 1', 'PC 2'],
  random: ['direction 1', 'direction 2'],
};

/** The title of a problem's 2D slice, in the core's English. */
export const sliceTitle = (title: string): string => `${title} (2D slice)`;

/** A plane through θ-space and the window of it to draw. */
export interface Slice {
  readonly method: SliceMethod;
  /** c: the plane's origin, (a, b) = (0, 0). */
  readonly center: Float64Array;
  readonly d1: Float64Array;
  readonly d2: Float64Array;
  /** The window of (a, b) holding every projected point (see sliceView). */
  readonly view: View;
  /**
   * For pca: the fraction of the variance of the trajectory points that each direction explains
   * (sklearn's explained_variance_ratio_), e.g. [0.93, 0.05]; null for random directions.
   */
  readonly explained: readonly [number, number] | null;
  /** Each run's points in plane coordinates, (a, b) per point, in the order the runs came. */
  readonly projections: readonly Float64Array[];
}

/** A trajectory as RunResult holds it: `points` points of `dim` numbers each, flattened. */
export interface TrajectoryPoints {
  readonly trajectory: Float64Array;
  readonly points: number;
}

/** Li et al. plot random slices over [−1, 1]²: one unit is a step of every filter's own norm. */
export const RANDOM_MIN_HALF_WIDTH = 1;
/** PCA directions have unit norm; a run that barely moves still gets a window this wide. */
export const PCA_MIN_HALF_WIDTH = 0.01;
/** The window reaches this fraction past the farthest projected point. */
export const SLICE_VIEW_MARGIN = 0.15;
