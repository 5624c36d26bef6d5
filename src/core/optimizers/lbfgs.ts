/**
 * L-BFGS: PyTorch's torch.optim.LBFGS (torch/optim/lbfgs.py, 1.13.1; current sources @045a976c
 * have the same arithmetic) with max_iter = 1, so one `step(closure)` is one step of the
 * trajectory (docs/optimizers.md#lbfgs). The inverse Hessian is approximated from the last m
 * pairs s = θₖ₊₁ − θₖ, y = gₖ₊₁ − gₖ by Nocedal's two-loop recursion; the step length is lr, or
 * what the strong-Wolfe line search accepts (strong-wolfe.ts, torch's `_strong_wolfe`).
 *
 * State is global over θ as torch's: the history lives in preallocated rings of m vectors
 * (torch's lists old_dirs, old_stps, ro with pop(0) when full), so a step allocates nothing.
 * A step evaluates f once at θ (the gradient the engine hands it, torch's closure call) and, with
 * the line search, once per trial point: `evaluations` reports how many and where.
 */
import { defineOptimizer } from './module';

/**
 * At most this many trial evaluations per line search (torch's `max_ls` of `_strong_wolfe`): a
 * fact of the type, which the work budget counts, and the limit strong-wolfe.ts keeps to.
 */
export const WOLFE_MAX_EVALS = 25;

export const lbfgs = defineOptimizer({
  type: 'lbfgs',
  title: 'L-BFGS',
  defaults: {
    lr: 1,
    historySize: 100,
    lineSearchFn: 'none',
    toleranceGrad: 1e-7,
    toleranceChange: 1e-9,
  },
  cycles: null,
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'lbfgs',
  maxEvaluationsPerStep: (spec) => (spec.lineSearchFn === 'strong-wolfe' ? 1 + WOLFE_MAX_EVALS : 1),
});
