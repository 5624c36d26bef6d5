/**
 * The linear algebra of Newton's step (newton.ts, docs/optimizers.md#newton), allocation-free once its
 * workspace is made: the step s = A⁻¹g with A = H + δI, or A = Q(|Λ| + δI)Qᵀ (saddle-free,
 * Dauphin et al. 2014), where H = QΛQᵀ. Two parameters in closed form (§ 6.6's formula and
 * eigen2's decomposition); other sizes by the cyclic Jacobi method (Golub & Van Loan, "Matrix
 * Computations", 4th ed., §8.5.3), which gives Q as well, s = Σₖ qₖ (qₖ·g)/μₖ with μₖ = λₖ + δ or
 * |λₖ| + δ. Jacobi's O(n³) per sweep is why Newton refuses models past NEWTON_MAX_PARAMS.
 *
 * A singular A (a μₖ or the determinant exactly 0) has no inverse: where g has no component
 * along the null direction the step there is 0 (at a stationary point Newton stays), otherwise
 * the step is undefined and comes out NaN, which the run reports as its divergence.
 */
import { eigen2 } from '../curvature/eigen2';
import { jacobiSweeps } from '../linalg';

/** What Newton's step leaves for the inspector: H's eigenvalues (ascending) and s = A⁻¹g. */
export interface NewtonOutput {
  eigenvalues: Float64Array;
  direction: Float64Array;
}

/** Scratch of the dense step: the matrix being diagonalised and its rotations. */
export interface NewtonWorkspace {
  readonly a: Float64Array;
  readonly q: Float64Array;
  readonly coefficients: Float64Array;
}

export function newtonWorkspace(n: number): NewtonWorkspace {
  return {
    a: new Float64Array(n * n),
    q: new Float64Array(n * n),
    coefficients: new Float64Array(n),
  };
}

/** p/μ, with 0/0 = 0 (no component along a null direction: no step there). */
const component = (projection: number, mu: number): number =>
  mu === 0 && projection === 0 ? 0 : projection / mu;

/** 1/0 and 0·∞ stay what they are: a singular A with g along its null direction gives NaN. */
const undefinedIfInfinite = (x: number): number => (Number.isFinite(x) ? x : NaN);

/**
 * s = A⁻¹g for H = [[h0, h1], [h1, h3]] (row-major `h`), § 6.6's closed form for the plain
 * A = H + δI, and the eigenvectors of H for |H|; H's eigenvalues into `out.eigenvalues`.
 */
export function newtonStep2(
  h: Float64Array,
  g: Float64Array,
  damping: number,
  saddleFree: boolean,
  out: NewtonOutput,
): void {
  const { lambdaMax, lambdaMin, vectorMax } = eigen2(h[0]!, h[1]!, h[3]!);
  out.eigenvalues[0] = lambdaMin;
  out.eigenvalues[1] = lambdaMax;
  const [g1, g2] = [g[0]!, g[1]!];
  if (!saddleFree) {
    const a = h[0]! + damping;
    const b = h[1]!;
    const c = h[3]! + damping;
    const det = a * c - b * b;
    if (det === 0) {
      const still = g1 === 0 && g2 === 0;
      out.direction[0] = still ? 0 : NaN;
      out.direction[1] = still ? 0 : NaN;
      return;
    }
    out.direction[0] = (c * g1 - b * g2) / det;
    out.direction[1] = (a * g2 - b * g1) / det;
    return;
  }
  const [cos, sin] = vectorMax; // λmax's eigenvector; λmin's is (−sin, cos)
  const kMax = component(cos * g1 + sin * g2, Math.abs(lambdaMax) + damping);
  const kMin = component(-sin * g1 + cos * g2, Math.abs(lambdaMin) + damping);
  out.direction[0] = undefinedIfInfinite(cos * kMax - sin * kMin);
  out.direction[1] = undefinedIfInfinite(sin * kMax + cos * kMin);
}

/** Diagonalises the symmetric n × n `h` into work.a (eigenvalues on its diagonal) and work.q. */
function jacobi(h: Float64Array, n: number, work: NewtonWorkspace): void {
  const { a, q } = work;
  a.set(h);
  q.fill(0);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale += a[i]! * a[i]!;
  jacobiSweeps(a, q, n, 1e-30 * scale, 50);
}

/**
 * s = A⁻¹g for a symmetric n × n `h` (row-major, n ≠ 2) through H's eigendecomposition, the plain
 * A = H + δI and the saddle-free A = Q(|Λ| + δI)Qᵀ alike; H's eigenvalues, ascending, into
 * `out.eigenvalues`.
 */
export function newtonStepDense(
  h: Float64Array,
  g: Float64Array,
  n: number,
  damping: number,
  saddleFree: boolean,
  work: NewtonWorkspace,
  out: NewtonOutput,
): void {
  jacobi(h, n, work);
  const { a, q, coefficients } = work;
  for (let k = 0; k < n; k++) {
    const lambda = a[k * n + k]!;
    let projection = 0;
    for (let i = 0; i < n; i++) projection += q[i * n + k]! * g[i]!;
    coefficients[k] = component(projection, (saddleFree ? Math.abs(lambda) : lambda) + damping);
  }
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += q[i * n + k]! * coefficients[k]!;
    out.direction[i] = undefinedIfInfinite(sum);
  }
  // The eigenvalues in ascending order (insertion sort: n is small, and nothing is allocated).
  const values = out.eigenvalues;
  for (let k = 0; k < n; k++) {
    const lambda = a[k * n + k]!;
    let i = k - 1;
    for (; i >= 0 && values[i]! > lambda; i--) values[i + 1] = values[i]!;
    values[i + 1] = lambda;
  }
}
