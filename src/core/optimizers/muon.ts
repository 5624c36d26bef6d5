/**
 * Muon (docs/optimizers.md#muon): Keller Jordan's reference implementation
 * (github.com/KellerJordan/Muon, muon.py: `muon_update`, `SingleDeviceMuonWithAuxAdam`, and the
 * blog post "Muon: An optimizer for hidden layers in neural networks", 2024), in float64. Each
 * weight matrix of a model (its `layout`, as torch's 2-D parameters) takes SGD momentum whose
 * update is orthogonalised by Newton–Schulz (newton-schulz.ts) and scaled by √max(1, rows/cols);
 * every other parameter (the biases) takes the reference's auxiliary Adam with decoupled decay,
 * `adam_update` with its defaults betas (0.9, 0.95) and eps 1e-10. Without a layout θ is one
 * vector with no matrix, which is why validation and the menus refuse Muon on the 2-parameter
 * problems (the rule alone would then be that Adam).
 */
import { defineOptimizer } from './module';

/** Muon needs a weight matrix: a problem of more than 2 parameters (a model) has one. */
const MIN_PARAMS = 3;

export const muon = defineOptimizer({
  type: 'muon',
  title: 'Muon',
  // The reference's defaults: Muon(lr=0.02, momentum=0.95, nesterov=True, ns_steps=5,
  // weight_decay=0) and its auxiliary Adam's lr 3e-4 (the other Adam settings are fixed).
  defaults: { lr: 0.02, momentum: 0.95, nesterov: true, nsSteps: 5, weightDecay: 0, adamLr: 3e-4 },
  // torch's OneCycleLR refuses to cycle momentum here: the reference optimizer has no
  // `momentum` or `betas` in its defaults (its groups carry them).
  cycles: null,
  decoupledWeightDecay: true,
  biasCorrectedMoment: false,
  docAnchor: 'muon',
  modelsOnly: true,
  stepUnits: muonStepUnits,
  check: (_spec, problem) =>
    problem && problem.params < MIN_PARAMS
      ? {
          field: 'type',
          message:
            'Muon orthogonalises the update of each weight matrix of a model; a 2-parameter problem has no matrix (θ is one vector), so Muon does not apply (choose logistic regression or a network)',
        }
      : null,
});

/**
 * The work of Muon's orthogonalisation per step beyond a first-order update, in the budget's
 * units (src/core/budget.ts), counted as one unit per multiply-add (a unit is a few): for a
 * p × q matrix (p ≤ q) each Newton–Schulz step costs 2p²q + p³ ≤ 3·n^1.5 with n = pq, so all the
 * matrices of `params` parameters cost at most 3·params^1.5 per step.
 */
export function muonStepUnits(hp: { nsSteps?: number }, params: number): number {
  return (hp.nsSteps ?? 5) * 3 * params ** 1.5;
}
