/** The spec of the MLP with a softmax output on a table (src/core/problems/softmax-classifier.ts). */
import type { Activation } from '../../scenario/data-types';
import type { SplitSpec, TableDataSpec } from '../../scenario/table-types';

export const SOFTMAX_MLP = 'softmax-mlp';

export interface SoftmaxMlpSpec {
  /** d → hidden… → K, mean cross-entropy of the softmax of the K outputs. */
  type: typeof SOFTMAX_MLP;
  /** Default: the digits set. */
  data?: TableDataSpec;
  split?: SplitSpec;
  /** Hidden layer widths: 1 to 3 layers of 1 to 64 units (default [32]). */
  hidden?: number[];
  /** Default relu. */
  activation?: Activation;
  /** Seed of the initial weights (PyTorch nn.Linear's uniform init); default 1. */
  initSeed?: number;
  batchSize?: number;
  noise?: number;
}

/** Whether a spec is the softmax MLP's (its network settings show only then). */
export function isSoftmaxMlp(spec: { type: string }): spec is SoftmaxMlpSpec {
  return spec.type === SOFTMAX_MLP;
}
