/** Linear regression's exact Hessian (hessian2.ts), loaded with the models' numerics (issue 17). */
import { generateLinearData, LINEAR_DATA_DEFAULTS } from '../problems/linear-regression';
import type { LinearDataSpec } from '../../scenario/data-types';
import type { Hessian2 } from './formula-hessian';

/**
 * f(w, b) = (1/n)·Σ(w·xᵢ + b − yᵢ)² is quadratic: H = (2/n)·[[Σxᵢ², Σxᵢ], [Σxᵢ, n]] everywhere.
 */
export function linearRegressionHessian(data: LinearDataSpec | undefined): Hessian2 {
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
