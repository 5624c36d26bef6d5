/** NAdam: PyTorch `torch/optim/nadam.py`, `_single_tensor_nadam` (docs/optimizers.md#nadam; Dozat 2016). */
import { ADAM_BETAS, ADAM_FAMILY, ADAM_MOMENTS } from './adam-rule';
import { defineDisplay, defineOptimizer } from './module';

/** NAdam's momentum schedule μₜ = β1·(1 − ½·0.96^(t·ψ)). */
export const muAt = (beta1: number, t: number, momentumDecay: number): number =>
  beta1 * (1 - 0.5 * 0.96 ** (t * momentumDecay));

export const nadam = defineOptimizer({
  type: 'nadam',
  title: 'NAdam',
  defaults: { lr: 2e-3, ...ADAM_BETAS, momentumDecay: 4e-3, weightDecay: 0 },
  ...ADAM_FAMILY,
  docAnchor: 'nadam',
});

export const nadamDisplay = defineDisplay({
  formula: {
    rules: {
      nadam: {
        lines: [
          '\\mu_t &= \\beta_1\\bigl(1 - \\tfrac12\\, 0.96^{\\,t\\psi}\\bigr), \\quad \\Pi \\leftarrow \\Pi\\,\\mu_t',
          ...ADAM_MOMENTS,
          '\\hat v &= \\frac{v}{1-\\beta_2^{\\,t}}, \\quad d = \\sqrt{\\hat v} + \\varepsilon',
          '\\theta &\\leftarrow \\theta - \\alpha\\,\\frac{1-\\mu_t}{1-\\Pi}\\,\\frac{g}{d} - \\alpha\\,\\frac{\\mu_{t+1}}{1-\\Pi\\,\\mu_{t+1}}\\,\\frac{m}{d}',
        ],
      },
    },
    ruleKey: () => 'nadam',
  },
  inspector: { symbols: { denom: 'denomNadam' }, denom: ['d', 'd'] },
});
