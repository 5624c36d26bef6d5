/** A built-in 2D function as a Problem over θ = (x, y). */
import { FUNCTION_FORMULAS } from '../curvature/function-formulas';
import { formulaHessian, hessian2Product } from '../curvature/formula-hessian';
import { parseAst } from '../expression/parse';
import type { TestFunction } from './functions';
import type { Problem } from './types';

export function functionProblem(fn: TestFunction): Problem {
  return {
    dim: 2,
    info: fn,
    value: (params) => fn.f(params[0]!, params[1]!),
    valueAndGrad: (params, grad) => fn.fg(params[0]!, params[1]!, grad),
    // Exact second derivatives from the function written as a formula (curvature/function-formulas.ts).
    createHessianVectorProduct() {
      const formula = FUNCTION_FORMULAS[fn.name];
      if (formula === undefined) throw new Error(`no formula for the function "${fn.name}"`);
      return hessian2Product(formulaHessian(parseAst(formula)));
    },
  };
}
