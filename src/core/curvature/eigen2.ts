/**
 * Eigenvalues and eigenvectors of a symmetric 2 × 2 matrix [[a, b], [b, c]] (issue 20: the
 * Hessian's curvatures and principal axes). Closed form, written to stay accurate when the
 * eigenvalues are far apart or nearly equal: the mean and the half-gap √(((a − c)/2)² + b²) via
 * Math.hypot (no overflow, no cancellation under the root), the smaller eigenvalue from the
 * determinant when the larger one dominates (Golub & Van Loan, "Matrix Computations", 4th ed.,
 * §8.5.2, the symmetric Schur decomposition of a 2 × 2 block).
 */

export interface Eigen2 {
  /** The larger eigenvalue. */
  lambdaMax: number;
  /** The smaller eigenvalue. */
  lambdaMin: number;
  /** A unit eigenvector of lambdaMax, [cos φ, sin φ]; lambdaMin's is [−sin φ, cos φ]. */
  vectorMax: [number, number];
}

/** The eigen-decomposition of [[a, b], [b, c]]; NaN in, NaN out. */
export function eigen2(a: number, b: number, c: number): Eigen2 {
  const mean = (a + c) / 2;
  const half = Math.hypot((a - c) / 2, b);
  const lambdaMax = mean + half;
  // mean − half cancels when |mean| ≫ half is false and the two are close in size: take the
  // smaller one from the determinant ac − b² = λmax·λmin instead, unless λmax is 0.
  const det = a * c - b * b;
  const lambdaMin = lambdaMax !== 0 && Math.abs(mean) > half ? det / lambdaMax : mean - half;
  // The rotation angle of the symmetric Schur decomposition: tan 2φ = 2b / (a − c).
  const phi = 0.5 * Math.atan2(2 * b, a - c);
  return { lambdaMax, lambdaMin, vectorMax: [Math.cos(phi), Math.sin(phi)] };
}
