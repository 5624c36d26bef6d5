/** RMSprop: PyTorch `torch/optim/rmsprop.py`, `_single_tensor_rmsprop` (docs/optimizers.md#rmsprop). */
import { defineDisplay, defineOptimizer } from './module';

const SQUARE_AVG = 'v &\\leftarrow \\rho v + (1-\\rho)\\,g^2';
const CENTERED_AVGS = `${SQUARE_AVG}, \\quad \\bar g \\leftarrow \\rho \\bar g + (1-\\rho)\\,g`;
const CENTERED_DENOM = 'd &= \\sqrt{v - \\bar g^2} + \\varepsilon';
const MOMENTUM_LINES = [
  'b &\\leftarrow \\mu b + g/d',
  '\\theta &\\leftarrow \\theta - \\alpha\\, b',
];
const PLAIN_STEP = '\\theta &\\leftarrow \\theta - \\alpha\\,g/d';

export const rmsprop = defineOptimizer({
  type: 'rmsprop',
  title: 'RMSprop',
  defaults: { lr: 1e-2, alpha: 0.99, eps: 1e-8, momentum: 0, centered: false, weightDecay: 0 },
  cycles: 'momentum',
  decoupledWeightDecay: false,
  biasCorrectedMoment: false,
  docAnchor: 'rmsprop',
});

export const rmspropDisplay = defineDisplay({
  formula: {
    rules: {
      rmsprop: { lines: [SQUARE_AVG, 'd &= \\sqrt{v} + \\varepsilon', PLAIN_STEP] },
      'rmsprop-centered': { lines: [CENTERED_AVGS, CENTERED_DENOM, PLAIN_STEP] },
      'rmsprop-momentum': {
        lines: [`${SQUARE_AVG}, \\quad d = \\sqrt{v} + \\varepsilon`, ...MOMENTUM_LINES],
      },
      'rmsprop-centered-momentum': { lines: [CENTERED_AVGS, CENTERED_DENOM, ...MOMENTUM_LINES] },
    },
    ruleKey(spec, cycledMomentum) {
      const momentum = (cycledMomentum ?? spec.momentum ?? 0) > 0;
      if (spec.centered) return momentum ? 'rmsprop-centered-momentum' : 'rmsprop-centered';
      return momentum ? 'rmsprop-momentum' : 'rmsprop';
    },
  },
  inspector: {
    buffers: { v: 'square_avg' },
    symbols: { buf: 'bufRmsprop', v: 'vRho', denom: 'denomRmsprop' },
    denom: ['d', 'd'],
  },
});
