/**
 * Eigenvalues and eigenvectors of a symmetric 2 × 2 matrix [[a, b], [b, c]] (issue 20: the
 * Hessian's curvatures and principal axes). Closed form, written to stay accurate when the
 * eigenvalues are far apart or nearly equal: the mean and the half-gap √(((a − c)/2)² + b²) via
 * Math.hypot (no overflow, no cancellation under the root), the eigenvalue of the larger size
 * from them and the other from the determinant (as the roots of a quadratic are taken without
 * cancellation), the eigenvector from the symmetric Schur rotation (Golub & Van Loan, "Matrix
 * Computations", 4th ed., §8.5.2).
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
  // The rotation angle of the symmetric Schur decomposition: tan 2φ = 2b / (a − c).
  const phi = 0.5 * Math.atan2(2 * b, a - c);
  const vectorMax: [number, number] = [Math.cos(phi), Math.sin(phi)];
  // Scaled to entries of at most 1, so that the determinant neither overflows (a Hessian of
  // 1e200) nor underflows (of 1e-300); the eigenvalues scale back linearly.
  const size = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
  if (!(size > 0 && size < Infinity)) {
    // 0, NaN or an infinite entry: nothing to scale; mean ± half says what can be said.
    const mean = (a + c) / 2;
    const half = Math.hypot((a - c) / 2, b);
    return { lambdaMax: mean + half, lambdaMin: mean - half, vectorMax };
  }
  const [p, q, r] = [a / size, b / size, c / size];
  const mean = (p + r) / 2;
  const half = Math.hypot((p - r) / 2, q);
  // mean ± half: the one whose terms share a sign is accurate; the other may cancel, so it is
  // taken from the determinant pr − q² = λmax·λmin instead.
  const det = p * r - q * q;
  let lambdaMax: number;
  let lambdaMin: number;
  if (mean >= 0) {
    lambdaMax = mean + half;
    lambdaMin = lambdaMax !== 0 ? det / lambdaMax : mean - half;
  } else {
    lambdaMin = mean - half;
    lambdaMax = det / lambdaMin;
  }
  return { lambdaMax: lambdaMax * size, lambdaMin: lambdaMin * size, vectorMax };
}
