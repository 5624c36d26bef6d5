/** The spec of softmax regression on a table (src/core/problems/softmax-classifier.ts). */
import type { SplitSpec, TableDataSpec } from '../../scenario/table-types';

export const SOFTMAX_REGRESSION = 'softmax-regression';

export interface SoftmaxRegressionSpec {
  /** z = W·x + b, one score per class, mean cross-entropy of softmax(z); θ = (W, b), from 0. */
  type: typeof SOFTMAX_REGRESSION;
  /** Default: the iris set. */
  data?: TableDataSpec;
  split?: SplitSpec;
  batchSize?: number;
  noise?: number;
}
