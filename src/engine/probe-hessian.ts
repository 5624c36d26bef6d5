/**
 * The exact Hessian at a hovered point of a 2-parameter problem, for the landscape's local
 * quadratic model and its read-out (docs/curvature-views.md), computed in the worker beside the
 * probe's f and ∇f (src/engine/api.ts). Building a problem's Hessian differentiates its formula
 * twice and compiles it (src/core/curvature/hessian2.ts): done once per problem and kept, so a
 * hover costs two compiled evaluations.
 */
import { hessian2Of, type Hessian2 } from '../core/curvature/hessian2';
import type { ProblemSpec } from '../scenario/types';
import { Lru } from './worker-planes';

/** [∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²] at a point. */
export type HessianEntries = [number, number, number];

const hessians = new Lru<string, Hessian2 | null>(4);
const out = new Float64Array(3);

/**
 * The Hessian of `spec`'s f at `point`, or null for a problem of more than 2 parameters (a
 * model's landscape is a slice: the slice's Hessian is not the model's) or one whose formula
 * cannot be differentiated twice (the read-out's f and ∇f must not fail for it).
 */
export function hessianAt(
  spec: ProblemSpec,
  point: readonly [number, number],
): HessianEntries | null {
  const key = JSON.stringify(spec);
  let hessian = hessians.get(key);
  if (hessian === undefined) {
    try {
      hessian = hessian2Of(spec);
    } catch {
      hessian = null;
    }
    hessians.set(key, hessian);
  }
  if (!hessian) return null;
  hessian(point[0], point[1], out);
  return [out[0]!, out[1]!, out[2]!];
}
