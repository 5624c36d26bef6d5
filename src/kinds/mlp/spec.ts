/** The spec of a small fully connected network on a 2D two-class dataset (src/core/problems/mlp.ts). */
import type { Activation, ClassificationDataSpec } from '../../scenario/data-types';

export const MLP = 'mlp';

export interface MlpSpec {
  /** A small fully connected network with one logit output, mean binary cross-entropy. */
  type: typeof MLP;
  data?: ClassificationDataSpec;
  /** Hidden layer widths: 1 to 3 layers of 1 to 32 units (default [16, 16]). */
  hidden?: number[];
  /** Default tanh. */
  activation?: Activation;
  /** Seed of the initial weights (PyTorch nn.Linear's uniform init); default 1. */
  initSeed?: number;
  batchSize?: number;
  noise?: number;
}

/** Whether a spec is an MLP's (its network settings show only then). */
export function isMlp(spec: { type: string }): spec is MlpSpec {
  return spec.type === MLP;
}
