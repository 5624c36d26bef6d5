/**
 * The linear stability limit of each optimizer type (issue 20): on a quadratic with curvature λ
 * (or, for the adaptive types, with the preconditioner P frozen, curvature λ of P⁻¹ᐟ²HP⁻¹ᐟ²), a
 * step of learning rate α is stable exactly while λ < limit. The limit is read from the
 * characteristic polynomial of the step's linear recurrence x ← … (Jury's criterion); each family
 * below states its recurrence and its source. `stepRegime` says in words what a step does at
 * α·λ, from the same polynomial's roots. docs/curvature.md explains the table.
 */
import type { OptimizerSpec } from '../../scenario/types';
import { quasiNewtonRegime } from './quasi-newton';
import { etaAfter } from '../optimizers/asgd';
import { resolveHyperparams } from '../optimizers/hyperparams';
import { muAt } from '../optimizers/nadam';
import { scheduleFreeCritical, scheduleFreeStep } from './stability-schedule-free';

/**
 * The shape of a step's linear recurrence, with a = η·λ (η the effective step size):
 * - `gd`: x ← (1 − a)x; stable for a < 2 (Nesterov, "Introductory Lectures on Convex
 *   Optimization", 2004, §1.2.3).
 * - `heavy-ball`: PyTorch's SGD momentum b ← μb + (1 − d)g, x ← x − αb; with a = α(1 − d)λ the
 *   roots of z² − (1 + μ − a)z + μ; stable for a < 2(1 + μ) (Polyak, 1964; Goh, "Why Momentum
 *   Really Works", Distill 2017).
 * - `nesterov`: PyTorch's b ← μb + g, x ← x − α(g + μb); roots of z² + (a(1 + μ) − 1 − μ)z +
 *   μ(1 − a); stable for a < 2(1 + μ)/(1 + 2μ).
 * - `ema-heavy-ball`: Adam's m ← β1·m + (1 − β1)g, x ← x − ηm; stable for
 *   a < (2 + 2β1)/(1 − β1), 38 for β1 = 0.9 (Cohen et al., "Adaptive Gradient Methods at the
 *   Edge of Stability", 2022, §2, with η = α and P = (1 − β1ᵗ)·(√v̂ + ε)).
 * - `ema-nesterov`: NAdam, x ← x − η(c_g·g + c_m·m) with m ← β1·m + (1 − β1)g,
 *   c_g = (1 − μₜ)/(1 − Πμ), c_m = μₜ₊₁/(1 − Πμ·μₜ₊₁) (PyTorch's `_single_tensor_nadam`, η = α,
 *   P = √v̂ + ε): roots of z² − (1 + β1 − a·c_g − a·c_m(1 − β1))z + β1(1 − a·c_g); stable for
 *   a < 2(1 + β1)/(c_g(1 + β1) + c_m(1 − β1)). μₜ = β1(1 − ½·0.96^(tψ)) grows to β1 only over
 *   thousands of steps (μ₁₀₀ ≈ 0.46 for β1 = 0.9, ψ = 0.004: the limit is then about 3.5/α, not
 *   the 13.6/α of the late form); late in training (c_g → 1 − β1, c_m → β1) it is the
 *   `nesterov` recurrence with μ = β1 and step η(1 − β1), stable for
 *   a < 2(1 + β1)/((1 − β1)(1 + 2β1)), which is the limit when the step t is not given.
 * - `sign`: steps whose size does not follow the gradient's, so that no curvature makes them
 *   diverge, and no limit: Lion's step is ±α per coordinate (it oscillates within ±α of a
 *   minimum); Rprop's is ±Δ per coordinate, Δ shrunk by η₋ at every sign change and bounded by
 *   Δmax (Riedmiller & Braun 1993); Adafactor's u = g/√v̂ has entries near ±1 once v̂ follows g²,
 *   and its RMS is clipped to d, so each step moves θ by about aₜ = max(ε2, RMS(θ))·ρₜ per
 *   coordinate (Shazeer & Stern 2018, §§ 5–6), not by α·λ·x. Muon's step on a weight matrix is
 *   α·NS(U)·√max(1, r/c), whose singular values Newton–Schulz pushes into about [0.7, 1.2]
 *   whatever U's size (its biases take Adam, of bounded step too): its spectral norm is about α
 *   at any curvature (Jordan et al. 2024, "Muon").
 * - ASGD is `gd` with its step ηₜ = lr/(1 + κ·lr·(t − 1))^ω (η₁ = lr) in place of lr, and every
 *   λ shifted by κ (its θ·(1 − κη) shrink) and by the L2 weight decay: λ < 2/ηₜ − κ − wd.
 * - `schedule-free`: Schedule-Free's z ← z − ηₜ·λ·y, x ← (1 − c)x + c·z, y ← βx + (1 − β)z
 *   (facebookresearch/schedule_free's reference, docs/optimizers.md#schedule-free-sgd) is a 2-state
 *   recurrence on (x, z) with trace 2 − c − a(cβ + 1 − β) and determinant (1 − c)(1 − a(1 − β)),
 *   a = ηₜλ. Jury's criterion with c frozen at the step's cₜ: stable for
 *   a < 2(2 − c)/(2(1 − β) + c(2β − 1)), which is gd's 2 at the first step (c = 1: x = y = z)
 *   and rises to 2/(1 − β), 20 for β = 0.9, as the average's weight c → 0 (late training, or
 *   when the step t is not given). ηₜ is the warmed-up lr. AdamW's form has the same
 *   recurrence on the preconditioned λ (P = √(v/(1 − β2ᵗ)) + ε, no first moment).
 * - `newton`: θ ← θ − α·A⁻¹g with A = H + δI shares H's eigenvectors, so along one of curvature
 *   λ the error is multiplied by r = 1 − α·λ/(λ + δ) (saddle-free: 1 − α·λ/(|λ| + δ)). For λ > 0
 *   it is stable for every λ while α < 2 (α = 1, δ = 0: r = 0, the minimum of the quadratic in
 *   one step) and for λ < 2δ/(α − 2) when α > 2. Along λ < 0 the plain step with λ + δ < 0 has
 *   r < 1 too: it converges to the model's stationary point, a saddle or a maximum (`attracted`);
 *   the saddle-free step has r > 1 there and leaves it (Dauphin et al. 2014).
 * - `quasi-newton`: L-BFGS, no fixed limit (quasi-newton.ts says why, and what a step does).
 */
