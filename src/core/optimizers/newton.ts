/**
 * Newton's method, damped and optionally saddle-free (docs/optimizers.md#newton):
 * θ ← θ − α·A⁻¹g with the exact Hessian H of the full-batch f at θ, A = H + δI, or with |H| (the
 * eigenvalues' absolute values, Dauphin et al. 2014, "Identifying and attacking the saddle point
 * problem") in place of H. Not in torch.optim; the golden trajectories use
 * torch.autograd.functional.hessian and torch.linalg.solve / eigh.
 *
 * H is built from the problem's exact Hessian-vector products, one per parameter (a 2 × 2
 * formula Hessian for the 2-parameter problems, Pearlmutter's R-operator for the models), and the
 * step solved densely (newton-solve.ts: closed form for 2 parameters, Jacobi otherwise). Where A is not positive definite the plain step still
 * goes to the stationary point of the local quadratic model: a saddle or a maximum attracts it.
 */
import { defineOptimizer } from './module';

/**
 * The most parameters Newton takes: each step costs n Hessian-vector products and an n × n
 * eigendecomposition (O(n³)): at 65 parameters (2 → 16 → 1 on 200 points) about 12 ms a step in
 * Node, at 105 (2 → 8 → 8 → 1) 80 ms (measured, issue 21). 80 admits logistic regression and
 * networks such as 2 → 16 → 1 or 2 → 4 → 4 → 1, not the default 2 → 16 → 16 → 1 (337); the work
 * budget counts the rest (src/core/budget.ts, hessianUnits).
 */
export const NEWTON_MAX_PARAMS = 80;

export const newton = defineOptimizer({
  type: 'newton',
  title: 'Newton',
  defaults: { lr: 1, damping: 0, saddleFree: false },
  cycles: null,
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'newton',
  secondOrder: true,
  maxParams: NEWTON_MAX_PARAMS,
  check: (_spec, problem) =>
    problem && problem.params > NEWTON_MAX_PARAMS
      ? {
          field: 'type',
          message: `Newton builds the whole Hessian, at most ${NEWTON_MAX_PARAMS} parameters; this problem has ${problem.params} (choose smaller hidden layers)`,
        }
      : null,
});
