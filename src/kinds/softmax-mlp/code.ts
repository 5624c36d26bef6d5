/** The softmax MLP in the exported scripts: nn.Sequential and the table (table-code.ts). */
import type { KindCode } from '../../export/code/types';
import { numpyTable, torchTable } from '../table-code';
import { softmaxMlpOptions } from './kind';
import type { SoftmaxMlpSpec } from './spec';

export const softmaxMlpCode: KindCode<SoftmaxMlpSpec> = {
  torch: (spec, { say }) => torchTable(softmaxMlpOptions(spec), say),
  numpy: (spec, { say }) => numpyTable(softmaxMlpOptions(spec), say),
};
