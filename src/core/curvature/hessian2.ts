/**
 * The exact Hessian of a 2-parameter problem (issue 20, point 1): built-in functions and typed
 * formulas by symbolic differentiation of their formula (formula-hessian.ts), linear regression
 * in closed form. Models of more than 2 parameters have none here: their curvature is λmax by
 * Lanczos on Hessian-vector products (not built yet).
 */
import { parseAst } from '../expression/parse';
import { numericsOf } from '../../kinds/numerics-slot';
import type { ProblemSpec } from '../../kinds/registry';
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
      // In closed form over its data, with the models' numerics (linear-hessian.ts).
      return numericsOf(spec.type).hessian2!(spec);
    default:
      return null;
  }
}
