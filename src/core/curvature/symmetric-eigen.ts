/**
 * Eigenvalues of small symmetric matrices, for the Lanczos method (lanczos.ts) and for checking
 * it against dense Hessians: the implicit QL method with Wilkinson shifts for a symmetric
 * tridiagonal matrix (EISPACK's tql2; Press et al., "Numerical Recipes", 3rd ed., §11.4, tqli),
 * and the cyclic Jacobi method for a dense one (Golub & Van Loan, "Matrix Computations", 4th
 * ed., §8.5.3), slow but accurate to a few roundings of the largest eigenvalue.
 */
import { jacobiSweeps } from '../linalg';

/** The smallest positive normal double (2⁻¹⁰²²): below it, a value is subnormal. */
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/**
 * The eigenvalues of the symmetric tridiagonal matrix with diagonal `d` and off-diagonal `e`
 * (e[i] = T[i][i + 1]; e[n − 1] is ignored), written into `d` (unsorted); `e` is destroyed.
 * `vectors`, if given, holds `rows` rows of length n: the rows of the identity to follow (e.g.
 * only the last one, whose entries are the last components of the eigenvectors), and receives
 * those rows of the eigenvector matrix (column j the eigenvector of d[j]). No allocation.
 */
export function tridiagonalEigen(
  d: Float64Array,
  e: Float64Array,
  n: number,
  vectors?: Float64Array,
  rows = 0,
): void {
  if (n > 0) e[n - 1] = 0;
  for (let l = 0; l < n; l++) {
    for (let iteration = 0; ; iteration++) {
      let m = l;
      for (; m < n - 1; m++) {
        const dd = Math.abs(d[m]!) + Math.abs(d[m + 1]!);
        // Negligible beside its diagonal, or below the smallest normal double, where ε·dd has
        // underflowed and no rotation shrinks it further (LAPACK's dsteqr adds its safmin so).
        if (Math.abs(e[m]!) <= Number.EPSILON * dd || Math.abs(e[m]!) < SMALLEST_NORMAL) break;
      }
      if (m === l) break;
      if (iteration === 60) throw new Error('tridiagonalEigen: no convergence');
      // Wilkinson's shift from the leading 2 × 2 block.
      let g = (d[l + 1]! - d[l]!) / (2 * e[l]!);
      let r = Math.hypot(g, 1);
      g = d[m]! - d[l]! + e[l]! / (g + (g >= 0 ? r : -r));
      let s = 1;
      let c = 1;
      let p = 0;
      let i = m - 1;
      let deflated = false;
      for (; i >= l; i--) {
        const f = s * e[i]!;
        const b = c * e[i]!;
        r = Math.hypot(f, g);
        e[i + 1] = r;
        if (r === 0) {
          // Underflow: the matrix splits here; restart with the smaller block.
          d[i + 1] = d[i + 1]! - p;
          e[m] = 0;
          deflated = true;
          break;
        }
        s = f / r;
        c = g / r;
        g = d[i + 1]! - p;
        r = (d[i]! - g) * s + 2 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
        if (vectors)
          for (let k = 0; k < rows; k++) {
            const row = k * n;
            const zf = vectors[row + i + 1]!;
            vectors[row + i + 1] = s * vectors[row + i]! + c * zf;
            vectors[row + i] = c * vectors[row + i]! - s * zf;
          }
      }
      if (deflated) continue;
      d[l] = d[l]! - p;
      e[l] = g;
      e[m] = 0;
    }
  }
}

/**
 * The eigenvalues of the symmetric n × n matrix `a` (row-major, destroyed), largest first, by
 * cyclic Jacobi rotations until the off-diagonal part is below 1e-15 of the matrix's size.
 */
export function jacobiEigenvalues(a: Float64Array, n: number): number[] {
  let size = 0;
  for (let k = 0; k < n * n; k++) size = Math.max(size, Math.abs(a[k]!));
  jacobiSweeps(a, null, n, (1e-15 * size) ** 2, 100);
  return Array.from({ length: n }, (_, i) => a[i * n + i]!).sort((x, y) => y - x);
}

/**
 * The eigenvalues of the symmetric n × n matrix `a` (row-major, destroyed), largest first:
 * Householder reduction to tridiagonal form (Golub & Van Loan, Alg. 8.3.1), then the implicit QL
 * method. O(n³) once, where the cyclic Jacobi method takes several sweeps of that: for checking
 * Lanczos on a few hundred parameters.
 */
export function denseEigenvalues(a: Float64Array, n: number): number[] {
  const v = new Float64Array(n);
  const p = new Float64Array(n);
  for (let k = 0; k + 2 < n; k++) {
    // The reflection H = I − 2vvᵀ that maps a[k+1 …, k] onto a multiple of e₁.
    let norm = 0;
    for (let i = k + 1; i < n; i++) norm += a[i * n + k]! ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    const x0 = a[(k + 1) * n + k]!;
    const alpha = x0 > 0 ? -norm : norm;
    let length = 0;
    for (let i = k + 1; i < n; i++) {
      v[i] = a[i * n + k]! - (i === k + 1 ? alpha : 0);
      length += v[i]! ** 2;
    }
    length = Math.sqrt(length);
    if (length === 0) continue;
    for (let i = k + 1; i < n; i++) v[i] = v[i]! / length;
    // H·A·H = A − 2vwᵀ − 2wvᵀ on the trailing block, w = p − (vᵀp)v, p = A·v.
    let vp = 0;
    for (let i = k + 1; i < n; i++) {
      let s = 0;
      for (let j = k + 1; j < n; j++) s += a[i * n + j]! * v[j]!;
      p[i] = s;
      vp += v[i]! * s;
    }
    for (let i = k + 1; i < n; i++) p[i] = p[i]! - vp * v[i]!;
    for (let i = k + 1; i < n; i++)
      for (let j = k + 1; j < n; j++)
        a[i * n + j] = a[i * n + j]! - 2 * v[i]! * p[j]! - 2 * p[i]! * v[j]!;
    a[(k + 1) * n + k] = a[k * n + k + 1] = alpha;
    for (let i = k + 2; i < n; i++) a[i * n + k] = a[k * n + i] = 0;
  }
  const d = Float64Array.from({ length: n }, (_, i) => a[i * n + i]!);
  const e = Float64Array.from({ length: n }, (_, i) => (i + 1 < n ? a[i * n + i + 1]! : 0));
  tridiagonalEigen(d, e, n);
  return Array.from(d).sort((x, y) => y - x);
}
