/** Softmax regression in the exported scripts: nn.Linear(d, K) and the table (table-code.ts). */
import type { KindCode } from '../../export/code/types';
import { numpyTable, torchTable } from '../table-code';
import { softmaxRegressionOptions } from './kind';
import type { SoftmaxRegressionSpec } from './spec';

export const softmaxRegressionCode: KindCode<SoftmaxRegressionSpec> = {
  torch: (spec, { say }) => torchTable(softmaxRegressionOptions(spec), say),
  numpy: (spec, { say }) => numpyTable(softmaxRegressionOptions(spec), say),
};
