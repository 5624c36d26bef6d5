/**
 * The numerics of Schedule-Free SGD and AdamW: their update rule and the inspector's derivation,
 * loaded when a run of either is first computed (rule-loaders.ts). Their facts, sources and
 * formulas: schedule-free.ts.
 */
import { averageWeights, type AverageWeights } from './schedule-free';
import { bufferOf, each, startDerived } from './derived';
import type { Derived, DeriveInput } from './module';
import { defineNumerics } from './module';
import type { ResolvedHyperparams } from './hyperparam-types';
import type { UpdateRule } from './types';

/**
 * The rule of both types: `adamw` selects the base step. State: z, x (and exp_avg_sq), created
 * as copies of θ on the first step as the reference's `state['z'] = torch.clone(p)`; the group's
 * scalars lr_max (−1) and weight_sum (0) as 1-element buffers (k is t − 1).
 */
function scheduleFreeRule(hp: ResolvedHyperparams, dim: number, adamw: boolean): UpdateRule {
  const z = new Float64Array(dim);
  const x = new Float64Array(dim);
  const v = new Float64Array(dim);
  const lrMax = Float64Array.of(-1);
  const weightSum = Float64Array.of(0);
  const weights: AverageWeights = { lrK: 0, lrMax: 0, weightSum: 0, ckp1: 0 };
  const { weightDecay, beta2, eps } = hp;
  // β: the interpolation weight of y between x and z (momentum, or AdamW's beta1).
  const beta = adamw ? hp.beta1 : hp.momentum;
  let started = false;
  return {
    update(params, grad, lr, t) {
      const k = t - 1;
      if (!started) {
        z.set(params);
        x.set(params);
        started = true;
      }
      const { lrK, ckp1 } = averageWeights(hp, lr, k, lrMax[0]!, weightSum[0]!, weights);
      lrMax[0] = weights.lrMax;
      weightSum[0] = weights.weightSum;
      const biasCorrection2 = 1 - beta2 ** (k + 1);
      for (let i = 0; i < dim; i++) {
        const y = params[i]!;
        let zi = z[i]!;
        if (adamw) {
          // z.sub_(y, alpha=lr·decay); exp_avg_sq.mul_(β2).addcmul_(g, g, value=1 − β2);
          // denom = (exp_avg_sq/bias_correction2).sqrt() + eps; z.addcdiv_(g, denom, value=−lr)
          if (weightDecay !== 0) zi = zi - lrK * weightDecay * y;
          const g = grad[i]!;
          const vi = v[i]! * beta2 + (1 - beta2) * g * g;
          v[i] = vi;
          zi = zi - (lrK * g) / (Math.sqrt(vi / biasCorrection2) + eps);
        } else {
          // grad.add_(y, alpha=weight_decay); z.sub_(grad, alpha=lr)
          const g = weightDecay !== 0 ? grad[i]! + weightDecay * y : grad[i]!;
          zi = zi - lrK * g;
        }
        z[i] = zi;
        // x.mul_(1 − c).add_(z, alpha=c); y = x.mul(β).add_(z, alpha=1 − β); p.copy_(y)
        const xi = x[i]! * (1 - ckp1) + ckp1 * zi;
        x[i] = xi;
        params[i] = xi * beta + (1 - beta) * zi;
      }
    },
    state: () =>
      started
        ? adamw
          ? { z, x, exp_avg_sq: v, lr_max: lrMax, weight_sum: weightSum }
          : { z, x, lr_max: lrMax, weight_sum: weightSum }
        : {},
    averaged: x,
  };
}

/** The inspector's quantities: lr_k, c, and (AdamW) the bias-corrected denominator. */
function deriveScheduleFree(input: DeriveInput, adamw: boolean): Derived {
  const derived = startDerived(input);
  const { hp, before, after } = input;
  const k = after.t - 1;
  const weights = averageWeights(
    hp,
    input.lr,
    k,
    before.buffers.lr_max?.[0] ?? -1,
    before.buffers.weight_sum?.[0] ?? 0,
    { lrK: 0, lrMax: 0, weightSum: 0, ckp1: 0 },
  );
  derived.scalars.lrK = weights.lrK;
  derived.scalars.ckp1 = weights.ckp1;
  derived.scalars.beta = adamw ? hp.beta1 : hp.momentum;
  derived.vectors.z = bufferOf(input, 'z');
  derived.vectors.x = bufferOf(input, 'x');
  if (adamw) {
    const v = bufferOf(input, 'exp_avg_sq');
    const bc2 = 1 - hp.beta2 ** after.t;
    derived.scalars.bc2 = bc2;
    derived.vectors.v = v;
    derived.vectors.denom = each(v.length, (i) => Math.sqrt(v[i]! / bc2) + hp.eps);
  }
  return derived;
}

export const scheduleFreeSgdNumerics = defineNumerics({
  rule: (hp, dim) => scheduleFreeRule(hp, dim, false),
  derive: (input) => deriveScheduleFree(input, false),
});

export const scheduleFreeAdamwNumerics = defineNumerics({
  rule: (hp, dim) => scheduleFreeRule(hp, dim, true),
  derive: (input) => deriveScheduleFree(input, true),
});
