/**
 * The diagonal preconditioner P of each adaptive optimizer type (issue 20): its step is
 * θ ← θ − α·P⁻¹·d with d the gradient or its momentum, so with P frozen it is the plain or
 * momentum step on the quadratic of P⁻¹ᐟ²HP⁻¹ᐟ², whose λmax (the preconditioned sharpness; Cohen
 * et al., "Adaptive Gradient Methods at the Edge of Stability", 2022) is bounded by the type's
 * stabilityLimit (stability.ts). Each P below is read off the type's update rule in
 * src/core/optimizers, with its learning rate α left out, so that the pairing with
 * `stabilityLimit(spec, lr)` is exact.
 *
 * P is that of one step: the step θₖ → θₖ₊₁ (PyTorch's state['step'] = t after it). `after` is
 * the optimizer's state after that step (v, m, the step counter t), `before` the state before it
 * (Adadelta divides by the accumulated update u as it was before the step). The table is keyed by
 * OptimizerType, so the compiler rejects a type without an entry; null where the type has no
 * preconditioner (isPreconditioned is false).
 */
import type { OptimizerType } from '../../scenario/types';
import type { ResolvedHyperparams } from '../optimizers/hyperparam-types';
import { rectification, rhoAt } from '../optimizers/radam';
import type { OptimizerSnapshot } from '../optimizers/types';

/** What a type's P is read from. */
export interface PreconditionerInput {
  hp: ResolvedHyperparams;
  /** The state after the step (its `t` the step's number, 1 for the first). */
  after: OptimizerSnapshot;
  /** The state before the step. */
  before: OptimizerSnapshot;
  /** β1 of the step as OneCycleLR set it (hp.beta1 without cycling). */
  beta1: number;
}

/** Writes P's diagonal into `out` (every entry). */
export type Preconditioner = (input: PreconditionerInput, out: Float64Array) => void;

/** Whether a type's P reads the state before the step too (only then is it kept). */
export interface PreconditionerEntry {
  of: Preconditioner;
  needsBefore: boolean;
}

const buffer = (state: OptimizerSnapshot, name: string): Float64Array => {
  const values = state.buffers[name];
  if (!values) throw new Error(`the optimizer's state has no ${name}`);
  return values;
};

/**
 * Adam and AdamW (`_single_tensor_adam`): θ ← θ − (α/bc1)·m/(√v/√bc2 + ε), so
 * P = (1 − β1ᵗ)(√v̂ + ε) (Cohen et al. 2022, §2); AMSGrad with v_max (`max_exp_avg_sq`); without
 * bias correction θ ← θ − α·m/(√v + ε), P = √v + ε.
 */
function adamFamily(second: 'exp_avg_sq' | 'max_exp_avg_sq'): PreconditionerEntry {
  return {
    needsBefore: false,
    of({ hp, after, beta1 }, out) {
      const v = buffer(after, second);
      const t = after.t;
      if (!hp.biasCorrection) {
        for (let i = 0; i < out.length; i++) out[i] = Math.sqrt(v[i]!) + hp.eps;
        return;
      }
      const bc1 = 1 - beta1 ** t;
      const bc2Sqrt = Math.sqrt(1 - hp.beta2 ** t);
      for (let i = 0; i < out.length; i++) out[i] = bc1 * (Math.sqrt(v[i]!) / bc2Sqrt + hp.eps);
    },
  };
}

