/**
 * 2D slices of losses over many parameters: f(c + a·d₁ + b·d₂) over a window of (a, b), with
 * every run's trajectory projected onto that plane (Li, Xu, Taylor, Studer & Goldstein,
 * "Visualizing the Loss Landscape of Neural Nets", NeurIPS 2018). Two ways to choose d₁, d₂:
 * filter-normalised random directions (their §4) or the top two principal directions of the
 * trajectories (their §7). Pure; the worker builds the slice and samples its surface.
 */
import type { ParamGroup, Problem, View } from './problems';
import { createRng, type Rng } from './rng';

/** How the plane's directions are chosen: principal directions of the runs, or random. */
export type SliceMethod = 'pca' | 'random';

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

// ---------------------------------------------------------------------------------------------
// Filter-normalised random directions (Li et al. §4)

/**
 * Two random directions for a slice through `center`, filter-normalised as in Li et al. §4 and
 * their net_plotter.py (`normalize_direction(norm='filter')`, `ignore='biasbn'`): a Gaussian
 * direction whose every row of a weight group (a "filter": one unit's input weights) is rescaled
 * to the norm of the same row of θ, and whose biases are zero. Entries in no group of `layout`
 * (all of θ when there is none) count together as one filter. If a direction comes out all zero
 * (θ zero wherever it is normalised) it is replaced by a unit-norm Gaussian direction over all of
 * θ, so a slice always moves θ. d₁ and d₂ are drawn independently, d₁ first, from `rng`.
 *
 * In hundreds of dimensions two Gaussian directions are nearly orthogonal, as Li et al. rely on.
 * A tiny model (one filter of two weights) can draw two nearly parallel ones, a plane that is
 * almost a line; when |cos(d₁, d₂)| > 0.95, d₂ is made orthogonal to d₁ and filter-normalised
 * again, or, if that leaves nothing (a single normalised weight), replaced by a Gaussian over
 * all of θ orthogonal to d₁ with d₁'s norm.
 *
 * @example const [d1, d2] = filterNormalizedDirections(theta, problem.layout, createRng(1));
 */
export function filterNormalizedDirections(
  center: Float64Array,
  layout: readonly ParamGroup[] | undefined,
  rng: Rng,
): [Float64Array, Float64Array] {
  const dim = center.length;
  const groups = layout ?? [];
  for (const g of groups) {
    const end = g.offset + g.rows * g.cols;
    if (![g.offset, g.rows, g.cols].every(Number.isInteger) || g.offset < 0 || end > dim) {
      throw new Error(`invalid layout: group "${g.name}" does not fit ${dim} parameters`);
    }
  }
  const draw = (): Float64Array => {
    const d = gaussian(dim, rng);
    normalizeFilters(d, center, groups);
    return norm(d) > 0 ? d : scaled(gaussian(dim, rng), 1);
  };
  const d1 = draw();
  let d2 = draw();
  if (Math.abs(cosine(d1, d2)) > PARALLEL_COS) {
    const rest = orthogonalTo(d2, d1);
    normalizeFilters(rest, center, groups);
    if (norm(rest) > 0 && Math.abs(cosine(d1, rest)) <= PARALLEL_COS) d2 = rest;
    else d2 = scaled(orthogonalTo(gaussian(dim, rng), d1), norm(d1));
  }
  return [d1, d2];
}

const PARALLEL_COS = 0.95;

/** Rescales each filter of `d` in place to the norm of the same filter of θ; zeroes biases. */
function normalizeFilters(d: Float64Array, theta: Float64Array, groups: readonly ParamGroup[]) {
  const rest = new Uint8Array(d.length).fill(1); // entries in no group: one filter together
  for (const g of groups) {
    rest.fill(0, g.offset, g.offset + g.rows * g.cols);
    if (g.kind === 'bias') {
      d.fill(0, g.offset, g.offset + g.rows * g.cols);
      continue;
    }
    for (let r = 0; r < g.rows; r++) {
      const start = g.offset + r * g.cols;
      let dd = 0;
      let tt = 0;
      for (let j = start; j < start + g.cols; j++) {
        dd += d[j]! * d[j]!;
        tt += theta[j]! * theta[j]!;
      }
      // net_plotter.py: d.mul_(w.norm() / (d.norm() + 1e-10))
      const factor = Math.sqrt(tt) / (Math.sqrt(dd) + 1e-10);
      for (let j = start; j < start + g.cols; j++) d[j]! *= factor;
    }
  }
  let dd = 0;
  let tt = 0;
  for (let j = 0; j < d.length; j++) {
    if (rest[j]) {
      dd += d[j]! * d[j]!;
      tt += theta[j]! * theta[j]!;
    }
  }
  const factor = Math.sqrt(tt) / (Math.sqrt(dd) + 1e-10);
  for (let j = 0; j < d.length; j++) if (rest[j]) d[j]! *= factor;
}

