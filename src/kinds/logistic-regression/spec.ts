/** The spec of logistic regression on a 2D two-class dataset (src/core/problems/logistic-regression.ts). */
import type { ClassificationDataSpec } from '../../scenario/data-types';

export const LOGISTIC_REGRESSION = 'logistic-regression';

export interface LogisticRegressionSpec {
  /** p(label = 1) = σ(w₁x₁ + w₂x₂ + b), mean binary cross-entropy over θ = (w₁, w₂, b). */
  type: typeof LOGISTIC_REGRESSION;
  data?: ClassificationDataSpec;
  batchSize?: number;
  noise?: number;
}