export type StabilityFamily =
  | 'gd'
  | 'heavy-ball'
  | 'nesterov'
  | 'ema-heavy-ball'
  | 'ema-nesterov'
  | 'sign'
  | 'newton'
  | 'schedule-free'
  | 'quasi-newton';

/** Which λ an optimizer's limit bounds: the Hessian's own, or the preconditioned one. */
export type SharpnessKind = 'hessian' | 'preconditioned';

export interface StabilityLimit {
  family: StabilityFamily;
  /** The λ the limit bounds; null where there is no limit (Lion). */
  on: SharpnessKind | null;
  /**
   * The step is stable while λ < limit (Infinity where there is none). For SGD's L2 weight
   * decay (coupled: g + wd·θ) every eigenvalue is shifted by wd, so the limit on the loss's own
   * λ is lowered by wd. The adaptive types' limits are not shifted: their preconditioned λ
   * already includes L2 weight decay (λmax of P⁻¹ᐟ²(H + wd·I)P⁻¹ᐟ², run-curvature.ts), and
   * AdamW's decoupled decay, a shrink by 1 − α·wd per step, is left out.
   */
  limit: number;
  /** The limit is factor/α (before the weight-decay shift): 2, 2(1 + μ), 38, …, for labels. */
  factor: number;
  /** The recurrence's momentum (μ or β1), 0 where there is none. */
  momentum: number;
}

