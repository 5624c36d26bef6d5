/**
 * The Euclidean norm of a vector whose sum of squares may overflow or underflow a double. Its
 * own module: run() uses it on every run (src/core/run.ts), and the rest of linalg.ts is loaded
 * only on demand.
 */

/**
 * ‖a‖ without overflow or underflow in the sum of squares: each component scaled by the largest
 * |aᵢ| first (the idea of LAPACK's dnrm2; Blue, "A Portable Fortran Program to Find the
 * Euclidean Norm of a Vector", ACM TOMS 4(1), 1978). +∞ only where the norm itself exceeds the
 * largest double (or a component is infinite), NaN where a component is. Slower than `norm`:
 * for where `norm` overflowed.
 */
export function scaledNorm(a: ArrayLike<number>, length = a.length): number {
  let largest = 0;
  for (let i = 0; i < length; i++) {
    const v = Math.abs(a[i]!);
    if (v > largest) largest = v;
    else if (Number.isNaN(v)) return NaN;
  }
  if (largest === 0 || !Number.isFinite(largest)) return largest;
  let sum = 0;
  for (let i = 0; i < length; i++) {
    const v = a[i]! / largest;
    sum += v * v;
  }
  return largest * Math.sqrt(sum);
}
