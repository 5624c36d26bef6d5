/**
 * Muon's approximate orthogonalisation (docs/optimizers.md#muon): the quintic Newton–Schulz
 * iteration of Keller Jordan's reference `zeropower_via_newtonschulz5` (github.com/KellerJordan/
 * Muon, muon.py), in float64 where the reference runs bfloat16 on a GPU. For G = USVᵀ it returns
 * about U·S′·Vᵀ with S′'s entries in roughly [0.7, 1.2] (not exactly 1: the coefficients favour
 * a steep slope at 0 over convergence, as the reference's docstring says). Allocation-free: the
 * work matrices of a shape are made once (`nsWorkspace`).
 */

/** (a, b, c) of the reference: X ← a·X + (b·A + c·A·A)·X with A = X·Xᵀ. */
export const NS_COEFFICIENTS = [3.4445, -4.775, 2.0315] as const;
/** Added to ‖X‖_F before dividing, as the reference does, so a zero matrix stays zero. */
export const NS_NORM_EPS = 1e-7;

/** The work matrices of one shape: X and its next value (p × q), A and B (p × p), p ≤ q. */
export interface NsWork {
  readonly p: number;
  readonly q: number;
  x: Float64Array;
  y: Float64Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
}

/** The workspace of a rows × cols matrix: the reference works on the wide orientation. */
export function nsWorkspace(rows: number, cols: number): NsWork {
  const p = Math.min(rows, cols);
  const q = Math.max(rows, cols);
  return {
    p,
    q,
    x: new Float64Array(p * q),
    y: new Float64Array(p * q),
    a: new Float64Array(p * p),
    b: new Float64Array(p * p),
  };
}

/**
 * NS(G) of the rows × cols matrix stored row-major in `source` from `at`, written to `out` at
 * the same place and in the same layout. As the reference:
 *   X = G, transposed if rows > cols (so X is p × q with p ≤ q and X·Xᵀ is the small Gram matrix);
 *   X ← X / (‖X‖_F + 1e-7);
 *   `steps` times: A = X·Xᵀ;  B = b·A + (c·A)·A;  X ← a·X + B·X
 *   (Python's `c * A @ A` is `(c * A) @ A`: * and @ bind alike, left to right);
 *   transposed back.
 */
export function newtonSchulz(
  source: ArrayLike<number>,
  at: number,
  rows: number,
  cols: number,
  steps: number,
  work: NsWork,
  out: Float64Array,
): void {
  const [ca, cb, cc] = NS_COEFFICIENTS;
  const transposed = rows > cols;
  const { p, q, a, b } = work;
  let x = work.x;
  let y = work.y;
  for (let i = 0; i < p; i++)
    for (let j = 0; j < q; j++)
      x[i * q + j] = transposed ? source[at + j * cols + i]! : source[at + i * cols + j]!;
  let sum = 0;
  for (let k = 0; k < p * q; k++) sum += x[k]! * x[k]!;
  const norm = Math.sqrt(sum) + NS_NORM_EPS;
  for (let k = 0; k < p * q; k++) x[k] = x[k]! / norm;
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < p; i++)
      for (let j = 0; j < p; j++) {
        let dot = 0;
        for (let k = 0; k < q; k++) dot += x[i * q + k]! * x[j * q + k]!;
        a[i * p + j] = dot;
      }
    for (let i = 0; i < p; i++)
      for (let j = 0; j < p; j++) {
        let dot = 0;
        for (let k = 0; k < p; k++) dot += cc * a[i * p + k]! * a[k * p + j]!;
        b[i * p + j] = cb * a[i * p + j]! + dot;
      }
    for (let i = 0; i < p; i++)
      for (let j = 0; j < q; j++) {
        let dot = 0;
        for (let k = 0; k < p; k++) dot += b[i * p + k]! * x[k * q + j]!;
        y[i * q + j] = ca * x[i * q + j]! + dot;
      }
    const swap = x;
    x = y;
    y = swap;
  }
  for (let i = 0; i < p; i++)
    for (let j = 0; j < q; j++) {
      const value = x[i * q + j]!;
      if (transposed) out[at + j * cols + i] = value;
      else out[at + i * cols + j] = value;
    }
}