// ---------------------------------------------------------------------------------------------
// Principal directions of the trajectories (Li et al. §7)

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
 * Computed by block Lanczos with full reorthogonalisation and Rayleigh–Ritz (Golub & Van Loan,
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

  const basis: Float64Array[] = []; // orthonormal: the Krylov blocks Q₀, Q₁, …
  const images: Float64Array[] = []; // A·basis[i]
  let h: Float64Array = new Float64Array(0); // basisᵀ A basis
  const rng = createRng(PCA_START_SEED);
  let block = extendOrthonormal(basis, [gaussian(dim, rng), gaussian(dim, rng)]);
  for (let pass = 1; ; pass++) {
    const w = applyScatter(rows, mean, block);
    const before = basis.length;
    basis.push(...block);
    images.push(...w);
    const m = basis.length;
    h = growProjection(h, before, basis, images);
    const { values, vectors } = symmetricEigen(h, m);
    const ritz = [0, 1].map((k) => combine(basis, vectors, m, k));
    const aRitz = [0, 1].map((k) => combine(images, vectors, m, k));
    const lambda1 = Math.max(values[0]!, 0);
    const converged = [0, 1].every((k) => {
      let r2 = 0;
      for (let j = 0; j < dim; j++) r2 += (aRitz[k]![j]! - values[k]! * ritz[k]![j]!) ** 2;
      return Math.sqrt(r2) <= PCA_TOLERANCE * lambda1;
    });
    if (converged || pass >= PCA_MAX_PASSES || m >= dim) {
      const explained: [number, number] = [lambda1 / total, Math.max(values[1]!, 0) / total];
      // A path on a line: the second Ritz vector is rounding; complete it deterministically.
      const rankOne = explained[1] < 1e-12;
      if (rankOne) explained[1] = 0;
      const [d1, d2] = rankOne ? completeBasis([ritz[0]!], dim, 2) : ritz;
      return { d1: signed(d1!), d2: signed(d2!), explained };
    }
    block = extendOrthonormal(basis, w.slice(0, Math.min(PCA_BLOCK, dim - m)));
  }
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

/** basisᵀ A basis grown by the columns from `before` on, symmetrised (A is symmetric). */
function growProjection(
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
function combine(vectors: readonly Float64Array[], s: Float64Array, m: number, k: number) {
  const out = new Float64Array(vectors[0]!.length);
  vectors.forEach((v, i) => axpy(out, v, s[i * m + k]!));
  return out;
}

/**
 * Eigenvalues (descending) and eigenvectors (columns of a row-major n × n matrix) of a small
 * symmetric matrix, by cyclic Jacobi rotations (Golub & Van Loan, §8.5).
 */
function symmetricEigen(matrix: Float64Array, n: number) {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  const scale = dot(a, a);
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let r = p + 1; r < n; r++) off += a[p * n + r]! ** 2;
    if (!(off > 1e-30 * scale)) break;
    for (let p = 0; p < n; p++) {
      for (let r = p + 1; r < n; r++) {
        const apr = a[p * n + r]!;
        if (apr === 0) continue;
        const theta = (a[r * n + r]! - a[p * n + p]!) / (2 * apr);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        // A ← JᵀAJ as a rotation of columns p, r and then of rows p, r; V ← VJ.
        rotate(
          a,
          n,
          c,
          s,
          (k) => k * n + p,
          (k) => k * n + r,
        );
        rotate(
          a,
          n,
          c,
          s,
          (k) => p * n + k,
          (k) => r * n + k,
        );
        rotate(
          v,
          n,
          c,
          s,
          (k) => k * n + p,
          (k) => k * n + r,
        );
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => a[j * n + j]! - a[i * n + i]! || i - j,
  );
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    for (let k = 0; k < n; k++) vectors[k * n + to] = v[k * n + from]!;
  });
  return { values: order.map((i) => a[i * n + i]!), vectors };
}

