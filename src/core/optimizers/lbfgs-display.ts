/**
 * How the step inspector shows L-BFGS: its typeset rule and the names of its rows
 * (module.ts, OptimizerDisplay), loaded with the inspector (displays.ts), not at start.
 */
import { defineDisplay } from './module';

export const lbfgsDisplay = defineDisplay({
  formula: {
    rules: {
      lbfgs: {
        lines: [
          'd &= -H_k\\,g \\quad\\text{(two loops over the last } m \\text{ pairs } (s_i, y_i),\\ H_0 = \\tfrac{s^{\\top}y}{y^{\\top}y}\\text{)}',
          't &= \\alpha \\quad(\\text{first step: } \\min(1, 1/\\lVert g\\rVert_1)\\,\\alpha)',
          '\\theta &\\leftarrow \\theta + t\\,d',
        ],
      },
      'lbfgs-strong-wolfe': {
        lines: [
          'd &= -H_k\\,g \\quad\\text{(two loops over the last } m \\text{ pairs } (s_i, y_i),\\ H_0 = \\tfrac{s^{\\top}y}{y^{\\top}y}\\text{)}',
          't &= \\text{strong Wolfe from } \\alpha:\\ f(\\theta + t d) \\le f + c_1 t\\, g^{\\top}d,\\ \\lvert \\nabla f(\\theta + t d)^{\\top} d\\rvert \\le c_2 \\lvert g^{\\top} d\\rvert',
          '\\theta &\\leftarrow \\theta + t\\,d',
        ],
      },
    },
    ruleKey: (spec) => (spec.lineSearchFn === 'strong-wolfe' ? 'lbfgs-strong-wolfe' : 'lbfgs'),
  },
});
