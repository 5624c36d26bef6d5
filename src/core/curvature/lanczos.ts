/**
 * The largest eigenvalues of a symmetric operator known only by its products A·v (a Hessian by
 * Hessian-vector products, issue 20), by the Lanczos method with full reorthogonalisation
 * (Golub & Van Loan, "Matrix Computations", 4th ed., §10.1 and §10.3.1; Lanczos, 1950): the
 * Krylov basis q₀, q₁, … is kept and every new vector is orthogonalised against all of it twice
 * ("twice is enough", Parlett), so no spurious copies of converged eigenvalues appear. The Ritz
 * values of the tridiagonal T (symmetric-eigen.ts) converge to the extreme eigenvalues first.
 *
 * Each Ritz value θᵢ is within its residual ‖A·yᵢ − θᵢyᵢ‖ = βⱼ·|sⱼᵢ| (sⱼᵢ the last component of
 * T's eigenvector) of an eigenvalue of A, and within residual²/gap when the gap to the rest of
 * the spectrum is known (Kato–Temple; Parlett, "The Symmetric Eigenvalue Problem", §11.5). The
 * run stops once every wanted value's residual is below √tolerance of the largest of them, and
 * λmax's Kato–Temple bound, with the gap to the next Ritz value, below `tolerance`. The residual
 * is the sure bound: inside the spectrum a true eigenvalue that no Ritz value has found yet may
 * lie closer than the Ritz gap says (a ReLU network's exact zeros did, in the tests), and two
 * eigenvalues closer than the residual show as one until they separate. At the top, where
 * Lanczos converges first, the Ritz gap is the true one once θ₂ has converged, and the
 * Kato–Temple bound is what λmax's error is (measured: docs/curvature.md).
 *
 * A single start vector's Krylov space holds one vector of each eigenspace, so an exactly
 * repeated eigenvalue is found once (its other copies only if the space becomes invariant and
 * the run goes on in fresh directions): the top k are the top k distinct eigenvalues. A
 * network's Hessian has exact multiplicities only in degenerate shapes (a one-unit layer).
 *
 * Warm start: each run starts from the sum of the previous run's top Ritz vectors, plus a random
 * vector of weight `jitter` so that a direction whose curvature grew since is present and
 * grows in the Krylov space. Along a training run the Hessian changes slowly, so a few
 * iterations suffice. Buffers are allocated once per Lanczos; a run allocates nothing but its
 * result.
 */
import { createRng, type Rng } from '../rng';
import { tridiagonalEigen } from './symmetric-eigen';

/** A symmetric linear operator: writes A·v into out. */
export type SymmetricOperator = (vector: Float64Array, out: Float64Array) => void;

export interface LanczosOptions {
  /** The most Krylov vectors per run (capped at the dimension, where T is exact). */
  maxIterations: number;
  /** The accuracy of the wanted eigenvalues, relative to the spectrum's size. */
  tolerance: number;
  /** The weight of the random part of a warm start (0 < jitter; 1 for the unit random vector). */
  jitter: number;
}

export const LANCZOS_DEFAULTS: LanczosOptions = { maxIterations: 40, tolerance: 1e-7, jitter: 0.1 };

export interface Lanczos {
  /**
   * The `topK` largest eigenvalues of `apply`, largest first (fewer when the dimension is
   * smaller), warm-started from the previous run's Ritz vectors.
   */
  run(apply: SymmetricOperator, topK: number): number[];
  /** Krylov vectors used by the last run (its cost in products). */
  readonly lastIterations: number;
  /** Forgets the warm start. */
  reset(): void;
}