/**
 * A step's behaviour on the quadratic: converging monotonically, with sign flips, or growing;
 * `attracted`: converging, but to a stationary point that is not a minimum (Newton's plain step
 * along a direction of negative curvature).
 */
export type StepRegime = 'stable' | 'oscillating' | 'diverging' | 'attracted';

/** The family of a type (see StabilityFamily); μ or β1 as given (OneCycleLR may cycle them). */
function familyOf(spec: OptimizerSpec, momentum: number): StabilityFamily {
  switch (spec.type) {
    case 'gd':
      return 'gd';
    case 'momentum':
      return momentum > 0 ? 'heavy-ball' : 'gd';
    case 'nesterov':
      return momentum > 0 ? 'nesterov' : 'gd';
    case 'rmsprop':
      return momentum > 0 ? 'heavy-ball' : 'gd';
    case 'adagrad':
    case 'adadelta':
      return 'gd';
    case 'adam':
    case 'adamw':
    case 'amsgrad':
    case 'adamax':
    case 'radam':
      return momentum > 0 ? 'ema-heavy-ball' : 'gd';
    case 'nadam':
      return momentum > 0 ? 'ema-nesterov' : 'gd';
    case 'lion':
    case 'rprop':
    case 'adafactor':
    case 'muon':
      return 'sign';
    case 'asgd':
      return 'gd';
    case 'newton':
      return 'newton';
    case 'schedule-free-sgd':
    case 'schedule-free-adamw':
      return 'schedule-free';
    case 'lbfgs':
      return 'quasi-newton';
  }
}

/** NAdam's weights of g and m in its step (see `ema-nesterov`): late-training ones without t. */
interface NadamWeights {
  grad: number;
  moment: number;
}

/**
 * c_g and c_m of NAdam's step t with β1 `beta1` throughout (Πμ from its schedule; OneCycleLR's
 * cycling of β1 is not followed back in time) and momentum decay ψ.
 */
function nadamWeights(beta1: number, psi: number, step: number | undefined): NadamWeights {
  if (step === undefined) return { grad: 1 - beta1, moment: beta1 };
  let product = 1;
  // Πμ only falls (every μ < 1); below 1e-17 it no longer shows in 1 − Πμ.
  for (let s = 1; s <= step && product > 1e-17; s++) product *= muAt(beta1, s, psi);
  const mu = muAt(beta1, step, psi);
  const next = muAt(beta1, step + 1, psi);
  return { grad: (1 - mu) / (1 - product), moment: next / (1 - product * next) };
}

/** The threshold on a = η·λ of each family (Infinity for `sign`). */
function criticalStep(
  family: StabilityFamily,
  mu: number,
  nadam: NadamWeights = nadamWeights(mu, 0, undefined),
): number {
  switch (family) {
    case 'gd':
      return 2;
    case 'heavy-ball':
      return 2 * (1 + mu);
    case 'nesterov':
      return (2 * (1 + mu)) / (1 + 2 * mu);
    case 'ema-heavy-ball':
      return (2 + 2 * mu) / (1 - mu);
    case 'ema-nesterov':
      return (2 * (1 + mu)) / (nadam.grad * (1 + mu) + nadam.moment * (1 - mu));
    case 'schedule-free': // late training (c → 0); see scheduleFreeCritical for step t
      return scheduleFreeCritical(mu, 0);
    case 'sign':
    case 'quasi-newton':
    case 'newton': // its limit is not a/λ's: see newtonLimit
      return Infinity;
  }
}

/** The largest λ > 0 along which Newton's step at `lr` with damping δ is stable (see `newton`). */
function newtonLimit(lr: number, damping: number): number {
  if (lr < 2) return Infinity;
  return lr === 2 ? (damping > 0 ? Infinity : 0) : (2 * damping) / (lr - 2);
}