function rotate(
  a: Float64Array,
  n: number,
  c: number,
  s: number,
  first: (k: number) => number,
  second: (k: number) => number,
): void {
  for (let k = 0; k < n; k++) {
    const x = a[first(k)]!;
    const y = a[second(k)]!;
    a[first(k)] = c * x - s * y;
    a[second(k)] = s * x + c * y;
  }
}

/**
 * The candidates made orthonormal to `basis` and to each other by Gram–Schmidt run twice
 * ("twice is enough", Giraud, Langou & Rozložník 2005). A candidate that is (nearly) in the span
 * already, as when the points span few directions and the Krylov space closes, is replaced by a
 * completing basis vector, so the result always has as many vectors as candidates.
 */
function extendOrthonormal(
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
function completeBasis(columns: readonly Float64Array[], dim: number, count: number) {
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
function signed(d: Float64Array): Float64Array {
  let at = 0;
  for (let j = 1; j < d.length; j++) if (Math.abs(d[j]!) > Math.abs(d[at]!) + 1e-12) at = j;
  if (d[at]! < 0) for (let j = 0; j < d.length; j++) d[j] = -d[j]!;
  return d;
}

// ---------------------------------------------------------------------------------------------
// Projection, window and the slice as a 2-parameter Problem

/**
 * Plane coordinates (a, b) of each point, two numbers per point: the least-squares solution of
 * θ − c ≈ a·d₁ + b·d₂ through the 2 × 2 Gram system (for orthonormal directions, the two dot
 * products; Li et al.'s projection.py offers both, 'cos' and 'lstsq'). Parallel directions
 * leave b = 0 and a from d₁ alone.
 */
export function projectTrajectory(
  trajectory: Float64Array,
  points: number,
  dim: number,
  center: Float64Array,
  d1: Float64Array,
  d2: Float64Array,
): Float64Array {
  const g11 = dot(d1, d1);
  const g12 = dot(d1, d2);
  const g22 = dot(d2, d2);
  const det = g11 * g22 - g12 * g12;
  const regular = det > 1e-12 * g11 * g22;
  const out = new Float64Array(2 * points);
  for (let k = 0; k < points; k++) {
    let r1 = 0;
    let r2 = 0;
    for (let j = 0, i = k * dim; j < dim; j++, i++) {
      const x = trajectory[i]! - center[j]!;
      r1 += x * d1[j]!;
      r2 += x * d2[j]!;
    }
    if (regular) {
      out[2 * k] = (g22 * r1 - g12 * r2) / det;
      out[2 * k + 1] = (g11 * r2 - g12 * r1) / det;
    } else if (g11 > 0) {
      out[2 * k] = r1 / g11;
    } else if (g22 > 0) {
      out[2 * k + 1] = r2 / g22;
    }
  }
  return out;
}

/**
 * A square window centred on (0, 0), the slice's center, that holds every finite projected
 * point with a 15 % margin, each half-width at least `minimumHalfWidth`. Both axes get the same
 * half-width: the plane's two directions have no units of their own, so one unit is drawn as
 * long on both (a stretched axis would invent an anisotropy).
 */
export function sliceView(projections: readonly Float64Array[], minimumHalfWidth: number): View {
  let reach = 0;
  for (const p of projections) {
    for (const v of p) if (Number.isFinite(v)) reach = Math.max(reach, Math.abs(v));
  }
  const half = Math.max(minimumHalfWidth, reach * (1 + SLICE_VIEW_MARGIN));
  return { x: [-half, half], y: [-half, half] };
}

/**
 * The slice as a 2-parameter Problem: value(a, b) = f(c + a·d₁ + b·d₂) and, by the chain rule,
 * ∂/∂a = ∇f·d₁ and ∂/∂b = ∇f·d₂. Two scratch buffers are allocated once, none per call, so
 * sampleSurface can evaluate it over a grid as it does a 2D function.
 */
export function sliceProblem(
  problem: Problem,
  center: Float64Array,
  d1: Float64Array,
  d2: Float64Array,
  options: { method: SliceMethod; view: View },
): Problem {
  const { dim, info } = problem;
  if (center.length !== dim || d1.length !== dim || d2.length !== dim) {
    throw new Error(`invalid slice: center and directions need ${dim} entries`);
  }
  const theta = new Float64Array(dim);
  const fullGrad = new Float64Array(dim);
  const place = (params: Float64Array) => {
    const a = params[0]!;
    const b = params[1]!;
    for (let j = 0; j < dim; j++) theta[j] = center[j]! + a * d1[j]! + b * d2[j]!;
  };
  const pca = options.method === 'pca';
  return {
    dim: 2,
    info: {
      name: `${info.name}-slice`,
      title: `${info.title} — 2D slice`,
      formula: 'f(c + a·d₁ + b·d₂)',
      view: options.view,
      start: [0, 0],
      minima: [],
      fMin: null,
      note: pca
        ? 'The loss on the plane through the best final point spanned by the two principal directions of the paths.'
        : 'The loss on the plane through the best final point spanned by two random filter-normalised directions.',
      axes: pca ? ['PC 1', 'PC 2'] : ['direction 1', 'direction 2'],
    },
    value(params) {
      place(params);
      return problem.value(theta);
    },
    valueAndGrad(params, grad) {
      place(params);
      const f = problem.valueAndGrad(theta, fullGrad);
      grad[0] = dot(fullGrad, d1);
      grad[1] = dot(fullGrad, d2);
      return f;
    },
  };
}

/** A run as computeSlice needs it: its points and the loss at its last point. */
export interface SliceRun extends TrajectoryPoints {
  readonly finalLoss: number;
}

/**
 * The slice for a set of runs: centred on the final point of the run with the lowest finite
 * final loss (the lowest index on ties; the problem's start when no run has one), with
 * directions by `method` (random ones seeded by `seed`), every run projected, and the window
 * that holds them.
 */
export function computeSlice(
  problem: Problem,
  runs: readonly SliceRun[],
  method: SliceMethod,
  seed: number,
): Slice {
  const { dim } = problem;
  let best = -1;
  runs.forEach((r, i) => {
    const usable = r.points > 0 && r.trajectory.length >= r.points * dim;
    if (usable && Number.isFinite(r.finalLoss) && (best < 0 || r.finalLoss < runs[best]!.finalLoss))
      best = i;
  });
  const center =
    best >= 0
      ? runs[best]!.trajectory.slice((runs[best]!.points - 1) * dim, runs[best]!.points * dim)
      : Float64Array.from(problem.info.start);
  let d1: Float64Array;
  let d2: Float64Array;
  let explained: [number, number] | null = null;
  if (method === 'pca') ({ d1, d2, explained } = pcaDirections(runs, dim, center));
  else [d1, d2] = filterNormalizedDirections(center, problem.layout, createRng(seed));
  const projections = runs.map((r) =>
    projectTrajectory(
      r.trajectory,
      Math.min(r.points, Math.floor(r.trajectory.length / dim)),
      dim,
      center,
      d1,
      d2,
    ),
  );
  const minimum = method === 'pca' ? PCA_MIN_HALF_WIDTH : RANDOM_MIN_HALF_WIDTH;
  return { method, center, d1, d2, view: sliceView(projections, minimum), explained, projections };
}

// ---------------------------------------------------------------------------------------------
// Small vector helpers

function gaussian(n: number, rng: Rng): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.normal();
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function norm(a: Float64Array): number {
  return Math.sqrt(dot(a, a));
}

function cosine(a: Float64Array, b: Float64Array): number {
  const n = norm(a) * norm(b);
  return n > 0 ? dot(a, b) / n : 0;
}

/** y ← y + α·x, in place. */
function axpy(y: Float64Array, x: Float64Array, alpha: number): void {
  for (let i = 0; i < y.length; i++) y[i]! += alpha * x[i]!;
}

/** A copy of `a` scaled to norm `length` (a zero vector stays zero). */
function scaled(a: Float64Array, length: number): Float64Array {
  const n = norm(a);
  return a.map((v) => (n > 0 ? (v * length) / n : 0));
}

/** a minus its component along u (a copy). */
function orthogonalTo(a: Float64Array, u: Float64Array): Float64Array {
  const out = Float64Array.from(a);
  const uu = dot(u, u);
  if (uu > 0) axpy(out, u, -dot(a, u) / uu);
  return out;
}
