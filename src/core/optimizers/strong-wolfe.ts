/**
 * The strong-Wolfe line search of torch.optim.LBFGS: `_cubic_interpolate` and `_strong_wolfe` of
 * PyTorch's torch/optim/lbfgs.py (1.13.1, unchanged in current sources @045a976c; itself a port of
 * torch7's optim/lswolfe.lua), ported line for line in float64 (docs/optimizers.md#lbfgs). Its
 * constants are torch's fixed defaults: LBFGS never passes its own tolerance_change to it.
 *
 * L-BFGS here runs with max_iter = 1, so the gradient and loss the search returns are never read
 * (the next step evaluates the accepted point again, as torch's next `step(closure)` does): the
 * search keeps f and g·d of its bracket, not the gradients themselves. Allocation-free: the
 * caller's workspace holds the trial point and its gradient.
 */
import { WOLFE_MAX_EVALS } from './lbfgs';

/** Sufficient decrease c1 and curvature c2 of the Wolfe conditions (torch's defaults). */
export const WOLFE_C1 = 1e-4;
export const WOLFE_C2 = 0.9;
/** The bracket is given up when |b₁ − b₀|·max|dᵢ| falls below this (torch's tolerance_change). */
export const WOLFE_TOLERANCE = 1e-9;

/**
 * torch's `_cubic_interpolate`: the minimiser of the cubic through (x1, f1, g1) and (x2, f2, g2),
 * clamped to [lo, hi] (default: between x1 and x2); the interval's midpoint where the cubic has
 * no real minimiser.
 */
export function cubicInterpolate(
  x1: number,
  f1: number,
  g1: number,
  x2: number,
  f2: number,
  g2: number,
  lo: number = x1 <= x2 ? x1 : x2,
  hi: number = x1 <= x2 ? x2 : x1,
): number {
  const d1 = g1 + g2 - (3 * (f1 - f2)) / (x1 - x2);
  const d2Square = d1 * d1 - g1 * g2;
  if (d2Square >= 0) {
    const d2 = Math.sqrt(d2Square);
    const minPos =
      x1 <= x2
        ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
        : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2));
    return Math.min(Math.max(minPos, lo), hi);
  }
  return (lo + hi) / 2;
}

/** What the search needs: f and ∇f at x + t·d (torch's `obj_func`), counted by the caller. */
export interface LineObjective {
  /** Evaluates f and ∇f at x + t·d; returns f and leaves ∇f(x + t·d)·d in `gtd`. */
  evaluate(t: number): number;
  /** ∇f·d at the last point evaluated. */
  readonly gtd: number;
}

/**
 * torch's `_strong_wolfe(obj_func, x, t, d, f, g, gtd)` with c1 = 1e-4, c2 = 0.9,
 * tolerance_change = 1e-9, max_ls = 25: the accepted step length. `f` and `gtd` are f(x) and
 * ∇f(x)·d; `dNorm` is max|dᵢ|. Every trial goes through `objective.evaluate`, which records it.
 */
export function strongWolfe(
  objective: LineObjective,
  t0: number,
  f: number,
  gtd: number,
  dNorm: number,
): number {
  let t = t0;
  let fNew = objective.evaluate(t);
  let gtdNew = objective.gtd;
  let tPrev = 0;
  let fPrev = f;
  let gtdPrev = gtd;
  let done = false;
  let lsIter = 0;
  // The bracket: b0, b1 with their f and g·d (a one-point bracket where done at once).
  let b0 = 0;
  let b1 = 0;
  let bf0 = 0;
  let bf1 = 0;
  let bg0 = 0;
  let bg1 = 0;
  let onePoint = false;
  while (lsIter < WOLFE_MAX_EVALS) {
    if (fNew > f + WOLFE_C1 * t * gtd || (lsIter > 1 && fNew >= fPrev)) {
      b0 = tPrev;
      b1 = t;
      bf0 = fPrev;
      bf1 = fNew;
      bg0 = gtdPrev;
      bg1 = gtdNew;
      break;
    }
    if (Math.abs(gtdNew) <= -WOLFE_C2 * gtd) {
      b0 = t;
      bf0 = fNew;
      bg0 = gtdNew;
      onePoint = true;
      done = true;
      break;
    }
    if (gtdNew >= 0) {
      b0 = tPrev;
      b1 = t;
      bf0 = fPrev;
      bf1 = fNew;
      bg0 = gtdPrev;
      bg1 = gtdNew;
      break;
    }
    // Interpolate, extrapolating at least 1% past t and at most to 10·t.
    const minStep = t + 0.01 * (t - tPrev);
    const maxStep = t * 10;
    const tmp = t;
    t = cubicInterpolate(tPrev, fPrev, gtdPrev, t, fNew, gtdNew, minStep, maxStep);
    tPrev = tmp;
    fPrev = fNew;
    gtdPrev = gtdNew;
    fNew = objective.evaluate(t);
    gtdNew = objective.gtd;
    lsIter++;
  }
  if (lsIter === WOLFE_MAX_EVALS) {
    // torch: bracket = [0, t], bracket_f = [f, f_new] (its bracket_gtd stays as it was, and the
    // zoom below does not run, since ls_iter == max_ls).
    b0 = 0;
    b1 = t;
    bf0 = f;
    bf1 = fNew;
    onePoint = false;
  }
  // The bracket's lower and higher point (by f); torch compares bracket_f[0] with bracket_f[-1].
  let low = onePoint || bf0 <= bf1 ? 0 : 1;
  let insufficientProgress = false;
  while (!done && lsIter < WOLFE_MAX_EVALS) {
    if (Math.abs(b1 - b0) * dNorm < WOLFE_TOLERANCE) break;
    t = cubicInterpolate(b0, bf0, bg0, b1, bf1, bg1);
    const bMax = Math.max(b0, b1);
    const bMin = Math.min(b0, b1);
    const eps = 0.1 * (bMax - bMin);
    if (Math.min(bMax - t, t - bMin) < eps) {
      // Close to an end of the bracket: move 0.1 of its width inside, on the second time or
      // where the cubic left the bracket.
      if (insufficientProgress || t >= bMax || t <= bMin) {
        t = Math.abs(t - bMax) < Math.abs(t - bMin) ? bMax - eps : bMin + eps;
        insufficientProgress = false;
      } else insufficientProgress = true;
    } else insufficientProgress = false;
    fNew = objective.evaluate(t);
    gtdNew = objective.gtd;
    lsIter++;
    const fLow = low === 0 ? bf0 : bf1;
    if (fNew > f + WOLFE_C1 * t * gtd || fNew >= fLow) {
      // Armijo fails or no lower than the low end: t replaces the high end.
      if (low === 0) {
        b1 = t;
        bf1 = fNew;
        bg1 = gtdNew;
      } else {
        b0 = t;
        bf0 = fNew;
        bg0 = gtdNew;
      }
      low = bf0 <= bf1 ? 0 : 1;
    } else {
      if (Math.abs(gtdNew) <= -WOLFE_C2 * gtd) done = true;
      else if (gtdNew * (low === 0 ? b1 - b0 : b0 - b1) >= 0) {
        // The old low end becomes the high end.
        if (low === 0) {
          b1 = b0;
          bf1 = bf0;
          bg1 = bg0;
        } else {
          b0 = b1;
          bf0 = bf1;
          bg0 = bg1;
        }
      }
      // t becomes the low end.
      if (low === 0) {
        b0 = t;
        bf0 = fNew;
        bg0 = gtdNew;
      } else {
        b1 = t;
        bf1 = fNew;
        bg1 = gtdNew;
      }
    }
  }
  return low === 0 ? b0 : b1;
}
