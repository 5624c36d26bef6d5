/** Logistic regression on a 2D two-class dataset (src/core/problems/logistic-regression.ts). */
import { CLASSIFICATION_DATA_DEFAULTS } from '../../core/problems/dataset-defaults';
import { numericsOf } from '../numerics-slot';
import { validateClassifierFields } from '../../scenario/validate-data';
import { CLASSIFIER_DATA, dataWork, fieldsCodec } from '../shared';
import type { ProblemKind } from '../types';
import { LOGISTIC_REGRESSION, type LogisticRegressionSpec } from './spec';

export const logisticRegressionKind: ProblemKind<LogisticRegressionSpec, 'classification'> = {
  type: LOGISTIC_REGRESSION,
  ...CLASSIFIER_DATA,
  defaultGenerator: 'blobs',
  validate(issues, value, path) {
    // The classifiers check their own noise (src/scenario/validate-data.ts).
    const common = validateClassifierFields(issues, value, path, 'a logistic-regression problem');
    return { type: LOGISTIC_REGRESSION, ...common };
  },
  // The numerics load on demand (src/kinds/model-numerics.ts).
  build: (spec) => numericsOf(LOGISTIC_REGRESSION).build(spec),
  // θ = (w₁, w₂, b); each step also measures the accuracy.
  work: (spec) => dataWork(spec, CLASSIFICATION_DATA_DEFAULTS.n, 3, true),
  link: fieldsCodec(['batchSize', 'data', 'noise']),
};
