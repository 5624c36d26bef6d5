/** Softmax regression on a table of features (src/core/problems/softmax-classifier.ts). */
import { MODEL_BOUNDS } from '../../core/problems/model-bounds';
import { validateTableFields } from '../../scenario/validate-table';
import { fieldsCodec } from '../shared';
import { numericsOf } from '../numerics-slot';
import { TABLE_DATA, tableOptions } from '../table-shared';
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
  // The numerics load on demand (src/kinds/model-numerics.ts).
  build: (spec) => numericsOf(SOFTMAX_REGRESSION).build(spec),
  knownInfo: (spec) => numericsOf(SOFTMAX_REGRESSION).knownInfo!(spec),
  knownBounds: MODEL_BOUNDS,
  work: (spec) => numericsOf(SOFTMAX_REGRESSION).work!(spec),
  batchRows: (spec) => numericsOf(SOFTMAX_REGRESSION).batchRows!(spec),
  link: fieldsCodec(['batchSize', 'data', 'split', 'noise']),
};
