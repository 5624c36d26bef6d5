/** The top two principal directions of the runs' points (Li et al., NeurIPS 2018, §7). */
import { axpy, completeBasis, dot, norm, signed, topEigenpairs } from '../linalg';
import type { TrajectoryPoints } from './types';

/** The iteration stops when both Ritz residuals ‖A u − λu‖ are at most this × λ₁… */
export const PCA_TOLERANCE = 1e-6;
/**
 * …or after this many passes over the points. Only a flat spectrum (many directions of nearly
 * equal variance, where the second principal direction is ill-defined anyway) gets this far.
 */
export const PCA_MAX_PASSES = 40;
/** Vectors per Krylov block: two, for the two directions wanted (a double eigenvalue too). */
const PCA_BLOCK = 2;
const PCA_START_SEED = 0x51ce;

/**
 * The top two principal directions of the points of all `trajectories` (unit norm, orthogonal)
 * and the fraction of their variance each explains, as Li et al. §7 compute them in
 * projection.py (`setup_PCA_directions`): sklearn's `PCA(n_components=2)` fitted to the rows
 * θₖ − c. sklearn centres the rows on their mean before the SVD ("The input data is centered but
 * not scaled for each feature"), so this does too, and the rows become θₖ − mean(θ): `center`
 * does not change the directions. Their code also zeroes bias entries (ignore='biasbn'); here
 * the biases of a small model are kept, since they are a real part of its path.
 *
 * Computed by block Lanczos (topEigenpairs, src/core/linalg.ts) with full reorthogonalisation and Rayleigh–Ritz (Golub & Van Loan,
 * "Matrix Computations", 4th ed., §10.3.6; Saad, "Numerical Methods for Large Eigenvalue
 * Problems", 2011, §6.7) on the scatter matrix A = X̃ᵀX̃, applied as X̃ᵀ(X̃ Q) in one pass over
 * the points per block: no dim × dim matrix is formed. Keeping every block and its image under A
 * makes the Rayleigh–Ritz step over the whole Krylov space free of further passes; it converges
 * in far fewer passes than subspace iteration where eigenvalues are close. The start block is
 * drawn from a fixed seed, so the result is deterministic. When the points span fewer than two
 * directions (all equal; on a line) the missing ones are completed with the standard basis vector
 * farthest from the span so far, with an explained fraction of 0. Each direction's sign makes
 * its largest-magnitude entry positive.
 */
export function pcaDirections(
  trajectories: readonly TrajectoryPoints[],
  dim: number,
  center: Float64Array,
): { d1: Float64Array; d2: Float64Array; explained: [number, number] } {
  if (!Number.isInteger(dim) || dim < 2 || center.length !== dim) {
    throw new Error(`invalid dimension: a plane needs dim ≥ 2 and a center of that length`);
  }
  const rows = trajectories.map(({ trajectory, points }) => ({
    data: trajectory,
    count: Math.max(0, Math.min(points, Math.floor(trajectory.length / dim))),
  }));
  const n = rows.reduce((sum, r) => sum + r.count, 0);
  const mean = new Float64Array(dim);
  for (const { data, count } of rows) {
    for (let i = 0; i < count * dim; i += dim) {
      for (let j = 0; j < dim; j++) mean[j]! += data[i + j]!;
    }
  }
  if (n > 0) for (let j = 0; j < dim; j++) mean[j]! /= n;
  let total = 0;
  for (const { data, count } of rows) {
    for (let i = 0; i < count * dim; i += dim) {
      for (let j = 0; j < dim; j++) total += (data[i + j]! - mean[j]!) ** 2;
    }
  }
  // Equal points leave only rounding in `total`; count a spread below 1e-13 of ‖mean‖ as none.
  if (!(total > n * (1e-13 * norm(mean)) ** 2)) {
    const [d1, d2] = completeBasis([], dim, 2);
    return { d1: d1!, d2: d2!, explained: [0, 0] };
  }

  const { values, vectors: ritz } = topEigenpairs(
    (block) => applyScatter(rows, mean, block),
    dim,
    PCA_BLOCK,
    { tolerance: PCA_TOLERANCE, maxPasses: PCA_MAX_PASSES, seed: PCA_START_SEED },
  );
  const explained: [number, number] = [
    Math.max(values[0]!, 0) / total,
    Math.max(values[1]!, 0) / total,
  ];
  // A path on a line: the second Ritz vector is rounding; complete it deterministically.
  const rankOne = explained[1] < 1e-12;
  if (rankOne) explained[1] = 0;
  const [d1, d2] = rankOne ? completeBasis([ritz[0]!], dim, 2) : ritz;
  return { d1: signed(d1!), d2: signed(d2!), explained };
}

/**
 * A·q = X̃ᵀ(X̃ q) for each column q of the block, for the centred rows x̃ = θ − mean, in one pass
 * over the points. Rows go two at a time: centred into scratch rows, dotted with the columns,
 * then added into the images with those weights, so each image is read and written once per
 * two rows (this loop is the whole cost of the big case: dim 2,300 × 16,000 points).
 */
function applyScatter(
  rows: readonly { data: Float64Array; count: number }[],
  mean: Float64Array,
  block: readonly Float64Array[],
): Float64Array[] {
  const dim = mean.length;
  const images = block.map(() => new Float64Array(dim));
  const x = new Float64Array(dim);
  const y = new Float64Array(dim);
  if (block.length === 2) {
    const [q0, q1] = block as [Float64Array, Float64Array];
    const [w0, w1] = images as [Float64Array, Float64Array];
    for (const { data, count } of rows) {
      const end = count * dim;
      let i = 0;
      for (; i + dim < end; i += 2 * dim) {
        let s0 = 0;
        let s1 = 0;
        let t0 = 0;
        let t1 = 0;
        for (let j = 0, i2 = i + dim; j < dim; j++) {
          const u = data[i + j]! - mean[j]!;
          const v = data[i2 + j]! - mean[j]!;
          x[j] = u;
          y[j] = v;
          s0 += u * q0[j]!;
          s1 += u * q1[j]!;
          t0 += v * q0[j]!;
          t1 += v * q1[j]!;
        }
        for (let j = 0; j < dim; j++) {
          w0[j]! += x[j]! * s0 + y[j]! * t0;
          w1[j]! += x[j]! * s1 + y[j]! * t1;
        }
      }
      if (i < end) addRow(data, i, mean, block, images, x);
    }
  } else {
    for (const { data, count } of rows) {
      for (let i = 0; i < count * dim; i += dim) addRow(data, i, mean, block, images, x);
    }
  }
  return images;
}

/** images[k] += x̃ (x̃ · block[k]) for the one row at `offset`; `x` is scratch. */
function addRow(
  data: Float64Array,
  offset: number,
  mean: Float64Array,
  block: readonly Float64Array[],
  images: readonly Float64Array[],
  x: Float64Array,
): void {
  for (let j = 0; j < x.length; j++) x[j] = data[offset + j]! - mean[j]!;
  block.forEach((q, k) => axpy(images[k]!, x, dot(x, q)));
}
