/**
 * L-BFGS's stability (stability.ts, family `quasi-newton`). Its step is −t·H̃g with H̃ its
 * inverse-Hessian estimate from the last m pairs (s, y) (Nocedal & Wright, "Numerical Optimization", 2006, § 7.2); H̃ follows the
 * curvature it has seen, so no fixed λ limits it: no limit. Where H̃ matches H along an
 * eigenvector (a quadratic after a few steps: y = Hs) the error is multiplied by 1 − α, stable
 * for α < 1, oscillating for 1 < α < 2, growing beyond; H̃ is positive definite (pairs with
 * y·s ≤ 1e−10 are skipped), so along λ < 0 the step goes downhill, away. With the strong-Wolfe
 * line search every step decreases f: stable.
 */
import type { OptimizerSpec } from '../../scenario/types';

/**
 * L-BFGS along an eigenvector of curvature λ once its estimate has learnt λ: the error times
 * 1 − α, or a decrease of f every step with the strong-Wolfe line search; along λ < 0 its
 * positive-definite estimate steps downhill, away from the stationary point.
 */
export function quasiNewtonRegime(
  spec: OptimizerSpec,
  lr: number,
  lambda: number,
): 'stable' | 'oscillating' | 'diverging' {
  if (lambda < 0) return 'diverging';
  if (spec.lineSearchFn === 'strong-wolfe') return 'stable';
  const r = 1 - lr;
  if (!(Math.abs(r) < 1)) return 'diverging';
  return r >= 0 ? 'stable' : 'oscillating';
}
