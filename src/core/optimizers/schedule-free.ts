/**
 * Schedule-Free SGD and AdamW (Defazio et al. 2024, "The Road Less Scheduled"): the authors'
 * reference implementation, facebookresearch/schedule_free `schedulefree/sgd_schedulefree_reference.py`
 * (`SGDScheduleFreeReference.step`) and `schedulefree/adamw_schedulefree_reference.py`
 * (`AdamWScheduleFreeReference.step`) @70785b53, in their order of operations
 * (docs/optimizers.md#schedule-free-sgd).
 *
 * Three sequences: z (the base step's iterate), x (the weighted average of the z's, the answer
 * `optimizer.eval()` swaps into the parameter) and y (the interpolation between them, where the
 * gradient is taken, which the parameter holds while training). θ here is y, as the reference's
 * parameter: the run's loop takes the gradient at θ. x is the rule's averaged point (module.ts
 * `averaged: 'answer'`): the run records it and measures its loss there.
 */
import { ADAM_BETAS } from './adam-rule';
import { defineOptimizer } from './module';
import type { ResolvedHyperparams } from './hyperparam-types';

/** The reference's constructors' defaults beside the type's own (lr, β). */
const SCHEDULE_FREE_DEFAULTS = { weightDecay: 0, warmupSteps: 0, r: 0, weightLrPower: 2 };

/** What the two types share as facts: no OneCycleLR cycling, L2 at y, x as the answer. */
const SCHEDULE_FREE_FACTS = {
  cycles: null,
  biasCorrectedMoment: false,
  averaged: 'answer',
} as const;

export const scheduleFreeSgd = defineOptimizer({
  type: 'schedule-free-sgd',
  title: 'Schedule-Free SGD',
  docAnchor: 'schedule-free-sgd',
  defaults: { lr: 1, momentum: 0.9, ...SCHEDULE_FREE_DEFAULTS },
  hyperparams: {
    // The reference raises "Momentum must be between 0 and 1 exclusive".
    momentum: {
      min: 0,
      max: 1,
      minExclusive: true,
      maxExclusive: true,
      slider: [0.01, 0.999],
      requires: 'SGDScheduleFreeReference requires 0 < momentum < 1',
    },
  },
  ...SCHEDULE_FREE_FACTS,
  // grad.add_(y, alpha=weight_decay): L2 at the gradient point, folded into g.
  decoupledWeightDecay: false,
});

export const scheduleFreeAdamw = defineOptimizer({
  type: 'schedule-free-adamw',
  title: 'Schedule-Free AdamW',
  docAnchor: 'schedule-free-adamw',
  defaults: { lr: 0.0025, ...ADAM_BETAS, ...SCHEDULE_FREE_DEFAULTS },
  ...SCHEDULE_FREE_FACTS,
  // z.sub_(y, alpha=lr·decay): decoupled, at y (decay_at_z = False).
  decoupledWeightDecay: true,
});

/**
 * The scalars of step k + 1 (the reference's group state k, lr_max, weight_sum): the warmed-up
 * lr_k, and c = w/W, the new z's weight in the average. Shared by the rule and the inspector.
 */
export interface AverageWeights {
  lrK: number;
  lrMax: number;
  weightSum: number;
  ckp1: number;
}

/**
 *   sched = (k+1)/warmupSteps if k < warmupSteps else 1;  lr_k = lr·sched
 *   lr_max = max(lr_k, lr_max);  w = (k+1)^r·lr_max^weightLrPower;  W += w
 *   c = w/W (0 where W = 0: Python's ZeroDivisionError, caught)
 * `into` receives the new scalars (allocation-free in the loop).
 */
export function averageWeights(
  hp: ResolvedHyperparams,
  lr: number,
  k: number,
  lrMaxBefore: number,
  weightSumBefore: number,
  into: AverageWeights,
): AverageWeights {
  const sched = k < hp.warmupSteps ? (k + 1) / hp.warmupSteps : 1.0;
  const lrK = lr * sched;
  const lrMax = Math.max(lrK, lrMaxBefore);
  const weight = (k + 1) ** hp.r * lrMax ** hp.weightLrPower;
  const weightSum = weightSumBefore + weight;
  into.lrK = lrK;
  into.lrMax = lrMax;
  into.weightSum = weightSum;
  into.ckp1 = weightSum === 0 ? 0 : weight / weightSum;
  return into;
}
