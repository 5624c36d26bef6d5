/**
 * Small dense linear algebra over Float64Array, shared by the landscape's slices
 * (src/core/slice/) and what else needs vectors of parameters: dot products, axpy, norms,
 * Gram–Schmidt, the cyclic Jacobi eigen-solver for small symmetric matrices, and block Lanczos
 * for the top eigenpairs of a large symmetric operator known only through its products with
 * vectors (Golub & Van Loan, "Matrix Computations", 4th ed., §8.5 and §10.3.6; Saad,
 * "Numerical Methods for Large Eigenvalue Problems", 2011, §6.7). Pure; allocation only where a
 * new vector is returned.
 */
import { createRng, type Rng } from './rng';

/** n independent standard normal numbers from `rng`. */
export function gaussian(n: number, rng: Rng): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.normal();
  return out;
}

export function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

export function norm(a: Float64Array): number {
  return Math.sqrt(dot(a, a));
}

// ‖a‖ without overflow lives apart: run.ts needs it, and this module is not in the first
// view's scripts (the landscape's slices and the curvature views load it on demand).
export { scaledNorm } from './scaled-norm';

/** cos of the angle between a and b; 0 when either is zero. */
export function cosine(a: Float64Array, b: Float64Array): number {
  const n = norm(a) * norm(b);
  return n > 0 ? dot(a, b) / n : 0;
}

/** y ← y + α·x, in place. */
export function axpy(y: Float64Array, x: Float64Array, alpha: number): void {
  for (let i = 0; i < y.length; i++) y[i]! += alpha * x[i]!;
}

/** A copy of `a` scaled to norm `length` (a zero vector stays zero). */
export function scaled(a: Float64Array, length: number): Float64Array {
  const n = norm(a);
  return a.map((v) => (n > 0 ? (v * length) / n : 0));
}

/** a minus its component along u (a copy). */
export function orthogonalTo(a: Float64Array, u: Float64Array): Float64Array {
  const out = Float64Array.from(a);
  const uu = dot(u, u);
  if (uu > 0) axpy(out, u, -dot(a, u) / uu);
  return out;
}

/** basisᵀ A basis grown by the columns from `before` on, symmetrised (A is symmetric). */
export function growProjection(
  old: Float64Array,
  before: number,
  basis: readonly Float64Array[],
  images: readonly Float64Array[],
): Float64Array {
  const m = basis.length;
  const h = new Float64Array(m * m);
  for (let i = 0; i < before; i++) h.set(old.subarray(i * before, (i + 1) * before), i * m);
  for (let l = before; l < m; l++) {
    for (let i = 0; i <= l; i++) {
      const v =
        i < before
          ? dot(basis[i]!, images[l]!)
          : (dot(basis[i]!, images[l]!) + dot(basis[l]!, images[i]!)) / 2;
      h[i * m + l] = v;
      h[l * m + i] = v;
    }
  }
  return h;
}

/** Σᵢ vectors[i] · s[i][k]: column k of the small matrix `s` (row-major m × m) applied. */
export function combine(vectors: readonly Float64Array[], s: Float64Array, m: number, k: number) {
  const out = new Float64Array(vectors[0]!.length);
  vectors.forEach((v, i) => axpy(out, v, s[i * m + k]!));
  return out;
}

/**
 * Eigenvalues (descending) and eigenvectors (columns of a row-major n × n matrix) of a small
 * symmetric matrix, by cyclic Jacobi rotations (Golub & Van Loan, §8.5).
 */
export function symmetricEigen(matrix: Float64Array, n: number) {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  jacobiSweeps(a, v, n, 1e-30 * dot(a, a), 50);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => a[j * n + j]! - a[i * n + i]! || i - j,
  );
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    for (let k = 0; k < n; k++) vectors[k * n + to] = v[k * n + from]!;
  });
  return { values: order.map((i) => a[i * n + i]!), vectors };
}

/**
 * Cyclic Jacobi rotations on the symmetric n × n `a` (row-major, in place) until the sum of
 * squares above its diagonal is at most `offLimit` or after `maxSweeps` sweeps: each rotation is
 * the symmetric Schur rotation that zeroes a[p][r] (Golub & Van Loan, Alg. 8.5.1), applied as
 * A ← JᵀAJ (columns p, r, then rows p, r) and, when `v` is given, V ← VJ. Allocates nothing:
 * Newton's step diagonalises its Hessian with it every step.
 */
export function jacobiSweeps(
  a: Float64Array,
  v: Float64Array | null,
  n: number,
  offLimit: number,
  maxSweeps: number,
): void {
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let r = p + 1; r < n; r++) off += a[p * n + r]! ** 2;
    if (!(off > offLimit)) return;
    for (let p = 0; p < n; p++) {
      for (let r = p + 1; r < n; r++) {
        const apr = a[p * n + r]!;
        if (apr === 0) continue;
        const theta = (a[r * n + r]! - a[p * n + p]!) / (2 * apr);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const x = a[k * n + p]!;
          const y = a[k * n + r]!;
          a[k * n + p] = c * x - s * y;
          a[k * n + r] = s * x + c * y;
        }
        for (let k = 0; k < n; k++) {
          const x = a[p * n + k]!;
          const y = a[r * n + k]!;
          a[p * n + k] = c * x - s * y;
          a[r * n + k] = s * x + c * y;
        }
        if (v)
          for (let k = 0; k < n; k++) {
            const x = v[k * n + p]!;
            const y = v[k * n + r]!;
            v[k * n + p] = c * x - s * y;
            v[k * n + r] = s * x + c * y;
          }
      }
    }
  }
}