export const PRECONDITIONERS = {
  gd: null,
  momentum: null,
  nesterov: null,
  lion: null,
  // Rprop, Adafactor and Muon have no limit (their steps' size does not follow the gradient's), ASGD
  // is plain SGD, Newton's A shares H's eigenvectors: stability.ts bounds H's own λ for these.
  rprop: null,
  asgd: null,
  adafactor: null,
  newton: null,
  muon: null,
  // L-BFGS's H̃ is a dense low-rank update, not a per-coordinate P: no limit (`quasi-newton`).
  lbfgs: null,
  adam: adamFamily('exp_avg_sq'),
  adamw: adamFamily('exp_avg_sq'),
  amsgrad: adamFamily('max_exp_avg_sq'),
  // θ ← θ − (α/(1 − β1ᵗ))·m/u with u = max(β2·u, |g| + ε): ε is inside the max, so P = (1 − β1ᵗ)·u.
  adamax: {
    needsBefore: false,
    of({ after, beta1 }, out) {
      const u = buffer(after, 'exp_inf');
      const bc1 = 1 - beta1 ** after.t;
      for (let i = 0; i < out.length; i++) out[i] = bc1 * u[i]!;
    },
  },
  // Rectified (ρₜ > 5): θ ← θ − α·(m/bc1)·r·√bc2/(√v + ε), P = bc1·(√v + ε)/(r·√bc2) (ε outside
  // the bias correction, unlike Adam); before: θ ← θ − α·m/bc1, P = bc1.
  radam: {
    needsBefore: false,
    of({ hp, after, beta1 }, out) {
      const t = after.t;
      const bc1 = 1 - beta1 ** t;
      const rhoT = rhoAt(hp.beta2, t);
      if (!(rhoT > 5)) {
        out.fill(bc1);
        return;
      }
      const v = buffer(after, 'exp_avg_sq');
      const scale = bc1 / (rectification(hp.beta2, rhoT) * Math.sqrt(1 - hp.beta2 ** t));
      for (let i = 0; i < out.length; i++) out[i] = scale * (Math.sqrt(v[i]!) + hp.eps);
    },
  },
  // θ ← θ − α·(c_g·g + c_m·m)/(√v̂ + ε): P = √v̂ + ε, the coefficients c_g, c_m (μₜ's schedule)
  // are in NAdam's stability limit (stability.ts).
  nadam: {
    needsBefore: false,
    of({ hp, after }, out) {
      const v = buffer(after, 'exp_avg_sq');
      const bc2 = 1 - hp.beta2 ** after.t;
      for (let i = 0; i < out.length; i++) out[i] = Math.sqrt(v[i]! / bc2) + hp.eps;
    },
  },
  // θ ← θ − α·g/(√v + ε), centered √(v − ḡ²) + ε; with momentum b ← μb + g/P, θ ← θ − α·b.
  rmsprop: {
    needsBefore: false,
    of({ hp, after }, out) {
      const v = buffer(after, 'square_avg');
      const mean = hp.centered ? buffer(after, 'grad_avg') : null;
      for (let i = 0; i < out.length; i++) {
        const gi = mean ? mean[i]! : 0;
        out[i] = Math.sqrt(v[i]! + -1 * gi * gi) + hp.eps;
      }
    },
  },
  // θ ← θ − (α/(1 + (t − 1)·η))·g/(√G + ε): P = (√G + ε)·(1 + (t − 1)·η).
  adagrad: {
    needsBefore: false,
    of({ hp, after }, out) {
      const sum = buffer(after, 'sum');
      const decay = 1 + (after.t - 1) * hp.lrDecay;
      for (let i = 0; i < out.length; i++) out[i] = (Math.sqrt(sum[i]!) + hp.eps) * decay;
    },
  },
  // θ ← θ − α·√(u + ε)/√(v + ε)·g with v after the step and u before it: P = √(v + ε)/√(u + ε).
  adadelta: {
    needsBefore: true,
    of({ hp, after, before }, out) {
      const v = buffer(after, 'square_avg');
      const u = before.buffers.acc_delta; // absent before the first step: u = 0
      for (let i = 0; i < out.length; i++)
        out[i] = Math.sqrt(v[i]! + hp.eps) / Math.sqrt((u ? u[i]! : 0) + hp.eps);
    },
  },
  // Schedule-Free SGD takes plain gradient steps on z.
  'schedule-free-sgd': null,
  // z ← z − ηₜ·g/(√(v/(1 − β2ᵗ)) + ε) (adamw_schedulefree_reference.py): P = √(v/(1 − β2ᵗ)) + ε.
  'schedule-free-adamw': {
    needsBefore: false,
    of({ hp, after }, out) {
      const v = buffer(after, 'exp_avg_sq');
      const bc2 = 1 - hp.beta2 ** after.t;
      for (let i = 0; i < out.length; i++) out[i] = Math.sqrt(v[i]! / bc2) + hp.eps;
    },
  },
} as const satisfies { readonly [T in OptimizerType]: PreconditionerEntry | null };

/** The preconditioner of a type, or null for the types whose step has none. */
export function preconditionerOf(type: OptimizerType): PreconditionerEntry | null {
  return PRECONDITIONERS[type];
}
