/**
 * The first layer's weights, one row per unit (issue 22, "What the model learned"): on the digits
 * each row has one weight per pixel, so it can be drawn as an 8 × 8 picture of what the unit
 * responds to (for softmax regression, the units are the classes: one template per digit).
 */
import type { ParamGroup } from '../problems/types';

export interface FirstLayerWeights {
  /** Units (rows of the weight matrix) and inputs per unit. */
  readonly units: number;
  readonly inputs: number;
  /** Unit r's weights at weights[r·inputs …] (a copy). */
  readonly weights: Float64Array;
  /** The largest |w| over every unit: the symmetric colour scale's end, ±maxAbs. */
  readonly maxAbs: number;
}

/** The first weight block of `layout` at `params`; null without one. */
export function firstLayerWeights(
  params: ArrayLike<number>,
  layout: readonly ParamGroup[] | undefined,
): FirstLayerWeights | null {
  const group = layout?.find((g) => g.kind === 'weight');
  if (!group) return null;
  const count = group.rows * group.cols;
  const weights = new Float64Array(count);
  let maxAbs = 0;
  for (let i = 0; i < count; i++) {
    const w = params[group.offset + i]!;
    weights[i] = w;
    if (Math.abs(w) > maxAbs) maxAbs = Math.abs(w);
  }
  return { units: group.rows, inputs: group.cols, weights, maxAbs };
}
