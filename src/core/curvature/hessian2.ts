/**
 * The exact Hessian of a 2-parameter problem (issue 20, point 1): built-in functions and typed
 * formulas by symbolic differentiation of their formula (formula-hessian.ts), linear regression
 * in closed form. Models of more than 2 parameters have none here: their curvature is λmax by
 * Lanczos on Hessian-vector products (not built yet).
 */
import { parseAst } from '../expression/parse';
import { generateLinearData, LINEAR_DATA_DEFAULTS } from '../problems/linear-regression';
import type { ProblemSpec } from '../../kinds/registry';
import type { LinearDataSpec } from '../../scenario/data-types';
import { FUNCTION_FORMULAS } from './function-formulas';
import { formulaHessian, type Hessian2 } from './formula-hessian';

export type { Hessian2 } from './formula-hessian';

/** The Hessian of `spec`'s f, or null for a problem of more than 2 parameters. */
export function hessian2Of(spec: ProblemSpec): Hessian2 | null {
  switch (spec.type) {
    case 'function': {
      const formula = FUNCTION_FORMULAS[spec.name];
      if (formula === undefined) throw new Error(`no formula for the function "${spec.name}"`);
      return formulaHessian(parseAst(formula));
    }
    case 'expression':
      return formulaHessian(parseAst(spec.expr));
    case 'linear-regression':
      return linearRegressionHessian(spec.data);
    default:
      return null;
  }
}

/**
 * f(w, b) = (1/n)·Σ(w·xᵢ + b − yᵢ)² is quadratic: H = (2/n)·[[Σxᵢ², Σxᵢ], [Σxᵢ, n]] everywhere.
 */
function linearRegressionHessian(data: LinearDataSpec | undefined): Hessian2 {
  const { xs } = generateLinearData({ ...LINEAR_DATA_DEFAULTS, ...data });
  const n = xs.length;
  let sx = 0;
  let sxx = 0;
  for (const x of xs) {
    sx += x;
    sxx += x * x;
  }
  const hww = (2 * sxx) / n;
  const hwb = (2 * sx) / n;
  return (_w, _b, out) => {
    out[0] = hww;
    out[1] = hwb;
    out[2] = 2;
  };
}