/**
 * The candidates made orthonormal to `basis` and to each other by Gram–Schmidt run twice
 * ("twice is enough", Giraud, Langou & Rozložník 2005). A candidate that is (nearly) in the span
 * already, as when the points span few directions and the Krylov space closes, is replaced by a
 * completing basis vector, so the result always has as many vectors as candidates.
 */
export function extendOrthonormal(
  basis: readonly Float64Array[],
  candidates: readonly Float64Array[],
): Float64Array[] {
  const dim = candidates[0]?.length ?? 0;
  const scale = Math.max(...candidates.map(norm));
  const added: Float64Array[] = [];
  for (const candidate of candidates) {
    const c = Float64Array.from(candidate);
    for (let pass = 0; pass < 2; pass++) {
      for (const u of basis) axpy(c, u, -dot(c, u));
      for (const u of added) axpy(c, u, -dot(c, u));
    }
    const length = norm(c);
    if (length > 1e-10 * scale) added.push(scaled(c, 1));
    else
      added.push(completeBasis([...basis, ...added], dim, basis.length + added.length + 1).at(-1)!);
  }
  return added;
}

/**
 * Extends orthonormal `columns` to `count` orthonormal vectors, each time with the standard
 * basis vector eⱼ farthest from the span so far (lowest j on ties), made orthogonal to it.
 */
export function completeBasis(columns: readonly Float64Array[], dim: number, count: number) {
  const out = [...columns];
  while (out.length < count) {
    let best = 0;
    let bestNorm2 = -1;
    for (let j = 0; j < dim; j++) {
      let inSpan = 0; // ‖P eⱼ‖² = Σ uⱼ²
      for (const u of out) inSpan += u[j]! * u[j]!;
      if (1 - inSpan > bestNorm2 + 1e-12) {
        best = j;
        bestNorm2 = 1 - inSpan;
      }
    }
    const e = new Float64Array(dim);
    e[best] = 1;
    for (let pass = 0; pass < 2; pass++) for (const u of out) axpy(e, u, -dot(e, u));
    out.push(scaled(e, 1));
  }
  return out;
}

/** Flips `d` in place so that its largest-magnitude entry (lowest index on ties) is positive. */
export function signed(d: Float64Array): Float64Array {
  let at = 0;
  for (let j = 1; j < d.length; j++) if (Math.abs(d[j]!) > Math.abs(d[at]!) + 1e-12) at = j;
  if (d[at]! < 0) for (let j = 0; j < d.length; j++) d[j] = -d[j]!;
  return d;
}

/** The top eigenpairs a block Lanczos iteration found, and the passes it took. */
export interface Eigenpairs {
  /** The `count` largest eigenvalues, descending. */
  values: number[];
  /** Their unit eigenvectors (Ritz vectors), orthonormal. */
  vectors: Float64Array[];
  /** How many times the operator was applied to a block. */
  passes: number;
}

/**
 * The `count` largest eigenpairs of a symmetric positive semi-definite operator A on ℝ^dim,
 * known only through `apply` (A applied to each vector of a block, one call per block), by block
 * Lanczos with full reorthogonalisation and Rayleigh–Ritz over the whole Krylov space kept so far
 * (Golub & Van Loan §10.3.6; Saad §6.7): every block and its image are kept, so each pass costs
 * one call of `apply` and the Ritz step needs no more. It stops when every Ritz residual
 * ‖A u − λu‖ is at most `tolerance` × λ₁, after `maxPasses` passes, or when the space is all of
 * ℝ^dim. The start block is drawn from `seed`: the result is deterministic.
 *
 * @example topEigenpairs((block) => block.map((q) => matrixTimes(q)), 100, 2, { tolerance: 1e-8, maxPasses: 50, seed: 1 })
 */
export function topEigenpairs(
  apply: (block: readonly Float64Array[]) => Float64Array[],
  dim: number,
  count: number,
  options: { tolerance: number; maxPasses: number; seed: number },
): Eigenpairs {
  const basis: Float64Array[] = []; // orthonormal: the Krylov blocks Q₀, Q₁, …
  const images: Float64Array[] = []; // A·basis[i]
  let h: Float64Array = new Float64Array(0); // basisᵀ A basis
  const rng = createRng(options.seed);
  const wanted = Array.from({ length: count }, (_, k) => k);
  let block = extendOrthonormal(
    basis,
    wanted.map(() => gaussian(dim, rng)),
  );
  for (let pass = 1; ; pass++) {
    const w = apply(block);
    const before = basis.length;
    basis.push(...block);
    images.push(...w);
    const m = basis.length;
    h = growProjection(h, before, basis, images);
    const { values, vectors } = symmetricEigen(h, m);
    const ritz = wanted.map((k) => combine(basis, vectors, m, k));
    const aRitz = wanted.map((k) => combine(images, vectors, m, k));
    const lambda1 = Math.max(values[0]!, 0);
    const converged = wanted.every((k) => {
      let r2 = 0;
      for (let j = 0; j < dim; j++) r2 += (aRitz[k]![j]! - values[k]! * ritz[k]![j]!) ** 2;
      return Math.sqrt(r2) <= options.tolerance * lambda1;
    });
    if (converged || pass >= options.maxPasses || m >= dim)
      return { values: values.slice(0, count), vectors: ritz, passes: pass };
    block = extendOrthonormal(basis, w.slice(0, Math.min(count, dim - m)));
  }
}
