/** The MLP's defaults and size (mlp.ts), apart so that the kind's facts and the settings read
 * them without the network's numerics (issue 17: those load on demand). */
import type { Activation } from '../../scenario/data-types';

/** The defaults of an `mlp` spec (docs/scenario.md; the generator's default is moons). */
export const MLP_DEFAULTS = {
  hidden: [16, 16] as readonly number[],
  activation: 'tanh' as Activation,
  initSeed: 1,
} as const;

/** The layer widths from input to output: [2, …hidden, 1]. */
export function layerSizes(hidden: readonly number[]): number[] {
  return [2, ...hidden, 1];
}

/** The number of parameters of a 2 → hidden… → 1 network: Σ (in·out + out) over its layers. */
export function mlpParamCount(hidden: readonly number[]): number {
  const sizes = layerSizes(hidden);
  let count = 0;
  for (let l = 0; l + 1 < sizes.length; l++) count += sizes[l]! * sizes[l + 1]! + sizes[l + 1]!;
  return count;
}
