/** Filter-normalised random directions for a slice (Li et al., NeurIPS 2018, §4). */
import type { ParamGroup } from '../problems/types';
import type { Rng } from '../rng';
import { cosine, gaussian, norm, orthogonalTo, scaled } from '../linalg';

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
