/**
 * How the step inspector shows Muon: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';

export const muonDisplay = defineDisplay({
  formula: {
    rules: {
      muon: {
        lines: [
          'b &\\leftarrow \\mu\\,b + (1-\\mu)\\,g',
          'U &= (1-\\mu)\\,g + \\mu\\,b',
          'O &= \\operatorname{NS}_k(U)\\,\\sqrt{\\max(1,\\ r/c)}',
          '\\theta_W &\\leftarrow \\theta_W\\,(1-\\alpha\\lambda) - \\alpha\\,O',
          '\\theta_b &\\leftarrow \\theta_b - \\alpha_a\\,\\hat m/(\\sqrt{\\hat v}+\\varepsilon)',
        ],
      },
      'muon-plain': {
        lines: [
          'b &\\leftarrow \\mu\\,b + (1-\\mu)\\,g',
          'O &= \\operatorname{NS}_k(b)\\,\\sqrt{\\max(1,\\ r/c)}',
          '\\theta_W &\\leftarrow \\theta_W\\,(1-\\alpha\\lambda) - \\alpha\\,O',
          '\\theta_b &\\leftarrow \\theta_b - \\alpha_a\\,\\hat m/(\\sqrt{\\hat v}+\\varepsilon)',
        ],
      },
    },
    ruleKey: (spec) => (spec.nesterov === false ? 'muon-plain' : 'muon'),
  },
  inspector: { symbols: { buf: 'bufMuon', m: 'mMuon', v: 'vMuon' } },
});
