/** Softmax regression on a table of features (src/core/problems/softmax-classifier.ts). */
import {
  createSoftmaxClassifier,
  softmaxClassifierInfo,
} from '../../core/problems/softmax-classifier';
import { MODEL_BOUNDS } from '../../core/problems/models';
import { validateTableFields } from '../../scenario/validate-table';
import { fieldsCodec } from '../shared';
import { TABLE_DATA, tableOptions, tableWork, trainingRows } from '../table-shared';
import type { ProblemKind } from '../types';
import { SOFTMAX_REGRESSION, type SoftmaxRegressionSpec } from './spec';

const DEFAULT_SET = 'iris';

/** No hidden layer; θ = 0 to start, where the loss is log K (the textbook start of a convex fit). */
export const softmaxRegressionOptions = (spec: SoftmaxRegressionSpec) =>
  tableOptions(spec, DEFAULT_SET, { hidden: [], activation: 'relu', initSeed: null });

export const softmaxRegressionKind: ProblemKind<SoftmaxRegressionSpec, 'table'> = {
  type: SOFTMAX_REGRESSION,
  ...TABLE_DATA,
  defaultPoints: 150,
  defaultSet: DEFAULT_SET,
  validate(issues, value, path) {
    const noun = 'a softmax-regression problem';
    const common = validateTableFields(issues, value, path, noun, DEFAULT_SET);
    return { type: SOFTMAX_REGRESSION, ...common };
  },
  build: (spec) => createSoftmaxClassifier(softmaxRegressionOptions(spec)),
  knownInfo: (spec) => softmaxClassifierInfo(softmaxRegressionOptions(spec)),
  knownBounds: MODEL_BOUNDS,
  work: (spec) => tableWork(softmaxRegressionOptions(spec)),
  batchRows: (spec) => trainingRows(softmaxRegressionOptions(spec)),
  link: fieldsCodec(['batchSize', 'data', 'split', 'noise']),
};
