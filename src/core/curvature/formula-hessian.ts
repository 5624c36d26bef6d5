/**
 * The exact Hessian of a formula f(x, y) (issue 20): each first partial derivative is
 * differentiated symbolically once more (the expression language's `differentiate`, the rules of
 * docs/expressions.md) and compiled with forward-mode gradients, so ∂²f/∂x², ∂²f/∂x∂y and ∂²f/∂y²
 * are exact up to rounding, never finite differences. sign and step differentiate to 0 (almost
 * everywhere), so |u| and min/max have the curvature of the side they are on.
 */
import { compile } from '../expression/compile';
import { differentiate } from '../expression/derivative';
import type { Expr } from '../expression/ast';
import type { HessianVectorProduct } from '../problems/types';

/** Writes [fxx, fxy, fyy] at (x, y) into `out`. */
export type Hessian2 = (x: number, y: number, out: Float64Array) => void;

export function formulaHessian(ast: Expr): Hessian2 {
  const dx = compile(differentiate(ast, 'x'));
  const dy = compile(differentiate(ast, 'y'));
  const point = new Float64Array(2);
  const gx = new Float64Array(2);
  const gy = new Float64Array(2);
  return (x, y, out) => {
    point[0] = x;
    point[1] = y;
    dx.valueAndGrad(point, gx);
    dy.valueAndGrad(point, gy);
    out[0] = gx[0]!;
    // ∂(∂f/∂x)/∂y and ∂(∂f/∂y)/∂x are the same function; their roundings may differ.
    out[1] = (gx[1]! + gy[0]!) / 2;
    out[2] = gy[1]!;
  };
}

/**
 * The Hessian-vector product of a 2-parameter problem whose Hessian is `hessian` (a Problem's
 * `createHessianVectorProduct`): `at` evaluates the 2 × 2 matrix, `times` multiplies by it.
 */
export function hessian2Product(hessian: Hessian2): HessianVectorProduct {
  const h = new Float64Array(3);
  return {
    at(params) {
      hessian(params[0]!, params[1]!, h);
    },
    times(vector, out) {
      const [a, b] = [vector[0]!, vector[1]!];
      out[0] = h[0]! * a + h[1]! * b;
      out[1] = h[1]! * a + h[2]! * b;
    },
  };
}
