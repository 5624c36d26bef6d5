/**
 * The curvature of an inspected step (issue 20; docs/curvature-views.md): the Hessian's λmax and
 * λmin at θₖ, for the adaptive types the preconditioned λmax (of P⁻¹ᐟ²HP⁻¹ᐟ², P the step's
 * diagonal preconditioner), α times the λ the optimizer's limit bounds, that limit and what the
 * step does there in words (src/core/curvature/stability.ts). Pure: the worker computes it beside
 * the step inspector's replay (src/engine/worker-inspect.ts) from H at θₖ and the inspection.
 */
import type { StateSnapshot, StepInspection } from './inspect';
import { eigen2 } from './curvature/eigen2';
import { preconditionerOf } from './curvature/preconditioners';
import { resolveHyperparams } from './optimizers/hyperparams';
import type { OptimizerSnapshot } from './optimizers/types';
import { optimizerModule } from './optimizers/registry';
import {
  stabilityLimit,
  stepRegime,
  type StabilityLimit,
  type StepRegime,
} from './curvature/stability';

export interface StepCurvature {
  /** H at θₖ: [∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²]. */
  hessian: [number, number, number];
  lambdaMax: number;
  lambdaMin: number;
  /** The step's diagonal preconditioner P (one per coordinate), for the adaptive types; else null. */
  preconditioner: number[] | null;
  /** λmax of P⁻¹ᐟ²HP⁻¹ᐟ²; null without a preconditioner. */
  preconditionedMax: number | null;
  /** The λ the limit bounds: λmax, or the preconditioned λmax for the adaptive types. */
  sharpness: number;
  /** α of the step (after any schedule). */
  lr: number;
  /** α·sharpness, the number read against the limit's factor. */
  scaled: number;
  limit: StabilityLimit;
  /**
   * What a step at this α·λ does along the sharpest direction (stepRegime); for Newton where
   * λmin < 0, along λmin's (towards the saddle, or away from it saddle-free).
   */
  regime: StepRegime;
}

/**
 * The diagonal P of the inspected step, θ ← θ − α·P⁻¹·(its direction), for the adaptive types:
 * the table of src/core/curvature/preconditioners.ts (the Curvature chart's), read from the
 * inspector's state before and after the step, with β1 as one-cycle set it. null for the types
 * without one (SGD, momentum, Nesterov, Lion).
 */
export function stepPreconditioner(ins: StepInspection): number[] | null {
  const entry = preconditionerOf(ins.optimizer.type);
  if (!entry) return null;
  const hp = resolveHyperparams(ins.optimizer);
  const beta1 = ins.cycled?.name === 'beta1' ? ins.cycled.value : hp.beta1;
  const out = new Float64Array(ins.theta.length);
  entry.of({ hp, beta1, after: snapshot(ins.after), before: snapshot(ins.before) }, out);
  return [...out];
}

/** The inspector's plain-array state as the optimizer's own snapshot. */
function snapshot(state: StateSnapshot): OptimizerSnapshot {
  const buffers: Record<string, Float64Array> = {};
  for (const [name, values] of Object.entries(state.buffers))
    buffers[name] = Float64Array.from(values);
  return { t: state.t, buffers };
}

/**
 * The curvature of step k → k + 1 from H at θₖ (`hessian`); null for a model (more than 2
 * parameters: its λmax is the Curvature chart's, by Lanczos) or without a Hessian.
 */
export function stepCurvature(
  ins: StepInspection,
  hessian: readonly [number, number, number] | null,
): StepCurvature | null {
  if (!hessian || ins.theta.length !== 2) return null;
  const [a, b, c] = hessian;
  const { lambdaMax, lambdaMin } = eigen2(a, b, c);
  const preconditioner = stepPreconditioner(ins);
  let preconditionedMax: number | null = null;
  if (preconditioner) {
    // With L2 weight decay folded into g (all adaptive types but AdamW) the step minimises
    // f + (wd/2)‖θ‖²: the λ the limit bounds is that of P⁻¹ᐟ²(H + wd·I)P⁻¹ᐟ², as the Curvature
    // chart's (src/core/curvature/run-curvature.ts). For diagonal P its (i, j) entry is
    // (H + wd·I)ᵢⱼ/√(PᵢPⱼ).
    const type = ins.optimizer.type;
    const wd = optimizerModule(type).decoupledWeightDecay
      ? 0
      : resolveHyperparams(ins.optimizer).weightDecay;
    const [p, q] = preconditioner as [number, number];
    preconditionedMax = eigen2((a + wd) / p, b / Math.sqrt(p * q), (c + wd) / q).lambdaMax;
  }
  const cycled = ins.cycled?.value;
  // The step's number t (PyTorch's state['step'] after it): NAdam's limit follows its μₜ.
  const t = ins.step + 1;
  const limit = stabilityLimit(ins.optimizer, ins.lr, cycled, t);
  const sharpness = limit.on === 'preconditioned' ? preconditionedMax! : lambdaMax;
  return {
    hessian: [a, b, c],
    lambdaMax,
    lambdaMin,
    preconditioner,
    preconditionedMax,
    sharpness,
    lr: ins.lr,
    scaled: ins.lr * sharpness,
    limit,
    regime: stepRegime(
      ins.optimizer,
      ins.lr,
      limit.family === 'newton' && lambdaMin < 0 ? lambdaMin : sharpness,
      cycled,
      t,
    ),
  };
}
