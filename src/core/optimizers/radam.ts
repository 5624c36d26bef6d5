/** RAdam: PyTorch `torch/optim/radam.py`, `_single_tensor_radam` (docs/optimizers.md#radam; Liu et al. 2020). */
import { ADAM_BETAS, ADAM_FAMILY, ADAM_MOMENTS } from './adam-rule';
import { defineDisplay, defineNumerics, defineOptimizer } from './module';
import { bufferOf, each, startDerived } from './derived';
import { decayedGrad, ema, emaSquare } from './parts';

/** ρ∞ = 2/(1 − β2) − 1, the length of the approximated SMA. */
const rhoInfinity = (beta2: number): number => 2 / (1 - beta2) - 1;

/** ρₜ = ρ∞ − 2t·β2ᵗ/(1 − β2ᵗ). */
export const rhoAt = (beta2: number, t: number): number =>
  rhoInfinity(beta2) - (2 * t * beta2 ** t) / (1 - beta2 ** t);

/** The rectification rₜ where ρₜ > 5, else 0 (the warm-up steps). Scalars, so no allocation. */
export function rectification(beta2: number, rhoT: number): number {
  const rhoInf = rhoInfinity(beta2);
  return rhoT > 5
    ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
    : 0;
}

export const radam = defineOptimizer({
  type: 'radam',
  title: 'RAdam',
  defaults: { lr: 1e-3, ...ADAM_BETAS, weightDecay: 0 },
  ...ADAM_FAMILY,
  docAnchor: 'radam',
});

export const radamNumerics = defineNumerics({
  /**
   *   t ← t + 1;  g ← g + wd·θ;  m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
   *   m̂ = m/(1 − β1ᵗ);  ρ∞ = 2/(1 − β2) − 1;  ρₜ = ρ∞ − 2t·β2ᵗ/(1 − β2ᵗ)
   *   ρₜ > 5:  r = √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ));  θ ← θ − m̂·lr·(√(1 − β2ᵗ)/(√v + ε))·r
   *   else:    θ ← θ − m̂·lr   (the un-adapted momentum step: a built-in warm-up)
   * β1 is the cycled value.
   */
  rule(hp, dim) {
    const m = new Float64Array(dim);
    const v = new Float64Array(dim);
    const { beta2, eps, weightDecay } = hp;
    return {
      update(params, grad, lr, t, beta1) {
        const bc1 = 1 - beta1 ** t;
        const rhoT = rhoAt(beta2, t);
        const rectified = rhoT > 5;
        const r = rectification(beta2, rhoT);
        const bc2Sqrt = Math.sqrt(1 - beta2 ** t);
        for (let i = 0; i < dim; i++) {
          const g = decayedGrad(grad, params, i, weightDecay);
          const mi = ema(m[i]!, beta1, g);
          const vi = emaSquare(v[i]!, beta2, g);
          m[i] = mi;
          v[i] = vi;
          const mHat = mi / bc1;
          if (rectified) {
            const adaptiveLr = bc2Sqrt / (Math.sqrt(vi) + eps);
            params[i] = params[i]! + -1 * (mHat * lr * adaptiveLr * r);
          } else {
            params[i] = params[i]! + -1 * (mHat * lr);
          }
        }
      },
      state: () => ({ exp_avg: m, exp_avg_sq: v }),
    };
  },
  derive(input) {
    const derived = startDerived(input);
    const { vectors, scalars } = derived;
    const { hp } = input;
    const t = input.after.t;
    const m = bufferOf(input, 'exp_avg');
    const v = bufferOf(input, 'exp_avg_sq');
    const bc1 = 1 - hp.beta1 ** t;
    const bc2 = 1 - hp.beta2 ** t;
    const rhoT = rhoAt(hp.beta2, t);
    const rectified = rhoT > 5;
    Object.assign(scalars, {
      bc1,
      bc2,
      rhoInf: rhoInfinity(hp.beta2),
      rhoT,
      rectified: +rectified,
    });
    if (rectified) scalars.r = rectification(hp.beta2, rhoT);
    vectors.m = m;
    vectors.v = v;
    vectors.mHat = each(m.length, (i) => m[i]! / bc1);
    if (rectified)
      vectors.adaptive = each(v.length, (i) => Math.sqrt(bc2) / (Math.sqrt(v[i]!) + hp.eps));
    return derived;
  },
});

export const radamDisplay = defineDisplay({
  formula: {
    rules: {
      radam: {
        lines: [
          ...ADAM_MOMENTS,
          '\\hat m &= \\frac{m}{1-\\beta_1^{\\,t}}',
          '\\rho_t &= \\rho_\\infty - \\frac{2t\\,\\beta_2^{\\,t}}{1-\\beta_2^{\\,t}}, \\quad \\rho_\\infty = \\frac{2}{1-\\beta_2} - 1',
          'r_t &= \\sqrt{\\tfrac{(\\rho_t-4)(\\rho_t-2)\\,\\rho_\\infty}{(\\rho_\\infty-4)(\\rho_\\infty-2)\\,\\rho_t}}',
          '\\rho_t > 5:\\ \\theta &\\leftarrow \\theta - \\alpha\\,\\hat m\\, r_t\\,\\frac{\\sqrt{1-\\beta_2^{\\,t}}}{\\sqrt{v} + \\varepsilon}',
          '\\text{else: } \\theta &\\leftarrow \\theta - \\alpha\\,\\hat m',
        ],
      },
    },
    ruleKey: () => 'radam',
  },
});