/**
 * Whether a type's limit bounds the preconditioned λ (its step divides by a per-coordinate P).
 * Not Rprop's, Adafactor's nor Muon's (no limit: `sign`), nor ASGD's (plain SGD), nor Newton's (its A
 * shares H's eigenvectors, so its limit is on H's own λ).
 */
export function isPreconditioned(type: OptimizerSpec['type']): boolean {
  switch (type) {
    case 'gd':
    case 'momentum':
    case 'nesterov':
    case 'lion':
    case 'rprop':
    case 'asgd':
    case 'adafactor':
    case 'newton':
    case 'schedule-free-sgd':
    case 'muon':
    case 'lbfgs':
      return false;
    default:
      return true;
  }
}

/**
 * The stability limit of `spec` at learning rate `lr` (a schedule's lr of the step), with μ or
 * β1 `cycledMomentum` where OneCycleLR set it. `step` is the step's number t (PyTorch's
 * state['step'] after it: k + 1 for the step leaving θₖ); only NAdam's limit depends on it (its
 * momentum schedule μₜ), and without it NAdam's is the late-training limit.
 */
export function stabilityLimit(
  spec: OptimizerSpec,
  lr: number,
  cycledMomentum?: number,
  step?: number,
): StabilityLimit {
  const hp = resolveHyperparams(spec);
  const usesBeta = spec.type !== 'gd' && isPreconditioned(spec.type) && spec.type !== 'rmsprop';
  const momentum =
    spec.type === 'adagrad' ||
    spec.type === 'adadelta' ||
    spec.type === 'gd' ||
    spec.type === 'asgd' ||
    spec.type === 'newton' ||
    spec.type === 'lbfgs'
      ? 0
      : (cycledMomentum ?? (usesBeta ? hp.beta1 : hp.momentum));
  const family = familyOf(spec, momentum);
  if (family === 'sign' || family === 'quasi-newton')
    return { family, on: null, limit: Infinity, factor: Infinity, momentum };
  if (family === 'newton') {
    const limit = newtonLimit(lr, hp.damping);
    return { family, on: 'hessian', limit, factor: limit * lr, momentum };
  }
  if (family === 'schedule-free') {
    // β is the interpolation weight (momentum or beta1); the limit is on ηₜ·λ (+ SGD's L2 wd).
    const { eta, c } = scheduleFreeStep(hp, lr, step);
    const factor = (scheduleFreeCritical(momentum, c) * lr) / eta;
    const coupledDecay = spec.type === 'schedule-free-sgd' ? hp.weightDecay : 0;
    return {
      family,
      on: isPreconditioned(spec.type) ? 'preconditioned' : 'hessian',
      limit: factor / lr - coupledDecay,
      factor,
      momentum,
    };
  }
  if (spec.type === 'asgd') {
    // ηₜ of step t (the first's is lr), and κ's shrink on top of the L2 weight decay.
    const eta = step === undefined || step <= 1 ? lr : etaAfter(lr, hp.lambd, hp.alpha, step - 1);
    const factor = (2 * lr) / eta;
    return {
      family,
      on: 'hessian',
      limit: factor / lr - hp.lambd - hp.weightDecay,
      factor,
      momentum,
    };
  }
  // SGD's dampening scales the step, b ← μb + (1 − d)g (PyTorch's torch.optim.SGD), only where
  // there is a momentum buffer: with μ = 0 PyTorch (and sgd-rule.ts) ignore dampening.
  const damping = spec.type === 'momentum' && momentum > 0 ? 1 - hp.dampening : 1;
  const factor =
    criticalStep(
      family,
      momentum,
      family === 'ema-nesterov' ? nadamWeights(momentum, hp.momentumDecay, step) : undefined,
    ) / damping;
  const coupledDecay = isPreconditioned(spec.type) ? 0 : hp.weightDecay;
  return {
    family,
    on: isPreconditioned(spec.type) ? 'preconditioned' : 'hessian',
    limit: factor / lr - coupledDecay,
    factor,
    momentum,
  };
}

