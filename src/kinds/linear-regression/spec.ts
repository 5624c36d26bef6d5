/** The spec of the worked example: a line fitted to (x, y) points by least squares. */
import type { LinearDataSpec } from '../../scenario/data-types';

export const LINEAR_REGRESSION = 'linear-regression';

export interface LinearRegressionSpec {
  type: typeof LINEAR_REGRESSION;
  data?: LinearDataSpec;
  /** Mini-batch size; absent means full batch. */
  batchSize?: number;
  noise?: number;
}
