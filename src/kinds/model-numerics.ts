/**
 * The models' numerics, loaded on demand (src/kinds/numerics-slot.ts; docs/extending.md): each
 * model kind's build (and what needs the table's shape: the table classifiers' info, work and
 * training rows), the 2D slice of many parameters, and the shipped sets' loader. Evaluating this
 * module fills the slot, so whoever imports it statically (the CLI, the unit tests' setup, the
 * presets' and lessons' chunks, whose modules describe model problems as they load) has every
 * kind, and the page and the workers import it with `import()` the first time a model is shown.
 */
import { createLinearRegression, LINEAR_DATA_DEFAULTS } from '../core/problems/linear-regression';
import { createLogisticRegression } from '../core/problems/logistic-regression';
import { createMlp } from '../core/problems/mlp';
import {
  createSoftmaxClassifier,
  softmaxClassifierInfo,
} from '../core/problems/softmax-classifier';
import { computeSlice, projectTrajectory, sliceProblem } from '../core/slice';
import { loadDataSet } from '../core/data/load';
import { LINEAR_REGRESSION, type LinearRegressionSpec } from './linear-regression/spec';
import { LOGISTIC_REGRESSION } from './logistic-regression/spec';
import { MLP } from './mlp/spec';
import { SOFTMAX_MLP, type SoftmaxMlpSpec } from './softmax-mlp/spec';
import { softmaxMlpOptions } from './softmax-mlp/kind';
import { SOFTMAX_REGRESSION, type SoftmaxRegressionSpec } from './softmax-regression/spec';
import { softmaxRegressionOptions } from './softmax-regression/kind';
import { tableWork, trainingRows } from './table-work';
import { linearRegressionHessian } from '../core/curvature/linear-hessian';
import { provideModelNumerics, type ModelNumerics } from './numerics-slot';

export const MODEL_NUMERICS: ModelNumerics = {
  kinds: {
    [LINEAR_REGRESSION]: {
      build: (spec: LinearRegressionSpec) =>
        createLinearRegression({ ...LINEAR_DATA_DEFAULTS, ...spec.data }, spec.batchSize),
      hessian2: (spec: LinearRegressionSpec) => linearRegressionHessian(spec.data),
    },
    [LOGISTIC_REGRESSION]: { build: createLogisticRegression },
    [MLP]: { build: createMlp },
    [SOFTMAX_REGRESSION]: {
      build: (spec: SoftmaxRegressionSpec) =>
        createSoftmaxClassifier(softmaxRegressionOptions(spec)),
      knownInfo: (spec: SoftmaxRegressionSpec) =>
        softmaxClassifierInfo(softmaxRegressionOptions(spec)),
      work: (spec: SoftmaxRegressionSpec) => tableWork(softmaxRegressionOptions(spec)),
      batchRows: (spec: SoftmaxRegressionSpec) => trainingRows(softmaxRegressionOptions(spec)),
    },
    [SOFTMAX_MLP]: {
      build: (spec: SoftmaxMlpSpec) => createSoftmaxClassifier(softmaxMlpOptions(spec)),
      knownInfo: (spec: SoftmaxMlpSpec) => softmaxClassifierInfo(softmaxMlpOptions(spec)),
      work: (spec: SoftmaxMlpSpec) => tableWork(softmaxMlpOptions(spec)),
      batchRows: (spec: SoftmaxMlpSpec) => trainingRows(softmaxMlpOptions(spec)),
    },
  },
  slice: { computeSlice, projectTrajectory, sliceProblem },
  loadDataSet,
};

provideModelNumerics(MODEL_NUMERICS);