export function createLanczos(dim: number, options: Partial<LanczosOptions> = {}): Lanczos {
  const { maxIterations, tolerance, jitter } = { ...LANCZOS_DEFAULTS, ...options };
  const most = Math.max(1, Math.min(dim, Math.floor(maxIterations)));
  const basis = new Float64Array(most * dim);
  const w = new Float64Array(dim);
  const alpha = new Float64Array(most);
  const beta = new Float64Array(most);
  const d = new Float64Array(most);
  const e = new Float64Array(most);
  const lastRow = new Float64Array(most);
  const vectors = new Float64Array(most * most);
  const order: number[] = [];
  let ritz = new Float64Array(0); // the previous run's top Ritz vectors, one after another
  let ritzCount = 0;
  let lastIterations = 0;
  const rng: Rng = createRng(0x1a2c05);

  const dot = (a: Float64Array, aAt: number, b: Float64Array, bAt: number): number => {
    let s = 0;
    for (let i = 0; i < dim; i++) s += a[aAt + i]! * b[bAt + i]!;
    return s;
  };

  /** Removes from w its components along basis vectors 0 … count − 1, twice. */
  function orthogonalise(count: number): void {
    for (let pass = 0; pass < 2; pass++)
      for (let j = 0; j < count; j++) {
        const at = j * dim;
        const c = dot(basis, at, w, 0);
        if (c !== 0) for (let i = 0; i < dim; i++) w[i] = w[i]! - c * basis[at + i]!;
      }
  }

  /** Writes a unit random vector orthogonal to the first `count` basis vectors into w. */
  function randomInto(count: number): number {
    for (let i = 0; i < dim; i++) w[i] = rng.normal();
    orthogonalise(count);
    return Math.sqrt(dot(w, 0, w, 0));
  }

  /** Solves T of size m; returns the Ritz values' order, largest first, in `order`. */
  function solve(m: number, withVectors: boolean): void {
    d.set(alpha.subarray(0, m));
    e.set(beta.subarray(0, m));
    if (withVectors) {
      vectors.fill(0, 0, m * m);
      for (let i = 0; i < m; i++) vectors[i * m + i] = 1;
      tridiagonalEigen(d, e, m, vectors, m);
    } else {
      lastRow.fill(0, 0, m);
      lastRow[m - 1] = 1;
      tridiagonalEigen(d, e, m, lastRow, 1);
    }
    order.length = 0;
    for (let i = 0; i < m; i++) order.push(i);
    order.sort((a, b) => d[b]! - d[a]!);
  }

  return {
    get lastIterations() {
      return lastIterations;
    },
    reset() {
      ritzCount = 0;
    },
    run(apply, topK) {
      const k = Math.max(1, Math.min(Math.floor(topK), most));
      // The start: the previous Ritz vectors (each of unit length) plus the jitter.
      let norm: number;
      if (ritzCount > 0) {
        norm = randomInto(0);
        const scale = jitter / norm;
        for (let i = 0; i < dim; i++) {
          let s = w[i]! * scale;
          for (let r = 0; r < ritzCount; r++) s += ritz[r * dim + i]!;
          w[i] = s;
        }
        norm = Math.sqrt(dot(w, 0, w, 0));
      } else norm = randomInto(0);
      let m = 0;
      let stop = false;
      while (!stop) {
        const at = m * dim;
        for (let i = 0; i < dim; i++) basis[at + i] = w[i]! / norm;
        apply(basis.subarray(at, at + dim), w);
        alpha[m] = dot(basis, at, w, 0);
        orthogonalise(m + 1);
        // A product that is not finite (a diverged point) makes every value NaN.
        if (!Number.isFinite(alpha[m]!)) {
          lastIterations = m + 1;
          ritzCount = 0;
          return new Array<number>(k).fill(NaN);
        }
        norm = Math.sqrt(dot(w, 0, w, 0));
        beta[m] = norm;
        m++;
        solve(m, false);
        let size = 0;
        for (let i = 0; i < m; i++) size = Math.max(size, Math.abs(d[i]!));
        if (m === most) break;
        // An invariant subspace: T's eigenvalues are A's. Go on in a fresh direction orthogonal
        // to it (T then splits into blocks, the earlier ones exact), so that an eigenvalue the
        // start vector had no part of, or a second copy of a repeated one, can still be found.
        if (norm <= 1e-13 * size || norm === 0) {
          beta[m - 1] = 0;
          norm = randomInto(m);
          continue;
        }
        if (m < k) continue;
        // The wanted values' size: the tolerance is relative to it (the most negative eigenvalue
        // may be larger, but is not wanted), with a floor for a spectrum of zeros at the top.
        let wanted = 1e-6 * size;
        for (let r = 0; r < k; r++) wanted = Math.max(wanted, Math.abs(d[order[r]!]!));
        stop = true;
        for (let r = 0; r < k && stop; r++) {
          const index = order[r]!;
          const theta = d[index]!;
          const residual = Math.abs(norm * lastRow[index]!);
          let gap = Infinity;
          for (let j = 0; j < m; j++) if (j !== index) gap = Math.min(gap, Math.abs(d[j]! - theta));
          // Every wanted value: its residual, to √tolerance; λmax also by Kato–Temple, to tolerance.
          if (!(residual <= Math.sqrt(tolerance) * wanted)) stop = false;
          if (r === 0 && !((residual * residual) / gap <= tolerance * wanted)) stop = false;
        }
      }
      lastIterations = m;
      // The Ritz vectors yᵢ = Q·sᵢ of the top k, for the next run's start.
      solve(m, true);
      if (ritz.length !== k * dim) ritz = new Float64Array(k * dim);
      ritz.fill(0);
      ritzCount = k;
      const values: number[] = [];
      for (let r = 0; r < k; r++) {
        const index = order[r]!;
        values.push(d[index]!);
        const out = r * dim;
        for (let j = 0; j < m; j++) {
          const s = vectors[j * m + index]!;
          const at = j * dim;
          for (let i = 0; i < dim; i++) ritz[out + i] = ritz[out + i]! + s * basis[at + i]!;
        }
      }
      return values;
    },
  };
}
