/**
 * What the classifiers on tables share (issue 22; src/kinds/softmax-regression, softmax-mlp):
 * their data capability and the options of the core's build (the work of a step, which needs the
 * table's shape, is in table-work.ts, loaded with the numerics: issue 17).
 */
import type { SoftmaxClassifierOptions } from '../core/problems/softmax-classifier';
import type { Activation } from '../scenario/data-types';
import type { DataSetName, SplitSpec, TableDataSpec } from '../scenario/table-types';

/** The data of a table classifier: a shipped set or the user's rows, in mini-batches. */
export const TABLE_DATA = { data: 'table', batches: true } as const;

/** The spec fields the two kinds share. */
export interface TableSpecFields {
  readonly type: string;
  data?: TableDataSpec;
  split?: SplitSpec;
  batchSize?: number;
  noise?: number;
}

/** The core's options of a spec; `network` is what the kind adds (hidden layers, start). */
export function tableOptions(
  spec: TableSpecFields,
  fallbackSet: DataSetName,
  network: { hidden: readonly number[]; activation: Activation; initSeed: number | null },
): SoftmaxClassifierOptions {
  return {
    name: spec.type,
    data: spec.data,
    fallbackSet,
    split: spec.split,
    batchSize: spec.batchSize,
    ...network,
  };
}