/**
 * What a step of `spec` at `lr` does along an eigenvector of curvature λ (the Hessian's, or the
 * preconditioned one for the adaptive types): the roots of its recurrence's characteristic
 * polynomial. All inside the unit circle and the largest real and positive: `stable` (the error
 * shrinks without changing sign); inside but negative or complex: `oscillating`; any on or
 * outside it, or λ < 0 (the step climbs away along a direction of negative curvature):
 * `diverging`. Lion is never `diverging`.
 */
export function stepRegime(
  spec: OptimizerSpec,
  lr: number,
  lambda: number,
  cycledMomentum?: number,
  step?: number,
): StepRegime {
  const { family, momentum: mu, factor, limit } = stabilityLimit(spec, lr, cycledMomentum, step);
  const nadam =
    family === 'ema-nesterov'
      ? nadamWeights(mu, resolveHyperparams(spec).momentumDecay, step)
      : undefined;
  if (family === 'sign') return 'oscillating';
  if (family === 'newton') return newtonRegime(resolveHyperparams(spec), lr, lambda);
  const sfC =
    family === 'schedule-free' ? scheduleFreeStep(resolveHyperparams(spec), lr, step).c : 0;
  if (family === 'quasi-newton') return quasiNewtonRegime(spec, lr, lambda);
  if (!(lambda < limit) || lambda + (factor / lr - limit) < 0) return 'diverging';
  // a = η·(λ + wd): the family's critical step over the limit's factor scales λ·lr to it.
  const critical =
    family === 'schedule-free' ? scheduleFreeCritical(mu, sfC) : criticalStep(family, mu, nadam);
  const a = ((lambda + (factor / lr - limit)) * lr * critical) / factor;
  let b: number; // the characteristic polynomial z² + b·z + c
  let c: number;
  switch (family) {
    case 'gd':
      return a <= 1 ? 'stable' : 'oscillating'; // the one root 1 − a
    case 'heavy-ball':
      b = a - 1 - mu;
      c = mu;
      break;
    case 'nesterov':
      b = a * (1 + mu) - 1 - mu;
      c = mu * (1 - a);
      break;
    case 'ema-heavy-ball':
      b = a * (1 - mu) - 1 - mu;
      c = mu;
      break;
    case 'ema-nesterov':
      b = a * nadam!.grad + a * nadam!.moment * (1 - mu) - 1 - mu;
      c = mu * (1 - a * nadam!.grad);
      break;
    case 'schedule-free': // −trace and determinant of the (x, z) recurrence
      b = -(2 - sfC - a * (sfC * mu + 1 - mu));
      c = (1 - sfC) * (1 - a * (1 - mu));
      break;
    default:
      throw new Error(`stepRegime: no recurrence for ${family}`);
  }
  const disc = b * b - 4 * c;
  if (disc < 0) return 'oscillating';
  // Real roots: the one of larger magnitude decides the error's sign from step to step.
  const dominant = b <= 0 ? (-b + Math.sqrt(disc)) / 2 : (-b - Math.sqrt(disc)) / 2;
  return dominant > 0 ? 'stable' : 'oscillating';
}

/**
 * Newton's step along an eigenvector of curvature λ: the error times r = 1 − α·λ/(μ) with
 * μ = λ + δ (saddle-free: |λ| + δ). |r| < 1 converges (to a saddle or a maximum where λ < 0:
 * `attracted`), r ≤ 0 with a sign flip; A singular along it (μ = 0) leaves the step undefined.
 */
function newtonRegime(
  hp: { damping: number; saddleFree: boolean },
  lr: number,
  lambda: number,
): StepRegime {
  const mu = (hp.saddleFree ? Math.abs(lambda) : lambda) + hp.damping;
  const r = 1 - (lr * lambda) / mu;
  if (!(Math.abs(r) < 1)) return 'diverging';
  if (lambda < 0) return 'attracted';
  return r >= 0 ? 'stable' : 'oscillating';
}
