/**
 * How the step inspector shows RMSprop: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';

const SQUARE_AVG = 'v &\\leftarrow \\rho v + (1-\\rho)\\,g^2';

const CENTERED_AVGS = `${SQUARE_AVG}, \\quad \\bar g \\leftarrow \\rho \\bar g + (1-\\rho)\\,g`;

const CENTERED_DENOM = 'd &= \\sqrt{v - \\bar g^2} + \\varepsilon';

const MOMENTUM_LINES = [
  'b &\\leftarrow \\mu b + g/d',
  '\\theta &\\leftarrow \\theta - \\alpha\\, b',
];

const PLAIN_STEP = '\\theta &\\leftarrow \\theta - \\alpha\\,g/d';

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
