/**
 * A rule context (src/core/optimizers/types.ts) for tests that step an optimizer outside a run:
 * the Hessian of f = Σθᵢ² + (terms linear in θ), 2I, for Newton, which asks the problem for its
 * Hessian-vector product. The other rules ignore it.
 */
import type { RuleContext } from '../../src/core/optimizers';

export const QUADRATIC_CONTEXT: RuleContext = {
  createHessianVectorProduct: () => ({
    at() {},
    times(vector, out) {
      for (let i = 0; i < vector.length; i++) out[i] = 2 * vector[i]!;
    },
  }),
};
